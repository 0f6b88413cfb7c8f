using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    private History.PastCampaign? lastYear;

    /// <summary>
    /// The previous campaign for 同比, once its history is loaded (null before, or where none is): over the same org
    /// tree and catalogue.
    /// </summary>
    public History.PastCampaign? LastYear
    {
        get => Volatile.Read(ref lastYear);
        set
        {
            if (value is not null && (!ReferenceEquals(value.Aggregates.Tree, aggregates.Tree) || !ReferenceEquals(value.Aggregates.Catalog, aggregates.Catalog)))
            {
                throw new ArgumentException("last year's campaign must use this campaign's org tree and KPI catalogue", nameof(value));
            }

            Volatile.Write(ref lastYear, value);
        }
    }

    /// <summary>Each row's 同比 completion over the previous campaign's days matching <paramref name="days"/>.</summary>
    private void AddLastYear(RankingItem[] items, Kpi? kpi, DayRange days)
    {
        if (LastYear is not { } past)
        {
            return;
        }

        for (var i = 0; i < items.Length; i++)
        {
            items[i] = items[i] with { LastYearCompletion = past.Figure(items[i].Unit.Index, kpi?.Index, days).Completion };
        }
    }
}
