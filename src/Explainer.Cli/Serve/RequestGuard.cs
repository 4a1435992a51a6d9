namespace Explainer.Cli.Serve;

/// <summary>What a request must satisfy before anything is looked up: a Host this server answers to
/// (a page on another site that rebinds its DNS name to 127.0.0.1 sends its own name), an Origin of
/// its own on the reload channel, and a target free of anything that could climb out of the site.</summary>
internal sealed class RequestGuard
{
    public const int MaxTargetLength = 2048;

    private static readonly string[] Refused = ["..", "\\", "\0", "%00", "%2e", "%2f", "%5c", "%25", "//"];
    private readonly HashSet<string> hosts;

    public RequestGuard(string host, int port)
    {
        var names = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        if (!names.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            names.Add(host.Contains(':') && !host.StartsWith('[') ? $"[{host}]" : host);
        }

        // A browser leaves out the scheme's default port: on port 80 the Host header is "localhost".
        hosts = names.Select(n => $"{n}:{port}").Concat(port == 80 ? names : []).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when the Host header names this server, with its port.</summary>
    public bool IsAllowedHost(string? host) => !string.IsNullOrEmpty(host) && hosts.Contains(host);

    /// <summary>A missing Origin is a same-origin request or a tool such as curl; a present one must be ours.</summary>
    public bool IsAllowedOrigin(string? origin) =>
        string.IsNullOrEmpty(origin)
        || (origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && hosts.Contains(origin["http://".Length..]));

    /// <summary>The raw request target, before any decoding: refuses traversal in every spelling, encoded
    /// separators, NUL, double encoding and absurd lengths. Query strings are allowed and ignored.</summary>
    public static bool IsSafeTarget(string target)
    {
        if (target.Length is 0 or > MaxTargetLength || target[0] != '/')
        {
            return false;
        }

        var query = target.IndexOf('?');
        var path = query < 0 ? target : target[..query];
        foreach (var refused in Refused)
        {
            if (path.Contains(refused, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return !path.Any(char.IsControl);
    }
}
