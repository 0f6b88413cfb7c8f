using System.Globalization;
using System.Text;
using MediatR;
using WarRoom.Core.Seed;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// /units/{code}/children.csv — the table of the same view as a file, audited as an export. UTF-8 with a BOM, because
/// Excel on a Chinese Windows reads a file without one as GBK and garbles every name.
/// </summary>
public static class ExportChildren
{
    public sealed record Query(Viewer Viewer, string Code, ChildrenView View, bool English) : IRequest<File>, IReadsAggregates;

    public sealed record File(string FileName, byte[] Content);

    public sealed class Handler(IMediator mediator, IAuditLog audit) : IRequestHandler<Query, File>
    {
        public async Task<File> Handle(Query request, CancellationToken cancellationToken)
        {
            var table = await mediator.Send(new GetChildren.Query(request.Viewer, request.Code, request.View), cancellationToken)
                ?? throw new NotFoundException($"unit '{request.Code}' has no units below it to list");
            var content = Write(table, request.English);
            await audit.WriteAsync(new AuditEntry(
                TimeProvider.System.GetUtcNow(), request.Viewer.Name, AuditActions.Export, Describe(table), true,
                $"csv, {table.Rows.Count} rows"), cancellationToken);
            return new File($"{table.Unit}-{table.Ranking.Level}-{table.Ranking.Metric}-{table.Ranking.Basis}-{table.Ranking.Window}.csv", content);
        }
    }

    private static readonly string[] HeaderZh = ["排名", "名次变化", "代码", "名称", "英文名", "同类组", "数值", "目标", "完成率", "进度差", "综合得分"];
    private static readonly string[] HeaderEn = ["rank", "rank_change", "code", "name", "name_en", "peer_group", "value", "target", "completion", "pace", "score"];

    /// <summary>RFC 4180 with CRLF line ends (what Excel writes); figures in invariant culture, ratios as ratios.</summary>
    public static byte[] Write(ChildrenTable table, bool english)
    {
        var text = new StringBuilder();
        Line(text, english ? HeaderEn : HeaderZh);
        foreach (var r in table.Rows)
        {
            Line(text, [
                Num(r.Rank), Num(r.RankChange), r.Unit, r.Name, r.NameEn, r.PeerGroup,
                Num(r.Value), Num(r.Target), Num(r.Completion), Num(r.Pace), Num(r.Score),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string?> fields) =>
        text.Append(string.Join(',', fields.Select(CsvText.Escape))).Append("\r\n");

    private static string? Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The view as its URL, built from the parsed view: the request's own query may hold a ?token=.</summary>
    private static string Describe(ChildrenTable table)
    {
        var query = string.Join("&", table.View.QueryPairs().Where(p => p.Value is not null).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)));
        return $"/units/{table.Unit}/children.csv" + (query.Length > 0 ? "?" + query : string.Empty);
    }
}
