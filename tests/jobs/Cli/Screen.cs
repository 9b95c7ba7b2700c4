namespace Satisfaction.Jobs.Tests.Cli;

/// <summary>What a person at the terminal sees of a run: a reason, never a stack trace.</summary>
internal static class Screen
{
    public static void HasNoStackTrace((int ExitCode, string Output, string Error) result)
    {
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Output + result.Error, StringComparison.Ordinal);
    }

    /// <summary>The command could not start: exit 2, the reason on the error stream, no stack trace.</summary>
    public static void CouldNotStart((int ExitCode, string Output, string Error) result, string reason)
    {
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Error}{result.Output}");
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        HasNoStackTrace(result);
    }

    /// <summary>The number of respondents the printed score table gives a city (or province) in a period.</summary>
    public static int Respondents(string output, string period, string scope)
    {
        var match = System.Text.RegularExpressions.Regex.Match(output, $@"^{period}\s+{scope}\s.*?(\d+)\s*$", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.True(match.Success, $"no line for {period} {scope} in:\n{output}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
