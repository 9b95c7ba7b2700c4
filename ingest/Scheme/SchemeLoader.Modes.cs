using System.Globalization;

namespace Satisfaction.Ingest.Scheme;

// The words an analyst writes for choices: period, veto mode, aggregation.
public static partial class SchemeLoader
{
    private static PeriodKind ParsePeriod(string? text, List<SchemeProblem> problems)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "quarter":
                return PeriodKind.Quarter;
            case "month":
                return PeriodKind.Month;
            default:
                problems.Add(new("period", SchemeMessages.PeriodInvalid(text)));
                return PeriodKind.Quarter;
        }
    }

    private static VetoRule ParseVeto(string? text, List<SchemeProblem> problems)
    {
        var parts = (text ?? "zero").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is ["zero"])
        {
            return VetoRule.Zero;
        }

        if (parts is [var mode, var amountText] && (mode is "cap" or "deduct")
            && double.TryParse(amountText, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            && amount is >= 0 and <= 100)
        {
            return new VetoRule(mode == "cap" ? VetoMode.Cap : VetoMode.Deduct, amount);
        }

        problems.Add(new("mystery.veto", SchemeMessages.VetoRuleInvalid(text)));
        return VetoRule.Zero;
    }

    private static Aggregation ParseAggregation(string? text, List<SchemeProblem> problems)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "outlet":
                return Aggregation.Outlet;
            case "visit":
                return Aggregation.Visit;
            default:
                problems.Add(new("mystery.aggregation", SchemeMessages.AggregationInvalid(text)));
                return Aggregation.Outlet;
        }
    }
}
