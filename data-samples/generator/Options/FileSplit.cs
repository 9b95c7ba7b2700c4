namespace Satisfaction.Samples.Options;

/// <summary>How a set of vendor files divides the data.</summary>
public enum FileSplit
{
    /// <summary>One file for everything.</summary>
    None,

    /// <summary>One file per city (地市), in the order the outlets list them.</summary>
    ByCity,

    /// <summary>One file per period.</summary>
    ByPeriod,
}
