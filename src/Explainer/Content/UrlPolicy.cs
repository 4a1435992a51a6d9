namespace Explainer.Content;

/// <summary>The URL schemes a page may link to: http, https, mailto, tel, and scheme-less (relative, <c>#anchor</c>).
/// Browsers ignore tabs, newlines and leading spaces in a scheme, so they are ignored here too.</summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>An absolute or protocol-relative URL (<c>https://x</c>, <c>//x</c>): one the browser fetches from another host.</summary>
    public static bool IsOtherHost(string? url)
    {
        var trimmed = (url ?? "").TrimStart();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\\\", StringComparison.Ordinal)
            || trimmed.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[Math.Min(url.Length, 64)];
        var length = 0;
        foreach (var c in url)
        {
            if (length == buffer.Length)
            {
                break;
            }

            if (c <= ' ' || c == '\u007f')
            {
                continue;
            }

            if (c is '/' or '?' or '#')
            {
                break;
            }

            if (c == ':')
            {
                var scheme = new string(buffer[..length]).ToLowerInvariant();
                return AllowedSchemes.Contains(scheme);
            }

            buffer[length++] = c;
        }

        // No colon before the first '/', '?' or '#' (or within 64 characters): not a scheme a browser runs.
        return length < buffer.Length || url.Length <= buffer.Length;
    }
}
