namespace Portal.Binding;

/// <summary>Finds the valid word an editor most likely meant, for "did you mean" hints.</summary>
public static class NearestMatch
{
    public static string? Find(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = input.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            // Words that differ in length by more than the limit cannot be near, and a long text (a pasted paragraph
            // where a slug belongs) would cost its length times each candidate's.
            if (Math.Abs(input.Length - candidate.Length) > Limit(input, candidate))
            {
                continue;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Limit(input, best) ? best : null;
    }

    /// <summary>More than a third of the word changed is a different word, not a typo.</summary>
    private static int Limit(string input, string candidate) => Math.Max(1, Math.Max(input.Length, candidate.Length) / 3);

    public static string Hint(string input, IEnumerable<string> candidates) => Hint(Find(input, candidates));

    /// <summary>The end of a message that suggests <paramref name="match"/>, or nothing when there is none.</summary>
    public static string Hint(string? match) => match is null ? string.Empty : $"; did you mean '{match}'?";

    /// <summary>Optimal string alignment distance: edits, with a swap of two neighbours counting as one.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
