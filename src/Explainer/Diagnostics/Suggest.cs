namespace Explainer.Diagnostics;

/// <summary>"Did you mean" for misspelt keys and slugs: the closest candidate by edit distance.</summary>
public static class Suggest
{
    public static string? Closest(string wrong, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(wrong, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(2, wrong.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    public static string? DidYouMean(string wrong, IEnumerable<string> candidates) =>
        Closest(wrong, candidates) is { } match ? $"did you mean '{match}'?" : null;

    /// <summary>"did you mean 'x'? " when a candidate is close, then <paramref name="allowed"/>, which says what may be written.</summary>
    public static string Hint(string wrong, IEnumerable<string> candidates, string allowed) =>
        DidYouMean(wrong, candidates) is { } guess ? guess + " " + allowed : allowed;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
