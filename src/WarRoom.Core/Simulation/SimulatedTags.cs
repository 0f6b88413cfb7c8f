using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;

namespace WarRoom.Core.Simulation;

/// <summary>
/// Tags for simulated events, drawn from their own random stream so the untagged traffic stays what it was: most
/// events name a channel (手机银行 ahead of 网点, then 企业微信 and 外呼) and a segment (大众 far ahead of 财富 and
/// 私行); a product only where the KPI is about one (基金销量 → fund). Values the seed does not know are drawn evenly.
/// </summary>
internal sealed class SimulatedTags(DimensionCatalog dimensions, int seed)
{
    private const double TaggedShare = 0.85;

    private static readonly Dictionary<string, int> Weights = new(StringComparer.Ordinal)
    {
        ["branch"] = 35, ["mobile"] = 40, ["wecom"] = 15, ["outbound"] = 10,
        ["mass"] = 70, ["affluent"] = 25, ["private"] = 5,
    };

    private static readonly Dictionary<string, string> ProductOf = new(StringComparer.Ordinal)
    {
        ["deposit_new"] = "deposit", ["deposit_daily_avg"] = "deposit", ["wealth_sales"] = "wealth", ["fund_sales"] = "fund",
        ["insurance_premium"] = "insurance", ["pension_accounts"] = "pension", ["inclusive_loans"] = "loan", ["credit_cards"] = "card",
    };

    private readonly Random random = new(seed ^ 0x5EED);

    public ulong For(Kpi kpi)
    {
        ulong tags = 0;
        foreach (var d in dimensions.All)
        {
            if (d.Code == "product")
            {
                if (ProductOf.TryGetValue(kpi.Code, out var product) && d.TryGet(product, out var p))
                {
                    tags = EventTags.With(tags, d.Index, p.Index);
                }
            }
            else if (random.NextDouble() < TaggedShare)
            {
                tags = EventTags.With(tags, d.Index, Pick(d));
            }
        }

        return tags;
    }

    private int Pick(Dimension d)
    {
        var total = d.Values.Sum(v => Weights.GetValueOrDefault(v.Code, 10));
        var ticket = random.Next(total);
        foreach (var v in d.Values)
        {
            ticket -= Weights.GetValueOrDefault(v.Code, 10);
            if (ticket < 0)
            {
                return v.Index;
            }
        }

        return d.Values.Count - 1;
    }
}
