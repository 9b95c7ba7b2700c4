namespace Satisfaction.Ingest.Reading;

/// <summary>
/// Picks a CSV file's delimiter (DATA-CONTRACT.md 2.1): comma, tab or semicolon, whichever splits the first
/// records (quote-aware) most consistently into more than one field. Comma when nothing splits.
/// </summary>
internal static class DelimiterDetector
{
    public const int SampleRecords = 20;

    private static readonly char[] Candidates = [',', '\t', ';'];

    /// <param name="sample">The start of the file, decoded.</param>
    /// <param name="wholeFile">Whether <paramref name="sample"/> is the whole file (else its last record may be cut).</param>
    public static char Detect(ReadOnlySpan<char> sample, bool wholeFile)
    {
        var best = ',';
        var bestScore = (Consistency: 0.0, Fields: 0);
        foreach (var candidate in Candidates)
        {
            var score = Score(FieldCounts(sample, candidate, wholeFile));
            if (score.Fields > 1 && (score.Consistency > bestScore.Consistency
                || (score.Consistency.Equals(bestScore.Consistency) && score.Fields > bestScore.Fields)))
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The most common field count among non-blank records, and the share of records that have it.</summary>
    private static (double Consistency, int Fields) Score(List<int> counts)
    {
        if (counts.Count == 0)
        {
            return (0, 0);
        }

        var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
        return ((double)mode.Count() / counts.Count, mode.Key);
    }

    /// <summary>Fields per record for the first records, blank records left out.</summary>
    private static List<int> FieldCounts(ReadOnlySpan<char> sample, char delimiter, bool wholeFile)
    {
        var counts = new List<int>(SampleRecords);
        var fields = 1;
        var fieldStart = true;
        var inQuotes = false;
        var quoted = false;
        var blank = true;
        for (var i = 0; i < sample.Length && counts.Count < SampleRecords; i++)
        {
            var c = sample[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                if (!blank)
                {
                    counts.Add(fields);
                }

                if (c == '\r' && i + 1 < sample.Length && sample[i + 1] == '\n')
                {
                    i++;
                }

                (fields, fieldStart, quoted, blank) = (1, true, false, true);
                continue;
            }

            blank = false;
            if (c == delimiter)
            {
                (fields, fieldStart, quoted) = (fields + 1, true, false);
            }
            else if (c == '"' && (fieldStart || quoted))
            {
                (inQuotes, quoted, fieldStart) = (true, true, false);
            }
            else
            {
                fieldStart = false;
            }
        }

        if (wholeFile && !blank && counts.Count < SampleRecords)
        {
            counts.Add(fields);
        }

        return counts;
    }
}
