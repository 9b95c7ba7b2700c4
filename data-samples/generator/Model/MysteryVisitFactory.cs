using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Samples.Options;

namespace Satisfaction.Samples.Model;

/// <summary>
/// Generates the visits of one outlet in one period: items pass with a probability that rises with the
/// visit's quality (outlet, drift, the shopper's leniency, the day); points items earn partial points;
/// situational items are N/A; about 3% of visits fail a veto item.
/// </summary>
internal sealed class MysteryVisitFactory(ScoringScheme scheme, QualityModel quality, ShopperPool shoppers, int seed)
{
    private const double VetoBase = 0.022;
    private const double ComplaintRate = 0.18;

    // Ease of each item on the logit scale: the report's weak spots (坐姿走样, 您好/请, 主动营销, 叫号) are harder.
    private static readonly Dictionary<string, double> Ease = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A1"] = 1.3, ["A4"] = 1.8, ["A5"] = 1.6, ["A7"] = 2.0, ["B1"] = 1.4, ["B2"] = 1.5, ["B3"] = 1.7,
        ["B5"] = 1.6, ["C1"] = 0.8, ["C2"] = 0.6, ["C3"] = 1.5, ["C4"] = 1.0, ["C5"] = 0.6, ["D1"] = 2.0,
        ["D2"] = 2.2, ["D3"] = 1.5, ["D4"] = 1.0, ["E1"] = 1.6, ["E2"] = 1.5, ["E4"] = 1.8, ["E5"] = 2.0,
    };

    // Share of visits where the situation did not arise (客户未中断、未涉及资费、未缴费 …).
    private static readonly Dictionary<string, double> NotApplicableRate = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A6"] = 0.10, ["B3"] = 0.25, ["C3"] = 0.15, ["C4"] = 0.10, ["D5"] = 0.30, ["E2"] = 0.10,
    };

    private static readonly double[] VetoShare = [0.4, 0.3, 0.2, 0.1];

    public IEnumerable<GeneratedRecord> Visits(Outlet outlet, Period period, int count, IdAllocator ids)
    {
        var random = Seeds.For(seed, "visits", outlet.Code, period.Name);
        var outletQuality = quality.OutletQuality(outlet, period);
        var days = Enumerable.Range(0, count).Select(_ => random.Next(period.Days)).Order().ToArray();
        foreach (var day in days)
        {
            var when = period.First.AddDays(day).ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(0, 510));
            var shopper = ShopperPool.Pick(outlet.City, random);
            var visitQuality = outletQuality + shoppers.Leniency(shopper) + 0.6 * random.NextGaussian();
            var answers = Answer(visitQuality, random, out var comment);
            yield return new GeneratedRecord(ids.NextVisitId(period.Name), outlet, when, shopper, answers, comment, PersonalData.Mobile(random));
        }
    }

    private AnswerValue[] Answer(double q, Random random, out string comment)
    {
        var items = scheme.Items;
        var answers = new AnswerValue[items.Count];
        var complaint = random.Chance(ComplaintRate);
        var vetoed = random.Chance(VetoBase * Math.Exp(-0.9 * q));
        var vetoIndex = vetoed ? PickVeto(random) : -1;
        var problems = new List<string>();
        var vetoSeen = 0;
        string? vetoPhrase = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.IsVeto)
            {
                var failed = vetoSeen++ == vetoIndex;
                answers[i] = failed ? AnswerValue.No : AnswerValue.Yes;
                if (failed)
                {
                    vetoPhrase = Phrases.ItemProblem(item.Code, random) ?? item.Text;
                }

                continue;
            }

            var na = string.Equals(item.Code, "D4", StringComparison.OrdinalIgnoreCase)
                ? !complaint
                : random.Chance(NotApplicableRate.GetValueOrDefault(item.Code));
            if (na)
            {
                answers[i] = AnswerValue.NotApplicable;
                continue;
            }

            var ease = Ease.GetValueOrDefault(item.Code, 2.5);
            if (item.Type == ItemType.Points)
            {
                var share = Seeds.Sigmoid(ease + 1.2 * q + 0.8 * random.NextGaussian());
                var points = Math.Round(share * item.Max, MidpointRounding.AwayFromZero);
                answers[i] = AnswerValue.Of(points);
                AddProblem(item, points < item.Max, problems, random);
            }
            else
            {
                var pass = random.Chance(Seeds.Sigmoid(ease + 1.2 * q));
                answers[i] = pass ? AnswerValue.Yes : AnswerValue.No;
                AddProblem(item, !pass, problems, random);
            }
        }

        comment = Compose(problems, vetoPhrase, random);
        return answers;
    }

    private static int PickVeto(Random random)
    {
        var u = random.NextDouble();
        for (var i = 0; i < VetoShare.Length; i++)
        {
            u -= VetoShare[i];
            if (u < 0)
            {
                return i;
            }
        }

        return 0;
    }

    private static void AddProblem(ChecklistItem item, bool failed, List<string> problems, Random random)
    {
        if (failed && Phrases.ItemProblem(item.Code, random) is { } phrase)
        {
            problems.Add(phrase);
        }
    }

    private static string Compose(List<string> problems, string? vetoPhrase, Random random)
    {
        string text;
        if (vetoPhrase is not null)
        {
            text = "一票否决：" + vetoPhrase;
        }
        else if (problems.Count > 0)
        {
            text = string.Join("；", problems.OrderBy(_ => random.Next()).Take(2));
        }
        else
        {
            text = random.Chance(0.4) ? random.Pick(Phrases.VisitPraise) : string.Empty;
        }

        var roll = random.NextDouble();
        if (roll < 0.02)
        {
            text += (text.Length > 0 ? "；" : string.Empty) + "客户留电" + PersonalData.Mobile(random) + "，要求回访";
        }
        else if (roll < 0.03)
        {
            text += (text.Length > 0 ? "；" : string.Empty) + "营业员大声复述客户身份证号" + PersonalData.IdCard(random);
        }

        return text;
    }
}
