using System.Globalization;
using Microsoft.Data.Sqlite;
using WarRoom.Web.Infrastructure.HostFiles;

namespace WarRoom.Web.Features.Notify.Outbox;

/// <summary>
/// The durable outbox, <c>outbox.db</c> under the data directory. A message is queued once per id (INSERT OR IGNORE);
/// it is marked <c>sending</c> on disk before the webhook is called, so a crash in that moment leaves a trace: such a
/// message is marked failed at the next start instead of being sent again (WeCom has no idempotency key, and the
/// contract is at most once per id). Times are wall-clock UTC.
/// </summary>
public sealed class OutboxStore(string path)
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, bot TEXT NOT NULL, kind TEXT NOT NULL,
            unit TEXT NOT NULL, content TEXT NOT NULL, created_at TEXT NOT NULL, due_at TEXT NOT NULL, sent_at TEXT,
            status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT);
        CREATE INDEX IF NOT EXISTS outbox_bot_status ON outbox (bot, status, seq);
        CREATE TABLE IF NOT EXISTS alert_state (bot TEXT NOT NULL, key TEXT NOT NULL, since TEXT NOT NULL, PRIMARY KEY (bot, key));
        """;

    private const string Columns = "id, bot, kind, unit, content, created_at, due_at, sent_at, status, attempts, last_error, seq";

    private readonly HostDatabase db = new(path, Ddl, 1);
    private readonly Lock writeLock = new();

    public string Path => db.Path;

    /// <summary>Queues the messages in order in one transaction; returns how many were new.</summary>
    public int Enqueue(IEnumerable<OutboxMessage> messages)
    {
        lock (writeLock)
        {
            using var connection = db.Open(write: true);
            using var tx = connection.BeginTransaction(deferred: false);
            var added = 0;
            foreach (var m in messages)
            {
                added += HostDatabase.Execute(connection, tx, $"""
                    INSERT OR IGNORE INTO outbox (id, bot, kind, unit, content, created_at, due_at, status)
                    VALUES ($id, $bot, $kind, $unit, $content, $created, $due, '{OutboxStatus.Pending}')
                    """, ("$id", m.Id), ("$bot", m.Bot), ("$kind", m.Kind), ("$unit", m.Unit), ("$content", m.Content),
                    ("$created", Iso(m.CreatedAt)), ("$due", Iso(m.DueAt)));
            }

            tx.Commit();
            return added;
        }
    }

    /// <summary>The bot's oldest unsent message (FIFO: the parts of one message go out in order, late or not).</summary>
    public OutboxMessage? NextPending(string bot) =>
        Query($"SELECT {Columns} FROM outbox WHERE bot = $bot AND status = '{OutboxStatus.Pending}' ORDER BY seq LIMIT 1", ("$bot", bot)).FirstOrDefault();

    public void MarkSending(long seq) =>
        Write($"UPDATE outbox SET status = '{OutboxStatus.Sending}', attempts = attempts + 1 WHERE seq = $seq", ("$seq", seq));

    public void MarkSent(long seq, DateTimeOffset at) =>
        Write($"UPDATE outbox SET status = '{OutboxStatus.Sent}', sent_at = $at, last_error = NULL WHERE seq = $seq", ("$seq", seq), ("$at", Iso(at)));

    public void MarkFailed(long seq, string error) =>
        Write($"UPDATE outbox SET status = '{OutboxStatus.Failed}', last_error = $error WHERE seq = $seq", ("$seq", seq), ("$error", error));

    /// <summary>Back to pending, due again at <paramref name="due"/> (45009, a timeout, a 5xx).</summary>
    public void Retry(long seq, DateTimeOffset due, string error) =>
        Write($"UPDATE outbox SET status = '{OutboxStatus.Pending}', due_at = $due, last_error = $error WHERE seq = $seq",
            ("$seq", seq), ("$due", Iso(due)), ("$error", error));

    /// <summary>At start: messages caught mid-call by a crash are failed, not resent (they may have arrived).</summary>
    public int FailInterrupted(DateTimeOffset now) =>
        Write($"UPDATE outbox SET status = '{OutboxStatus.Failed}', last_error = $error WHERE status = '{OutboxStatus.Sending}'",
            ("$error", $"interrupted while being sent (restart at {Iso(now)}); not sent again because WeCom may have received it"));

    /// <summary>When the bot's messages were sent since <paramref name="since"/>: the per-minute window survives a restart.</summary>
    public IReadOnlyList<DateTimeOffset> SentSince(string bot, DateTimeOffset since) =>
        [.. Query($"SELECT {Columns} FROM outbox WHERE bot = $bot AND sent_at >= $since", ("$bot", bot), ("$since", Iso(since))).Select(m => m.SentAt!.Value)];

    /// <summary>Newest first, at most <paramref name="limit"/>, optionally one status and the units a caller may see.</summary>
    public IReadOnlyList<OutboxMessage> List(string? status, Func<string, bool> unitVisible, int limit)
    {
        var rows = status is null
            ? Query($"SELECT {Columns} FROM outbox ORDER BY seq DESC")
            : Query($"SELECT {Columns} FROM outbox WHERE status = $status ORDER BY seq DESC", ("$status", status));
        return [.. rows.Where(r => unitVisible(r.Unit)).Take(limit)];
    }

    /// <summary>Records a crossing as alerted; false when it already was (the alert is then not sent again).</summary>
    public bool TryMarkAlerted(string bot, string key, DateTimeOffset since) =>
        Write("INSERT OR IGNORE INTO alert_state (bot, key, since) VALUES ($bot, $key, $since)", ("$bot", bot), ("$key", key), ("$since", Iso(since))) == 1;

    public IReadOnlyList<string> Alerted(string bot)
    {
        using var connection = db.Open();
        using var command = HostDatabase.Command(connection, null, "SELECT key FROM alert_state WHERE bot = $bot", ("$bot", bot));
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>A crossing that no longer stands is forgotten, so crossing again alerts again.</summary>
    public void ClearAlerted(string bot, string key) =>
        Write("DELETE FROM alert_state WHERE bot = $bot AND key = $key", ("$bot", bot), ("$key", key));

    private int Write(string sql, params (string, object?)[] parameters)
    {
        lock (writeLock)
        {
            using var connection = db.Open(write: true);
            return HostDatabase.Execute(connection, null, sql, parameters);
        }
    }

    private List<OutboxMessage> Query(string sql, params (string, object?)[] parameters)
    {
        using var connection = db.Open();
        using var command = HostDatabase.Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<OutboxMessage>();
        while (reader.Read())
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    private static OutboxMessage Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Parse(r.GetString(5)), Parse(r.GetString(6)),
        r.IsDBNull(7) ? null : Parse(r.GetString(7)), r.GetString(8), r.GetInt32(9), r.IsDBNull(10) ? null : r.GetString(10), r.GetInt64(11));

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
