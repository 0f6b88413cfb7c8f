namespace WarRoom.Core.Kpis;

public sealed class KpiCatalog
{
    private readonly Kpi[] kpis;
    private readonly Dictionary<string, Kpi> byCode;
    private readonly Dictionary<string, Kpi>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public KpiCatalog(IEnumerable<Kpi> kpis)
    {
        this.kpis = [.. kpis];
        for (var i = 0; i < this.kpis.Length; i++)
        {
            this.kpis[i].Index = i;
        }

        byCode = this.kpis.ToDictionary(k => k.Code, StringComparer.Ordinal);
        bySpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<Kpi> All => kpis;

    public int Count => kpis.Length;

    public Kpi this[int index] => kpis[index];

    public bool TryGet(string code, out Kpi kpi) => byCode.TryGetValue(code, out kpi!);

    public bool TryGet(ReadOnlySpan<char> code, out Kpi kpi) => bySpan.TryGetValue(code, out kpi!);

    public Kpi? Find(string? code) => code is not null && byCode.TryGetValue(code, out var k) ? k : null;
}
