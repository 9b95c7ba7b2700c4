namespace Satisfaction.Reports.Tests.Support;

/// <summary>The test classes that share one <see cref="SampleReport"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SampleReportGroup : ICollectionFixture<SampleReport>
{
    public const string Name = "sample report";
}
