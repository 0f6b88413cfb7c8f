using WarRoom.Core.Codes;

namespace WarRoom.Core.Kpis;

public sealed class KpiCatalog
{
    private readonly Kpi[] kpis;
    private readonly Dictionary<string, Kpi> byCode;
    private readonly Dictionary<string, Kpi>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly Utf8CodeIndex<Kpi> byUtf8;

    public KpiCatalog(IEnumerable<Kpi> kpis)
    {
        this.kpis = [.. kpis];
        for (var i = 0; i < this.kpis.Length; i++)
        {
            this.kpis[i].Index = i;
        }

        byCode = this.kpis.ToDictionary(k => k.Code, StringComparer.Ordinal);
        foreach (var k in this.kpis)
        {
            k.Numerator = Find(k.NumeratorCode);
            k.Denominator = Find(k.DenominatorCode);
        }

        bySpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        byUtf8 = new Utf8CodeIndex<Kpi>(this.kpis.Select(k => (k.Code, k)));
    }

    public IReadOnlyList<Kpi> All => kpis;

    public int Count => kpis.Length;

    public Kpi this[int index] => kpis[index];

    public bool TryGet(string code, out Kpi kpi) => byCode.TryGetValue(code, out kpi!);

    public bool TryGet(ReadOnlySpan<char> code, out Kpi kpi) => bySpan.TryGetValue(code, out kpi!);

    public bool TryGetUtf8(ReadOnlySpan<byte> code, out Kpi kpi) => byUtf8.TryGet(code, out kpi);

    public Kpi? Find(string? code) => code is not null && byCode.TryGetValue(code, out var k) ? k : null;
}
