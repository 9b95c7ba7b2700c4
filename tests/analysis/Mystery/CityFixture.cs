using Satisfaction.Analysis.Input;
using static Satisfaction.Analysis.Tests.Mystery.MysteryFixtures;

namespace Satisfaction.Analysis.Tests.Mystery;

/// <summary>
/// One province, two cities, with the tiny scheme (a weight 2, b weight 1; A3 points 5, B2 points 6):
/// 甲市: O1 visits 100 (a 100, b 100), 70 (a 80, b 50), 60 (a 60) → O1 = 76.667, a 80, b 75;
///       O2 one visit 50 (a 50) → 样本不足.
/// 乙市: O3 visits 100, 100 (a only).
/// Previous period: O1 80, O2 60 (甲市 = 70, outlet scores 80 and 60); 乙市 had no visits.
/// </summary>
internal static class CityFixture
{
    public static readonly Ingest.Outlets.Outlet O1 = Outlet("O1", "甲市");
    public static readonly Ingest.Outlets.Outlet O2 = Outlet("O2", "甲市");
    public static readonly Ingest.Outlets.Outlet O3 = Outlet("O3", "乙市");

    public static VisitRecord[] Current =>
    [
        Visit("A3=3", O1, "v3", "2026-07-20"),
        Visit("A3=5 B2=6", O1, "v1", "2026-07-01"),
        Visit("A3=4 B2=3", O1, "v2", "2026-07-10"),
        Visit("A3=2.5", O2, "v4", "2026-08-01"),
        Visit("A3=5", O3, "v5", "2026-08-02"),
        Visit("A3=5", O3, "v6", "2026-08-03"),
    ];

    public static VisitRecord[] Previous =>
    [
        Visit("A3=4", O1, "p1", "2026-04-01"),
        Visit("A3=3", O2, "p2", "2026-04-02"),
    ];
}
