using System.Globalization;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Satisfaction.Reports.Charts;

/// <summary>The range-bound parts of a series (name, categories, values), each with its cache.</summary>
internal static class ChartData
{
    internal static C.SeriesText Name(ChartSeries series) =>
        series.NameRef is { } nameRef
            ? new C.SeriesText(new C.StringReference(new C.Formula(nameRef), StringCache([series.Name])))
            : new C.SeriesText(new C.NumericValue(series.Name));

    internal static C.CategoryAxisData Categories(ChartCategories categories) =>
        new(new C.StringReference(new C.Formula(categories.Ref), StringCache(categories.Labels)));

    internal static C.Values Values(ChartSeries series, string numberFormat)
    {
        var cache = new C.NumberingCache(
            new C.FormatCode(numberFormat),
            new C.PointCount { Val = (uint)series.Values.Count });
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is { } value && double.IsFinite(value))
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(value.ToString("R", CultureInfo.InvariantCulture)))
                {
                    Index = (uint)i,
                });
            }
        }

        return new C.Values(new C.NumberReference(new C.Formula(series.ValuesRef), cache));
    }

    private static C.StringCache StringCache(IReadOnlyList<string> labels)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)labels.Count });
        for (var i = 0; i < labels.Count; i++)
            cache.Append(new C.StringPoint(new C.NumericValue(labels[i] ?? string.Empty)) { Index = (uint)i });
        return cache;
    }
}
