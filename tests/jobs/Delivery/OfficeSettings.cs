using System.Globalization;

namespace Satisfaction.Jobs.Tests.Delivery;

/// <summary>Offices for the program's settings, as SATISFACTION_Delivery__Offices__N__… environment variables.</summary>
public sealed class OfficeEnvironment
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private int _count;

    public OfficeEnvironment Add(string province, string? city, string? folder, params string[] recipients)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"SATISFACTION_Delivery__Offices__{_count++}__");
        _variables[prefix + "Province"] = province;
        if (city is not null)
        {
            _variables[prefix + "City"] = city;
        }

        if (folder is not null)
        {
            _variables[prefix + "Folder"] = folder;
        }

        for (var i = 0; i < recipients.Length; i++)
        {
            _variables[prefix + string.Create(CultureInfo.InvariantCulture, $"Recipients__{i}")] = recipients[i];
        }

        return this;
    }

    public Dictionary<string, string> With(IReadOnlyDictionary<string, string>? more)
    {
        var all = new Dictionary<string, string>(_variables, StringComparer.Ordinal);
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        return all;
    }
}
