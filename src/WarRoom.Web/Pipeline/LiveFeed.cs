using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Pipeline.Deals;

namespace WarRoom.Web.Pipeline;

/// <summary>A big deal waiting to be announced, with the moment its batch became durable (Stopwatch ticks).</summary>
public sealed record DealAnnouncement(Deal Deal, OrgUnit BookedOn, long AcceptedAt);

/// <summary>
/// What the live side learns from the ingest pipeline: every durable batch is counted and timed (the push-latency
/// clock starts here), and its big deals are filed for the tickers and queued for <c>dealAnnounced</c>. Restored
/// events fill the tickers but are never announced. Runs on the single writer thread after the aggregates
/// (<see cref="EventObservers"/>), so when <see cref="Batches"/> moves, the aggregates already hold
/// the batch.
/// </summary>
public sealed class LiveFeed : IEventObserver
{
    private const int Remembered = 4096;

    private readonly OrgTree org;
    private readonly KpiCatalog kpis;
    private readonly Campaign campaign;
    private readonly long[] acceptedAt = new long[Remembered];
    private readonly Channel<DealAnnouncement> announcements =
        Channel.CreateBounded<DealAnnouncement>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    // The same deals for WeCom's 喜报, read by their own consumer so that a slow webhook never holds up the screens.
    private readonly Channel<DealAnnouncement> outbound =
        Channel.CreateBounded<DealAnnouncement>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private long batches;
    private long lastDealAt;

    private readonly ILogger<LiveFeed> logger;

    public LiveFeed(OrgTree org, KpiCatalog kpis, Campaign campaign, IOptions<DealOptions> options, ILogger<LiveFeed> logger)
    {
        this.logger = logger;
        this.org = org;
        this.kpis = kpis;
        this.campaign = campaign;
        Deals = new DealBook(kpis, options.Value.DealsKept);
    }

    public DealBook Deals { get; }

    /// <summary>Durable batches seen since start; part of every payload's stamp.</summary>
    public long Batches => Volatile.Read(ref batches);

    public ChannelReader<DealAnnouncement> Announcements => announcements.Reader;

    /// <summary>When the latest big deal was taken, accepted here or replicated (Stopwatch ticks; 0 before any).</summary>
    public long LastDealAt => Volatile.Read(ref lastDealAt);

    /// <summary>Every big deal accepted live (never a restored one), for the group bots.</summary>
    public ChannelReader<DealAnnouncement> OutboundDeals => outbound.Reader;

    /// <summary>When batch number <paramref name="batch"/> (1-based) became durable; the oldest remembered if it is long gone.</summary>
    public long AcceptedAt(long batch)
    {
        var latest = Batches;
        var first = Math.Max(1, Math.Max(batch, latest - Remembered + 1));
        return first > latest ? Stopwatch.GetTimestamp() : Volatile.Read(ref acceptedAt[first % Remembered]);
    }

    public void Restore(in EventRecord e)
    {
        var kpi = kpis[e.Kpi];
        if (DealMapping.IsBigDeal(kpi, e.Value))
        {
            var unit = org[e.Unit];
            Deals.Add(DealMapping.From(in e, unit, kpi, campaign), e.TimeMs, e.Seq, unit, kpi);
        }
    }

    public void Restored()
    {
    }

    public void Accepted(ReadOnlySpan<EventRecord> batch) => Take(batch, announce: true);

    /// <summary>Another node's batch: its deals fill the tickers, but their 喜报 went out from that node over the backplane.</summary>
    public void Replicated(ReadOnlySpan<EventRecord> batch) => Take(batch, announce: false);

    private void Take(ReadOnlySpan<EventRecord> batch, bool announce)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (ref readonly var e in batch)
        {
            var kpi = kpis[e.Kpi];
            if (!DealMapping.IsBigDeal(kpi, e.Value))
            {
                continue;
            }

            try
            {
                var unit = org[e.Unit];
                var deal = DealMapping.From(in e, unit, kpi, campaign);
                Deals.Add(deal, e.TimeMs, e.Seq, unit, kpi);
                Volatile.Write(ref lastDealAt, now);
                if (!announce)
                {
                    continue;
                }

                var announcement = new DealAnnouncement(deal, unit, now);
                announcements.Writer.TryWrite(announcement);
                outbound.Writer.TryWrite(announcement);
            }
            catch (Exception ex)
            {
                // This runs on the ingest writer after the batch is durable: a screen missing a 喜报 is better than
                // the writer stopping for everyone.
                logger.LogError(ex, "Could not announce big deal {Id}", e.Id);
            }
        }

        var number = batches + 1;
        Volatile.Write(ref acceptedAt[number % Remembered], now);
        Volatile.Write(ref batches, number);
    }
}
