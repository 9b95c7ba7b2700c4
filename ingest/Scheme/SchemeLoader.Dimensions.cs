namespace Satisfaction.Ingest.Scheme;

// Dimensions: keys unique, names present, weights positive.
public static partial class SchemeLoader
{
    private static List<Dimension> ValidateDimensions(List<DimensionDocument?>? documents, List<SchemeProblem> problems)
    {
        var result = new List<Dimension>();
        if (documents is null || documents.Count == 0)
        {
            problems.Add(new("mystery.dimensions", "至少需要一个维度 / at least one dimension is required"));
            return result;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            var at = $"mystery.dimensions[{i}]";
            var d = documents[i];
            if (d is null)
            {
                problems.Add(new(at, "空条目 / empty entry"));
                continue;
            }

            var ok = true;
            if (string.IsNullOrWhiteSpace(d.Key))
            {
                problems.Add(new(at + ".key", "缺少维度键 / key is missing"));
                ok = false;
            }
            else if (!seen.Add(d.Key.Trim()))
            {
                problems.Add(new(at + ".key", $"维度键重复 / duplicate dimension key '{d.Key}'"));
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(d.Name))
            {
                problems.Add(new(at + ".name", "缺少维度名称 / name is missing"));
                ok = false;
            }

            if (d.Weight is not { } weight || !(weight > 0) || double.IsInfinity(weight))
            {
                problems.Add(new(at + ".weight", $"权重必须为正数 / weight must be a positive number, not {Show(d.Weight)}"));
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
