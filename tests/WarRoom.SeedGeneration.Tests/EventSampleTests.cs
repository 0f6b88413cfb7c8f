using System.Globalization;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.SeedGeneration.Tests;

/// <summary>Every sample event is one the ingest API would accept for the generated bank.</summary>
public sealed class EventSampleTests
{
    private static readonly IReadOnlyDictionary<string, string> Files = SeedGenerator.Generate(new SeedGeneratorOptions());
    private static readonly SeedData Data = SeedLoader.Load(new InMemorySeedSource(Files));
    private static readonly List<CsvRecord> Rows = [.. CsvText.Read(Files[SeedFileNames.EventSample]).Skip(1)];

    [Fact]
    public void HasTheRequestedNumberOfRowsWithUniqueSourceStyleIds()
    {
        Assert.Equal(200, Rows.Count);
        Assert.Equal(200, Rows.Select(r => r.Fields[0]).Distinct().Count());
        Assert.All(Rows, r => Assert.Matches(@"^(core|dw|crm|wealth|card|mbank|wecom|loan|pension)-2027\d{4}-\d{6}$", r.Fields[0]));
        Assert.Equal(50, SeedGenerator.Generate(new SeedGeneratorOptions { SampleEvents = 50 })[SeedFileNames.EventSample].Count(c => c == '\n') - 1);
    }

    [Fact]
    public void TimesAreOfficeHoursOnWorkingDaysInsideTheCampaignInOrder()
    {
        var times = Rows.Select(r => DateTimeOffset.ParseExact(r.Fields[1], "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).ToList();

        Assert.All(times, t =>
        {
            Assert.Equal(TimeSpan.FromHours(8), t.Offset);
            Assert.True(Data.Campaign.Contains(t));
            Assert.True(Data.Campaign.Calendar.IsWorkingDay(DateOnly.FromDateTime(t.DateTime)), $"{t} is not a working day");
            Assert.InRange(t.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(17.5));
        });
        Assert.Equal(times.Order(), times);
        Assert.All(Rows.Zip(times), x => Assert.Contains(x.Second.ToString("yyyyMMdd", CultureInfo.InvariantCulture), x.First.Fields[0], StringComparison.Ordinal));
    }

    [Fact]
    public void UnitsAndKpisExistAndValuesFitTheKpi()
    {
        Assert.All(Rows, r =>
        {
            Assert.True(Data.Org.TryGet(r.Fields[2], out _), $"unknown unit {r.Fields[2]}");
            var kpi = Data.Kpis.Find(r.Fields[3]);
            Assert.NotNull(kpi);
            var value = decimal.Parse(r.Fields[4], CultureInfo.InvariantCulture);
            Assert.True(value > 0);
            Assert.Equal(value, decimal.Round(value, kpi.Decimals));
        });
    }

    [Fact]
    public void MostEventsAreOnManagersSomeOnSubBranchesAndThereAreBigDeals()
    {
        var units = Rows.Select(r => Data.Org.Find(r.Fields[2])!).ToList();
        var bigDeals = Rows.Count(r => double.Parse(r.Fields[4], CultureInfo.InvariantCulture) >= Data.Kpis.Find(r.Fields[3])!.BigDeal);

        Assert.InRange(units.Count(u => u.Level == OrgLevel.Manager), 160, 199);
        Assert.Contains(units, u => u.Level == OrgLevel.SubBranch);
        Assert.InRange(bigDeals, 3, 20);

        // Every KPI that takes events appears; a ratio takes none (it divides two others).
        Assert.Equal(
            Data.Kpis.All.Where(k => k.Aggregation != KpiAggregation.Ratio).Select(k => k.Code).Order(StringComparer.Ordinal),
            Rows.Select(r => r.Fields[3]).Distinct().Order(StringComparer.Ordinal));
    }
}
