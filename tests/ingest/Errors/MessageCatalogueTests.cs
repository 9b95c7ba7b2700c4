using System.Reflection;
using Satisfaction.Ingest.Errors;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Tests.Support;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Tests.Errors;

// Every message an analyst can get comes from a catalogue of Problem factories, in Chinese and in English.
public sealed class MessageCatalogueTests
{
    public static TheoryData<string> Factories()
    {
        var data = new TheoryData<string>();
        foreach (var method in Catalogues().SelectMany(ProblemFactories))
        {
            data.Add($"{method.DeclaringType!.Name}.{method.Name}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void EveryMessageHasAChineseAndAnEnglishText(string factory)
    {
        var method = Catalogues().SelectMany(ProblemFactories).First(m => $"{m.DeclaringType!.Name}.{m.Name}" == factory);

        var problem = (Problem)method.Invoke(null, method.GetParameters().Select(p => Sample(p.ParameterType)).ToArray())!;

        Assert.Contains(problem.Chinese, c => c is >= '\u4E00' and <= '\u9FFF');
        Assert.Contains(problem.English, char.IsAsciiLetterLower);
        Assert.NotEqual(problem.Chinese, problem.English);
        Assert.Equal($"{problem.Chinese} / {problem.English}", problem.Bilingual);
    }

    [Fact]
    public void ASchemeProblemCarriesItsMessageInBothLanguagesWithItsLocation()
    {
        var error = Assert.Throws<SchemeException>(() => SchemeLoader.Parse("""{ "period": "week" }"""));

        var period = Assert.Single(error.Problems, p => p.Location == "period");
        Assert.Equal(SchemeMessages.PeriodInvalid("week"), period.Problem);
        Assert.Equal("period: 周期只能是 quarter 或 month，而不是 'week' / period must be quarter or month, not 'week'", period.ToString());
    }

    private static Type[] Catalogues() =>
    [
        typeof(Messages),
        typeof(SchemeMessages),
        typeof(Problem).Assembly.GetType("Satisfaction.Ingest.Reading.ReadProblems", throwOnError: true)!,
        typeof(Problem).Assembly.GetType("Satisfaction.Ingest.Values.ValueMessages", throwOnError: true)!,
    ];

    private static IEnumerable<MethodInfo> ProblemFactories(Type catalogue) =>
        catalogue.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Problem));

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "x",
        _ when type == typeof(int) || type == typeof(long) => Convert.ChangeType(3, type, System.Globalization.CultureInfo.InvariantCulture),
        _ when type == typeof(double) || type == typeof(double?) => 2.5,
        _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 7, 5, 9, 0, 0, TimeSpan.Zero),
        _ when type == typeof(DateOnly) => new DateOnly(2026, 7, 5),
        _ when type == typeof(Exception) => new InvalidOperationException("boom"),
        _ when type == typeof(Problem) => new Problem("读不下去", "cannot read on"),
        _ when type == typeof(ChecklistItem) => TestData.Scheme.Items[0],
        _ when type == typeof(SurveyQuestion) => TestData.Scheme.Questions[0],
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ when type.IsArray => Array.CreateInstance(type.GetElementType()!, 1),
        _ when type.IsGenericType => Array.CreateInstance(type.GetGenericArguments()[0], 0),
        _ => throw new ArgumentException($"no sample for {type}"),
    };
}
