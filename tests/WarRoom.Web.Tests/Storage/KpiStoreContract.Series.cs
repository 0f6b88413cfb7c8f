using WarRoom.Web.Storage;
using static WarRoom.Web.Tests.Storage.TestSeed;

namespace WarRoom.Web.Tests.Storage;

public abstract partial class KpiStoreContract
{
    /// <summary>The unit's campaign total of the KPI: the last point of its daily series over the whole campaign.</summary>
    protected async Task<double> CampaignTotalAsync(string unit, string kpi)
    {
        var query = new SeriesQuery(Seed.Org.Find(unit)!, Seed.Kpis.Find(kpi)!, CampaignStart, CampaignStart, CampaignEnd, TimeSpan.FromDays(1), Shanghai);
        return (await Store.ReadSeriesAsync(query, CancellationToken.None))[^1].Value;
    }

    private async Task AssertSeries(string unit, string kpi, string from, string to, TimeSpan interval, params (string Start, double Value)[] expected)
    {
        var query = new SeriesQuery(Seed.Org.Find(unit)!, Seed.Kpis.Find(kpi)!, CampaignStart, Local(from), Local(to), interval, Shanghai);
        var actual = await Store.ReadSeriesAsync(query, CancellationToken.None);
        Assert.Equal(expected.Select(e => new SeriesPoint(Local(e.Start), e.Value)), actual);
        Assert.All(actual, p => Assert.Equal(TimeSpan.FromHours(8), p.Time.Offset));
    }

    [ContractFact]
    public async Task Daily_series_is_cumulative_and_splits_at_local_midnight()
    {
        await WriteScenarioAsync();

        // Bucketed by UTC days, the 00:30 event of Jan 5 would land on Jan 4 (171 + 30).
        await AssertSeries("BR01", "deposit_new", "2027-01-03 00:00:00", "2027-01-07 00:00:00", TimeSpan.FromDays(1),
            ("2027-01-03 00:00:00", 0), ("2027-01-04 00:00:00", 171), ("2027-01-05 00:00:00", 208), ("2027-01-06 00:00:00", 208));
        await AssertSeries("HQ", "deposit_new", "2027-01-05 15:00:00", "2027-01-06 12:00:01", TimeSpan.FromDays(1),
            ("2027-01-05 00:00:00", 219), ("2027-01-06 00:00:00", 1259));
    }

    [ContractFact]
    public async Task Hourly_series_opens_with_everything_since_the_campaign_start()
    {
        await WriteScenarioAsync();

        await AssertSeries("HQ", "deposit_new", "2027-01-04 09:00:00", "2027-01-04 12:00:00", TimeSpan.FromHours(1),
            ("2027-01-04 09:00:00", 100), ("2027-01-04 10:00:00", 151), ("2027-01-04 11:00:00", 151));
        await AssertSeries("BR01", "deposit_new", "2027-01-05 00:10:00", "2027-01-05 02:00:00", TimeSpan.FromHours(1),
            ("2027-01-05 00:00:00", 201), ("2027-01-05 01:00:00", 201));
        await AssertSeries("SB0101", "deposit_new", "2027-01-04 10:00:00", "2027-01-04 10:30:00.500", TimeSpan.FromHours(1),
            ("2027-01-04 10:00:00", 150));
    }

    [ContractFact]
    public async Task Latest_series_carries_each_units_reading_forward()
    {
        await WriteScenarioAsync();

        await AssertSeries("BR01", "mau", "2027-01-03 00:00:00", "2027-01-07 00:00:00", TimeSpan.FromDays(1),
            ("2027-01-03 00:00:00", 0), ("2027-01-04 00:00:00", 18), ("2027-01-05 00:00:00", 22), ("2027-01-06 00:00:00", 22));
        await AssertSeries("HQ", "mau", "2027-01-05 08:00:00", "2027-01-05 10:00:00", TimeSpan.FromHours(1),
            ("2027-01-05 08:00:00", 18), ("2027-01-05 09:00:00", 30));
    }
}
