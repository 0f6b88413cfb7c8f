using WarRoom.Core.Org;
using WarRoom.Web.Storage;
using static WarRoom.Web.Tests.Storage.TestSeed;

namespace WarRoom.Web.Tests.Storage;

public abstract partial class KpiStoreContract
{
    protected TotalsQuery Totals(OrgLevel level, string scope, string kpi, string? from = null, string? to = null) =>
        new(level, Seed.Org.Find(scope)!, Seed.Kpis.Find(kpi)!, from is null ? CampaignStart : Local(from), to is null ? CampaignEnd : Local(to));

    private async Task AssertTotals(TotalsQuery query, params (string Unit, double Value)[] expected)
    {
        var actual = await Store.ReadTotalsAsync(query, CancellationToken.None);
        Assert.Equal(expected.Select(e => new UnitTotal(e.Unit, e.Value)), actual);
    }

    [ContractFact]
    public async Task Sum_totals_at_each_level_include_events_booked_above_managers()
    {
        await WriteScenarioAsync();

        await AssertTotals(Totals(OrgLevel.Hq, "HQ", "deposit_new"), ("HQ", 1259));
        await AssertTotals(Totals(OrgLevel.Branch, "HQ", "deposit_new"), ("BR01", 208), ("BR02", 51));
        await AssertTotals(Totals(OrgLevel.SubBranch, "HQ", "deposit_new"), ("SB0101", 158), ("SB0102", 50), ("SB0201", 40));
        await AssertTotals(Totals(OrgLevel.Manager, "BR01", "deposit_new"), ("M001", 100), ("M002", 51), ("M003", 50));
        await AssertTotals(Totals(OrgLevel.Manager, "SB0102", "deposit_new"), ("M003", 50));
        await AssertTotals(Totals(OrgLevel.SubBranch, "SB0101", "deposit_new"), ("SB0101", 158));
        await AssertTotals(Totals(OrgLevel.Branch, "SB0101", "deposit_new"));
    }

    [ContractFact]
    public async Task Sum_totals_respect_the_window_to_the_millisecond()
    {
        await WriteScenarioAsync();

        // [10:30, 00:30 next day) takes 50 + 1 + 20 and leaves the 00:30 event out.
        await AssertTotals(Totals(OrgLevel.Branch, "HQ", "deposit_new", "2027-01-04 10:30:00", "2027-01-05 00:30:00"), ("BR01", 71));
        await AssertTotals(Totals(OrgLevel.Manager, "SB0101", "deposit_new", "2027-01-04 10:30:00", "2027-01-04 10:30:00.500"), ("M002", 50));
        await AssertTotals(Totals(OrgLevel.Manager, "SB0101", "deposit_new", "2027-01-04 10:30:00.600", "2027-01-04 10:30:00.701"), ("M002", 1));
        await AssertTotals(Totals(OrgLevel.Manager, "SB0101", "deposit_new", "2027-01-04 10:30:00.701", "2027-01-04 11:00:00"));
    }

    [ContractFact]
    public async Task Latest_totals_add_each_booking_units_latest_reading()
    {
        await WriteScenarioAsync();

        await AssertTotals(Totals(OrgLevel.Hq, "HQ", "mau"), ("HQ", 30));
        await AssertTotals(Totals(OrgLevel.Branch, "HQ", "mau"), ("BR01", 22), ("BR02", 8));
        await AssertTotals(Totals(OrgLevel.SubBranch, "HQ", "mau"), ("SB0101", 19), ("SB0102", 3), ("SB0201", 8));
        await AssertTotals(Totals(OrgLevel.Manager, "HQ", "mau"), ("M001", 12), ("M002", 7), ("M004", 8));
    }

    [ContractFact]
    public async Task Latest_totals_take_the_latest_reading_inside_the_window()
    {
        await WriteScenarioAsync();

        await AssertTotals(Totals(OrgLevel.Branch, "HQ", "mau", "2027-01-04 00:00:00", "2027-01-05 00:00:00"), ("BR01", 18));
        await AssertTotals(Totals(OrgLevel.Manager, "SB0101", "mau", "2027-01-05 00:00:00", "2027-01-06 00:00:00"), ("M001", 12), ("M002", 7));
    }
}
