using System.Globalization;
using System.Text;
using Satisfaction.Ingest.Outlets;

namespace Satisfaction.Samples;

/// <summary>
/// Outlets at any scale for generated files: up to the master's size, a subset taken city by city in
/// turn (so every city keeps outlets); beyond it, the master plus synthetic outlets in the same cities —
/// written out as a master CSV too, since vendor files must match a master to load.
/// </summary>
public static class OutletSets
{
    public static IReadOnlyList<Outlet> Take(IReadOnlyList<Outlet> master, int count)
    {
        ArgumentNullException.ThrowIfNull(master);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (count <= master.Count)
        {
            var byCity = master.GroupBy(o => o.City).Select(g => new Queue<Outlet>(g)).ToList();
            var taken = new List<Outlet>(count);
            while (taken.Count < count)
            {
                foreach (var queue in byCity.Where(q => q.Count > 0 && taken.Count < count))
                {
                    taken.Add(queue.Dequeue());
                }
            }

            return taken;
        }

        var cities = master.GroupBy(o => (o.Province, o.City)).Select(g => g.Key).ToList();
        var codes = master.Select(o => o.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var all = new List<Outlet>(master);
        for (var i = 0; all.Count < count; i++)
        {
            var (province, city) = cities[i % cities.Count];
            var number = (i / cities.Count) + 1;
            var code = string.Create(CultureInfo.InvariantCulture, $"X{i % cities.Count:00}{number:00000}");
            if (codes.Add(code))
            {
                all.Add(new Outlet(province, city, code, string.Create(CultureInfo.InvariantCulture, $"{city}模拟{number}号营业厅"), [], "标准店"));
            }
        }

        return all;
    }

    // Provinces the copies take, after the master's own; beyond them, numbered names.
    private static readonly string[] ProvinceNames = ["浙江", "安徽", "山东", "河南", "湖北", "湖南", "广东", "四川", "福建", "江西", "河北"];

    /// <summary>
    /// The outlets as they are, then copies of them in <paramref name="provinces"/> − 1 other provinces: another
    /// province name, the same city names (two provinces may well have a city of the same name), each code
    /// prefixed with the province's number (<c>P2</c>…) so that every code stays distinct.
    /// </summary>
    public static IReadOnlyList<Outlet> AcrossProvinces(IReadOnlyList<Outlet> outlets, int provinces)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        ArgumentOutOfRangeException.ThrowIfLessThan(provinces, 1);
        var taken = outlets.Select(o => o.Province).ToHashSet(StringComparer.Ordinal);
        var names = ProvinceNames.Where(n => !taken.Contains(n))
            .Concat(Enumerable.Range(2, provinces).Select(k => string.Create(CultureInfo.InvariantCulture, $"模拟{k}省")))
            .Take(provinces - 1).ToList();
        var all = new List<Outlet>(outlets);
        for (var k = 2; k <= provinces; k++)
        {
            var province = names[k - 2];
            all.AddRange(outlets.Select(o => o with
            {
                Province = province,
                Code = string.Create(CultureInfo.InvariantCulture, $"P{k}{o.Code}"),
                Name = string.Create(CultureInfo.InvariantCulture, $"{province}{o.Name}"),
                Aliases = [],
            }));
        }

        return all;
    }

    /// <summary>Writes outlets as a master CSV (UTF-8 with BOM, the columns of DATA-CONTRACT.md 1).</summary>
    public static void WriteMaster(string path, IReadOnlyList<Outlet> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.WriteLine("省分,地市,营业厅编码,营业厅名称,别名,级别");
        foreach (var o in outlets)
        {
            writer.WriteLine($"{o.Province},{o.City},{o.Code},{o.Name},{string.Join('|', o.Aliases)},{o.Level}");
        }
    }
}
