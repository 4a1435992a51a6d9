using Explainer.Diagnostics;

namespace Explainer.Data;

public static class Slugs
{
    /// <summary>Lower-case ASCII letters and digits, in groups joined by single hyphens.</summary>
    public static bool IsValid(string slug)
    {
        if (slug.Length == 0 || slug[0] == '-' || slug[^1] == '-' || slug.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in slug)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The slug of a file (its name without extension), or null with an error when it is not valid.</summary>
    public static string? FromPath(string path, DiagnosticBag diagnostics)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var slug = name.Contains('.') ? name[..name.LastIndexOf('.')] : name;
        if (IsValid(slug))
        {
            return slug;
        }

        diagnostics.Error(Codes.InvalidSlug, SourceLocation.File(path), $"'{slug}' is not a valid slug",
            $"rename the file to '{Suggestion(slug)}{name[slug.Length..]}': lower-case letters, digits and single hyphens");
        return null;
    }

    private static string Suggestion(string slug)
    {
        var chars = slug.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-').ToArray();
        var text = new string(chars);
        while (text.Contains("--", StringComparison.Ordinal))
        {
            text = text.Replace("--", "-", StringComparison.Ordinal);
        }

        return text.Trim('-') is { Length: > 0 } s ? s : "my-slug";
    }
}
