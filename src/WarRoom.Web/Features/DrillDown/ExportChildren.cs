using System.Globalization;
using System.Text;
using MediatR;
using WarRoom.Core.Seed;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Features.Snapshots.Export;
using WarRoom.Web.Features.Snapshots.Export.Xlsx;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// /units/{code}/children.csv and .xlsx — the table of the same view as a file, audited as an export. The CSV is UTF-8
/// with a BOM, because Excel on a Chinese Windows reads a file without one as GBK and garbles every name; the
/// workbook carries figures as numbers with formats (the snapshot exports' writer).
/// </summary>
public static class ExportChildren
{
    /// <param name="Xlsx">a workbook instead of CSV</param>
    public sealed record Query(Viewer Viewer, string Code, ChildrenView View, bool English, bool Xlsx = false) : IRequest<File>, IReadsAggregates;

    public sealed record File(string FileName, byte[] Content, string ContentType);

    public sealed class Handler(IMediator mediator, IAuditLog audit) : IRequestHandler<Query, File>
    {
        public async Task<File> Handle(Query request, CancellationToken cancellationToken)
        {
            var table = await mediator.Send(new GetChildren.Query(request.Viewer, request.Code, request.View), cancellationToken)
                ?? throw new NotFoundException($"unit '{request.Code}' has no units below it to list");
            var format = request.Xlsx ? "xlsx" : "csv";
            var content = request.Xlsx ? WriteXlsx(table, request.English) : Write(table, request.English);
            await audit.WriteAsync(new AuditEntry(
                TimeProvider.System.GetUtcNow(), request.Viewer.Name, AuditActions.Export, Describe(table, format), true,
                $"{format}, {table.Rows.Count} rows"), cancellationToken);
            var tag = table.View.Tag is { } t ? "-" + t.Replace(':', '-') : string.Empty;
            return new File($"{table.Unit}-{table.Ranking.Level}-{table.Ranking.Metric}-{table.Ranking.Basis}-{table.Ranking.Window}{tag}.{format}", content,
                request.Xlsx ? XlsxExport.ContentType : "text/csv; charset=utf-8");
        }
    }

    private static readonly string[] HeaderZh = ["排名", "名次变化", "代码", "名称", "英文名", "同类组", "数值", "目标", "完成率", "进度差", "综合得分", "预计完成", "同比"];
    private static readonly string[] HeaderEn = ["rank", "rank_change", "code", "name", "name_en", "peer_group", "value", "target", "completion", "pace", "score", "forecast_completion", "last_year_completion"];

    /// <summary>RFC 4180 with CRLF line ends (what Excel writes); figures in invariant culture, ratios as ratios.</summary>
    public static byte[] Write(ChildrenTable table, bool english)
    {
        var text = new StringBuilder();
        Line(text, english ? HeaderEn : HeaderZh);
        foreach (var r in table.Rows)
        {
            Line(text, [
                Num(r.Rank), Num(r.RankChange), r.Unit, r.Name, r.NameEn, r.PeerGroup,
                Num(r.Value), Num(r.Target), Num(r.Completion), Num(r.Pace), Num(r.Score), Num(r.ForecastCompletion), Num(r.LastYearCompletion),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The same columns as the CSV, figures as numbers (ratios as percentages) so the sheet sorts and sums.</summary>
    public static byte[] WriteXlsx(ChildrenTable table, bool english)
    {
        var h = english ? HeaderEn : HeaderZh;
        ExportColumn<RankingRowDto>[] columns =
        [
            new(h[0], CellFormat.Integer, r => r.Rank), new(h[1], CellFormat.SignedInteger, r => r.RankChange),
            new(h[2], CellFormat.Text, r => r.Unit), new(h[3], CellFormat.Text, r => r.Name), new(h[4], CellFormat.Text, r => r.NameEn),
            new(h[5], CellFormat.Text, r => r.PeerGroup), new(h[6], CellFormat.Amount, r => r.Value), new(h[7], CellFormat.Amount, r => r.Target),
            new(h[8], CellFormat.Percent, r => r.Completion), new(h[9], CellFormat.SignedPercent, r => r.Pace), new(h[10], CellFormat.Score, r => r.Score),
            new(h[11], CellFormat.Percent, r => r.ForecastCompletion), new(h[12], CellFormat.Percent, r => r.LastYearCompletion),
        ];
        return XlsxExport.WriteTable(table.Unit, columns, table.Rows);
    }

    private static void Line(StringBuilder text, IEnumerable<string?> fields) =>
        text.Append(string.Join(',', fields.Select(CsvText.Escape))).Append("\r\n");

    private static string? Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The view as its URL, built from the parsed view: the request's own query may hold a ?token=.</summary>
    private static string Describe(ChildrenTable table, string format)
    {
        var query = string.Join("&", table.View.QueryPairs().Where(p => p.Value is not null).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)));
        return $"/units/{table.Unit}/children.{format}" + (query.Length > 0 ? "?" + query : string.Empty);
    }
}
