namespace Satisfaction.Ingest.Scheme;

// Dimensions: keys unique, names present, weights positive.
public static partial class SchemeLoader
{
    private static List<Dimension> ValidateDimensions(List<DimensionDocument?>? documents, List<SchemeProblem> problems)
    {
        var result = new List<Dimension>();
        if (documents is null || documents.Count == 0)
        {
            problems.Add(new("mystery.dimensions", SchemeMessages.NoDimension()));
            return result;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            var at = $"mystery.dimensions[{i}]";
            var d = documents[i];
            if (d is null)
            {
                problems.Add(new(at, SchemeMessages.EmptyEntry()));
                continue;
            }

            var ok = true;
            if (string.IsNullOrWhiteSpace(d.Key))
            {
                problems.Add(new(at + ".key", SchemeMessages.DimensionKeyMissing()));
                ok = false;
            }
            else if (!seen.Add(d.Key.Trim()))
            {
                problems.Add(new(at + ".key", SchemeMessages.DimensionKeyRepeated(d.Key)));
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(d.Name))
            {
                problems.Add(new(at + ".name", SchemeMessages.DimensionNameMissing()));
                ok = false;
            }

            if (d.Weight is not { } weight || !(weight > 0) || double.IsInfinity(weight))
            {
                problems.Add(new(at + ".weight", SchemeMessages.WeightNotPositive(d.Weight)));
                ok = false;
            }

            if (ok)
            {
                result.Add(new Dimension(d.Key!.Trim(), d.Name!.Trim(), d.Weight!.Value));
            }
        }

        return result;
    }
}
