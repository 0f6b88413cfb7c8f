using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>
/// 日均 from daily closing balances: each day counts the last balance booked on or before it, the value is the mean
/// over the elapsed days (the campaign starts on Friday 2027-01-01, day 0). Figures worked out by hand.
/// </summary>
public class DailyAverageTests
{
    private static World Booked()
    {
        var w = Trees.Small().Kpi("bal", KpiAggregation.DailyAverage, 1.0).Target("SB11", "bal", 400).Build();
        w.Book("M111", "bal", "2027-01-01T18:00", 100);
        w.Book("M111", "bal", "2027-01-03T18:00", 200);
        w.Book("M112", "bal", "2027-01-02T18:00", 60);
        return w;
    }

    [Fact]
    public void The_mean_of_the_days_closing_balances_carries_each_balance_forward()
    {
        using var w = Booked();
        const string Now = "2027-01-04T12:00"; // days 0..3

        Assert.Equal(150, w.Value("M111", "bal", Now)); // (100 + 100 + 200 + 200) / 4
        Assert.Equal(45, w.Value("M112", "bal", Now)); // (0 + 60 + 60 + 60) / 4
        Assert.Equal(195, w.Value("SB11", "bal", Now));
        Assert.Equal(195, w.Value("HQ", "bal", Now));
        Assert.Equal(260, w.Value("SB11", "bal", Now, RankWindow.Today)); // today's closing: 200 + 60
    }

    [Fact]
    public void A_late_balance_for_an_earlier_day_changes_only_the_days_up_to_the_next_reading()
    {
        using var w = Booked();
        w.Book("M111", "bal", "2027-01-02T09:00", 300); // day 1 was 100 carried; day 2 has its own 200
        w.Book("M111", "bal", "2027-01-03T08:00", 999); // earlier than day 2's 18:00 reading: superseded

        Assert.Equal(200, w.Value("M111", "bal", "2027-01-04T12:00")); // (100 + 300 + 200 + 200) / 4
        Assert.Equal(245, w.Value("SB11", "bal", "2027-01-04T12:00"));
        Assert.Equal(1, w.Aggregates.Counters.Superseded);
    }

    [Fact]
    public void The_value_and_the_score_move_with_a_new_day_even_without_events()
    {
        using var w = Booked();
        w.Book("M112", "bal", "2027-01-04T09:00", 60); // today has data: the cached score is the one read
        w.Book("M111", "bal", "2027-01-02T09:00", 300);

        Assert.Equal(61.25, w.Aggregates.Score(w["SB11"], WorldBuilder.At("2027-01-04T12:00"))!.Value, 9); // 245 / 400
        Assert.Equal(248, w.Value("SB11", "bal", "2027-01-05T12:00")); // (100+300+200+200+200)/5 + (0+60+60+60+60)/5
        Assert.Equal(62, w.Aggregates.Score(w["SB11"], WorldBuilder.At("2027-01-05T12:00"))!.Value, 9);
    }

    [Fact]
    public void Any_arrival_order_gives_the_same_figures_as_a_replay_by_hand()
    {
        var random = new Random(21);
        var managers = new[] { "M111", "M112", "M121", "M211", "M212" };
        var events = Enumerable.Range(0, 200).Select(i => (
            Unit: managers[random.Next(managers.Length)],
            Time: WorldBuilder.At("2027-01-01T09:00").AddMinutes(random.Next(20 * 24 * 60)),
            Value: (double)random.Next(0, 1000))).ToList();
        const string Now = "2027-01-25T12:00";
        using var inOrder = Trees.Small().Kpi("bal", KpiAggregation.DailyAverage, 1.0).Build();
        using var shuffled = Trees.Small().Kpi("bal", KpiAggregation.DailyAverage, 1.0).Build();
        var records = events.Select((e, i) => new EventRecord(i + 1, "e" + i, e.Time.ToUnixTimeMilliseconds(), inOrder[e.Unit].Index, inOrder.Catalog.Find("bal")!.Index, e.Value)).ToArray();
        inOrder.Aggregates.Apply(records);
        shuffled.Aggregates.Apply(records.OrderBy(_ => random.Next()).ToArray());

        foreach (var unit in inOrder.Tree.Units)
        {
            var expected = Oracle(records.Where(r => unit.Index <= r.Unit && r.Unit < unit.SubtreeEnd), inOrder, days: 25);
            Assert.Equal(expected, inOrder.Value(unit.Code, "bal", Now), 4);
            Assert.Equal(inOrder.Value(unit.Code, "bal", Now), shuffled.Value(unit.Code, "bal", Now));
        }
    }

    /// <summary>Per booking unit and day the winning reading (latest time, then seq), carried forward, summed, over the days.</summary>
    private static double Oracle(IEnumerable<EventRecord> records, World w, int days)
    {
        double total = 0;
        foreach (var unit in records.GroupBy(r => r.Unit))
        {
            double balance = 0;
            for (var d = 0; d < days; d++)
            {
                var day = w.Campaign.DayAt(d);
                var winner = unit.Where(r => w.Campaign.LocalDate(r.Time) == day).OrderBy(r => r.TimeMs).ThenBy(r => r.Seq).LastOrDefault();
                balance = winner == default ? balance : winner.Value;
                total += balance;
            }
        }

        return Math.Round(total / days, 4);
    }
}
