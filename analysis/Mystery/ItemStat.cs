using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Mystery;

/// <summary>
/// One checklist item over a scope (SCORING.md 1.6): <see cref="Applicable"/> visits where it was not N/A,
/// the points earned and possible there, and <see cref="Failed"/> answers earning less than max (for a veto
/// item: answered no).
/// </summary>
public sealed record ItemStat(ChecklistItem Item, int Applicable, double Earned, double Possible, int Failed)
{
    /// <summary>失分率 = 1 − earned / possible; null for veto items and where the item never applied.</summary>
    public double? LossRate => Item.IsVeto || Possible <= 0 ? null : 1 - (Earned / Possible);

    /// <summary>不合格率 = failed / applicable; null where the item never applied.</summary>
    public double? FailRate => Applicable == 0 ? null : (double)Failed / Applicable;
}
