namespace Satisfaction.Ingest.Store;

/// <summary>What became of a dropped file (DATA-CONTRACT.md 2.7): exactly one of these.</summary>
public enum FileOutcome
{
    /// <summary>Loaded, possibly with row errors.</summary>
    Archived,

    /// <summary>Same content as a file already loaded; nothing loaded.</summary>
    Duplicate,

    /// <summary>Set aside with its reasons; nothing loaded.</summary>
    Quarantined,
}
