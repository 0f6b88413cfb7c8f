namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    /// <summary>
    /// Saves or loads the primary state — every KPI column, the last event times, the day journal, the counters —
    /// through <paramref name="channel"/> (a checkpoint, decision 0023). The composite scores are recomputed from
    /// the totals after a load and the as-of cuts, end-of-day closes and change log start empty: they are derived, so a change to how
    /// they are kept does not change the format. Saving takes the read lock (the caller holds the single writer
    /// still, so the state is one instant); loading the write lock, on fresh aggregates only.
    /// </summary>
    public void ExchangeState(IStateChannel channel) => ExchangeState(channel, replacing: false);

    /// <param name="replacing">
    /// Loading over a load that broke off or failed its checksum (found only at the file's end: one pass), before
    /// anything read the state: the fresh-only check is skipped, and every field is replaced as in any load.
    /// </param>
    public void ExchangeState(IStateChannel channel, bool replacing)
    {
        if (channel.IsLoading)
        {
            gate.EnterWriteLock();
        }
        else
        {
            gate.EnterReadLock();
        }

        try
        {
            if (journal is null)
            {
                throw new InvalidOperationException("aggregates of whole days (a past campaign for 同比) are rebuilt from their history, not checkpointed");
            }

            if (channel.IsLoading && !replacing && (applied != 0 || journal.Count != 0))
            {
                throw new InvalidOperationException("a checkpoint loads into fresh aggregates only");
            }

            Walk(channel);
            if (channel.IsLoading)
            {
                // Scores are derived: every unit's, from the loaded totals, as the live rescore reads them.
                rescoreAll = true;
                RescoreDirty();
                cuts.Clear();
                lock (closes)
                {
                    closes.Clear();
                }
            }
        }
        finally
        {
            if (channel.IsLoading)
            {
                gate.ExitWriteLock();
            }
            else
            {
                gate.ExitReadLock();
            }
        }
    }

    private void Walk(IStateChannel channel)
    {
        channel.Expect(parent.Length, "units");
        channel.Expect(days.Count, "days");
        channel.Expect(columns.Length, "KPIs");
        applied = channel.Number(applied);
        superseded = channel.Number(superseded);
        outsideCampaign = channel.Number(outsideCampaign);
        invalid = channel.Number(invalid);
        maxDataDay = (int)channel.Number(maxDataDay);
        version = channel.Number(version);
        channel.Block<long>(lastEventMs);
        channel.Block<int>(lastMsOfDay);
        channel.Block<long>(dayVersion);
        foreach (var column in columns)
        {
            column.Exchange(channel);
        }

        journal!.Exchange(channel);
        ExchangeTags(channel);
    }
}
