using System.Text.Json;

namespace WarRoom.Web.Infrastructure.Audit;

/// <summary>
/// Audit entries as JSON lines in <c>audit.log</c> beside the data (one flushed line per entry: grep-able, and an
/// operator can ship it to the bank's log system as it is).
/// </summary>
public sealed class JsonLinesAuditLog(string path, ILogger<JsonLinesAuditLog> logger) : IAuditLog
{
    // Relaxed escaping: the file is read by people and grep, never embedded in a page, so 北京 and & stay as they are.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task WriteAsync(AuditEntry entry, CancellationToken ct = default)
    {
        var line = JsonSerializer.Serialize(entry, Json) + "\n";
        await gate.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line), ct);
            await file.FlushAsync(ct);
        }
        finally
        {
            gate.Release();
        }

        logger.LogInformation("audit {Action} {Target} by {Actor}: {Outcome}", entry.Action, entry.Target, entry.Actor, entry.Succeeded ? "ok" : "failed");
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int count, CancellationToken ct = default)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var lines = await File.ReadAllLinesAsync(path, ct);
        return [.. lines.TakeLast(count).Select(l => JsonSerializer.Deserialize<AuditEntry>(l, Json)!)];
    }
}
