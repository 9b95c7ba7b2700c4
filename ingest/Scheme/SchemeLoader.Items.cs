namespace Satisfaction.Ingest.Scheme;

// Checklist items: codes, types, a known dimension for scored items, none and no points for veto items.
public static partial class SchemeLoader
{
    private static List<ChecklistItem> ValidateItems(
        List<ItemDocument?>? documents, List<Dimension> dimensions, HashSet<string> dimensionKeys, List<SchemeProblem> problems)
    {
        var result = new List<ChecklistItem>();
        if (documents is null || documents.Count == 0)
        {
            problems.Add(new("mystery.items", SchemeMessages.NoItem()));
            return result;
        }

        // Items are checked against every declared dimension, valid or not, so that one bad dimension
        // is reported once rather than again on each of its items.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            var at = $"mystery.items[{i}]";
            var item = documents[i];
            if (item is null)
            {
                problems.Add(new(at, SchemeMessages.EmptyEntry()));
                continue;
            }

            var ok = CheckCode(item.Code, at, seen, problems);
            ItemType? type = item.Type?.Trim().ToLowerInvariant() switch
            {
                "yesno" => ItemType.YesNo,
                "points" => ItemType.Points,
                "veto" => ItemType.Veto,
                _ => null,
            };
            if (type is null)
            {
                problems.Add(new(at + ".type", SchemeMessages.ItemTypeInvalid(item.Type)));
                ok = false;
            }

            var dimension = string.IsNullOrWhiteSpace(item.Dimension) ? null : item.Dimension.Trim();
            var max = item.Max ?? 0;
            if (type == ItemType.Veto)
            {
                if (dimension is not null)
                {
                    problems.Add(new(at + ".dimension", SchemeMessages.VetoItemHasDimension()));
                    ok = false;
                }

                if (max != 0)
                {
                    problems.Add(new(at + ".max", SchemeMessages.VetoItemHasPoints()));
                    ok = false;
                }
            }
            else if (type is not null)
            {
                if (dimension is null)
                {
                    problems.Add(new(at + ".dimension", SchemeMessages.ItemDimensionMissing()));
                    ok = false;
                }
                else if (!dimensionKeys.Contains(dimension))
                {
                    problems.Add(new(at + ".dimension", SchemeMessages.ItemDimensionUnknown(dimension)));
                    ok = false;
                }

                if (!(max > 0) || double.IsInfinity(max))
                {
                    problems.Add(new(at + ".max", SchemeMessages.MaxNotPositive(item.Max)));
                    ok = false;
                }
            }

            if (ok)
            {
                var key = dimension is null ? null : dimensions.FirstOrDefault(d => d.Key.Equals(dimension, StringComparison.OrdinalIgnoreCase))?.Key ?? dimension;
                result.Add(new ChecklistItem(item.Code!.Trim(), item.Text?.Trim() ?? string.Empty, key, max, type!.Value));
            }
        }

        foreach (var d in dimensions.Where(d => !documents.Any(it => string.Equals(it?.Dimension?.Trim(), d.Key, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add(new("mystery.dimensions", SchemeMessages.DimensionWithoutItem(d.Key)));
        }

        return result;
    }
}
