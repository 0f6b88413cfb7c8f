using System.IO.Hashing;
using System.Text;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Pipeline.Deals;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// Everything a checkpoint holds, in the one order the file has it: the id ledger, the totals budget, the
/// aggregates' primary state and the kept big deals. The same walk saves and loads (<see cref="IStateChannel"/>).
/// </summary>
public sealed class CheckpointState(IdLedger ledger, TotalsBudget budget, KpiAggregates aggregates, LiveFeed feed, OrgTree org, KpiCatalog kpis, Campaign campaign)
{
    private readonly int ledgerCapacity = ledger.Capacity;

    /// <summary>
    /// The seed a checkpoint's arrays are laid out for: campaign, days, every unit's code and parent, every KPI's
    /// code and aggregation. Another seed or campaign has another fingerprint, and its checkpoints are not read.
    /// </summary>
    public UInt128 Fingerprint { get; } = FingerprintOf(org, kpis, campaign);

    public long LedgerCount => ledger.Count;

    /// <summary>Where the last walk's time went, part by part (milliseconds and MiB of the file), for the start's log.</summary>
    public string LastSplit { get; private set; } = "";

    public void Exchange(IStateChannel channel)
    {
        var split = new WalkSplit(channel);
        ledger.Exchange(channel);
        split.Mark("id ledger");
        budget.Exchange(channel);
        aggregates.ExchangeState(channel);
        split.Mark("budget and aggregates (a load rescores every unit)");
        ExchangeDeals(channel);
        split.Mark("deals");
        LastSplit = split.ToString();
    }

    /// <summary>
    /// Undoes a load that broke off or failed its checksum (known only at the file's end, decision 0023): the state
    /// of fresh twins is walked into memory and loaded over the live one, so every saved field is as at start.
    /// </summary>
    public void Reset()
    {
        using var image = new MemoryStream();
        using (var twin = new KpiAggregates(org, kpis, campaign, aggregates.Dimensions))
        {
            var saving = new SavingChannel(image);
            new IdLedger().Exchange(saving);
            new TotalsBudget(kpis).Exchange(saving);
            twin.ExchangeState(saving);
            saving.Number(0); // no kept deals
        }

        image.Position = 0;
        var loading = new LoadingChannel(image, image.Length);
        ledger.Exchange(loading);
        ledger.EnsureCapacity(ledgerCapacity);
        budget.Exchange(loading);
        aggregates.ExchangeState(loading, replacing: true);
        feed.Deals.Clear();
        ExchangeDeals(loading);
    }

    private void ExchangeDeals(IStateChannel channel)
    {
        var kept = channel.IsLoading ? [] : feed.Deals.Kept();
        var count = channel.Number(kept.Count);
        for (var i = 0; i < count; i++)
        {
            var (timeMs, seq, deal) = channel.IsLoading ? default : kept[i];
            var id = channel.Text(deal?.Id ?? "");
            timeMs = channel.Number(timeMs);
            seq = channel.Number(seq);
            var unit = (int)channel.Number(deal is null ? 0 : org.Find(deal.Manager.Code)!.Index);
            var kpi = (int)channel.Number(deal is null ? 0 : kpis.Find(deal.Kpi)!.Index);
            var amount = BitConverter.Int64BitsToDouble(channel.Number(BitConverter.DoubleToInt64Bits(deal?.Amount ?? 0)));
            if (channel.IsLoading)
            {
                if ((uint)unit >= (uint)org.Count || (uint)kpi >= (uint)kpis.Count)
                {
                    throw new InvalidDataException($"a kept deal names unit #{unit} / KPI #{kpi}");
                }

                var e = new EventRecord(seq, id, timeMs, unit, kpi, amount);
                feed.Deals.Add(DealMapping.From(in e, org[unit], kpis[kpi], campaign), timeMs, seq, org[unit], kpis[kpi]);
            }
        }
    }

    private static UInt128 FingerprintOf(OrgTree org, KpiCatalog kpis, Campaign campaign)
    {
        var text = new StringBuilder();
        text.Append(campaign.Id).Append('|').Append(campaign.Start.ToUnixTimeMilliseconds()).Append('|')
            .Append(campaign.End.ToUnixTimeMilliseconds()).Append('|').Append(campaign.TimeZone.Id).Append('|').Append(campaign.DayCount);
        foreach (var unit in org.Units)
        {
            text.Append('\n').Append(unit.Code).Append('<').Append(unit.Parent?.Index ?? -1);
        }

        foreach (var kpi in kpis.All)
        {
            text.Append('\n').Append(kpi.Code).Append(':').Append(kpi.Aggregation);
        }

        return XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
