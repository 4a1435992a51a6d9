using Explainer.Diagnostics;

namespace Explainer.Data;

public static class Slugs
{
    /// <summary>A slug becomes a folder name (<c>/tags/&lt;tag&gt;/</c>): far below the 255 bytes file systems allow.</summary>
    public const int MaxLength = 100;

    /// <summary>Lower-case ASCII letters and digits, in groups joined by single hyphens, at most <see cref="MaxLength"/> long.</summary>
    public static bool IsValid(string slug)
    {
        if (slug.Length is 0 or > MaxLength || slug[0] == '-' || slug[^1] == '-' || slug.Contains("--", StringComparison.Ordinal))
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

        if (IsTooLong(slug, SourceLocation.File(path), "the file name", diagnostics))
        {
            return null;
        }

        diagnostics.Error(Codes.InvalidSlug, SourceLocation.File(path), $"'{slug}' is not a valid slug",
            $"rename the file to '{Suggestion(slug)}{name[slug.Length..]}': lower-case letters, digits and single hyphens");
        return null;
    }

    /// <summary>True (reported where the value is written) when <paramref name="slug"/> is longer than a slug may be.</summary>
    public static bool IsTooLong(string slug, SourceLocation location, string what, DiagnosticBag diagnostics)
    {
        if (slug.Length <= MaxLength)
        {
            return false;
        }

        diagnostics.Error(Codes.SlugTooLong, location, $"{what} is {slug.Length} characters long; a slug has at most {MaxLength}",
            "shorten it: it becomes a folder name in the built site");
        return true;
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
