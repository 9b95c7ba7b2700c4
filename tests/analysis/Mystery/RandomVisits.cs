using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Tests.Mystery;

/// <summary>Seeded random visits over a few provinces, cities and outlets, with N/A, no and vetoes mixed in.</summary>
internal static class RandomVisits
{
    public static List<VisitRecord> Make(ScoringScheme scheme, int count, int seed, double notApplicable = 0.15, double vetoFail = 0.03)
    {
        var random = new Random(seed);
        var outlets = Enumerable.Range(0, 40)
            .Select(i => MysteryFixtures.Outlet($"O{i:000}", $"市{i % 7}", $"省{i % 7 % 2}"))
            .ToArray();
        var visits = new List<VisitRecord>(count);
        for (var v = 0; v < count; v++)
        {
            var answers = new Dictionary<string, Answer>(scheme.Items.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var item in scheme.Items)
            {
                if (random.NextDouble() < notApplicable)
                {
                    continue;
                }

                answers[item.Code] = item.Type switch
                {
                    ItemType.Veto => random.NextDouble() < vetoFail ? Answer.No : Answer.Yes,
                    ItemType.Points => Answer.Of(Math.Round(random.NextDouble() * item.Max, 1)),
                    _ => random.NextDouble() < 0.8 ? Answer.Yes : Answer.No,
                };
            }

            visits.Add(new VisitRecord(
                $"V{v:000000}",
                outlets[random.Next(outlets.Length)],
                new DateOnly(2026, 7, 1).AddDays(random.Next(90)),
                null,
                null,
                answers));
        }

        return visits;
    }
}
