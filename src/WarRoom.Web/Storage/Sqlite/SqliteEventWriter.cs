using Microsoft.Data.Sqlite;
using WarRoom.Core.Events;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>
/// Inserts batches through one prepared statement, one transaction (and so one fsync) per batch. Not thread-safe:
/// the store serialises writers.
/// </summary>
internal sealed class SqliteEventWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCodeMap codes;
    private readonly SqliteCommand insert;
    private readonly SqliteParameter seq, id, time, kpi, branch, subbranch, unit, value;

    // Parameter values are objects; boxing the few thousand ids once keeps the per-row path free of them.
    private readonly object[] kpiValues, unitValues, branchValues, subBranchValues;

    public SqliteEventWriter(SqliteConnection connection, SqliteCodeMap codes)
    {
        this.connection = connection;
        this.codes = codes;
        insert = connection.CreateCommand();

        // A replayed Seq (primary key) or a known id (unique) is ignored: the first copy stays.
        insert.CommandText = """
            INSERT INTO kpi_event (seq, id, time_ms, kpi, branch, subbranch, unit, value)
            VALUES ($seq, $id, $time, $kpi, $branch, $subbranch, $unit, $value)
            ON CONFLICT DO NOTHING
            """;
        seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        id = insert.Parameters.Add("$id", SqliteType.Text);
        time = insert.Parameters.Add("$time", SqliteType.Integer);
        kpi = insert.Parameters.Add("$kpi", SqliteType.Integer);
        branch = insert.Parameters.Add("$branch", SqliteType.Integer);
        subbranch = insert.Parameters.Add("$subbranch", SqliteType.Integer);
        unit = insert.Parameters.Add("$unit", SqliteType.Integer);
        value = insert.Parameters.Add("$value", SqliteType.Real);
        kpiValues = [.. codes.KpiId.Select(v => (object)v)];
        unitValues = [.. codes.UnitId.Select(v => (object)v)];
        branchValues = [.. codes.BranchId.Select(v => (object?)v ?? DBNull.Value)];
        subBranchValues = [.. codes.SubBranchId.Select(v => (object?)v ?? DBNull.Value)];
    }

    public void Write(IReadOnlyList<EventRecord> batch, CancellationToken ct)
    {
        using var tx = connection.BeginTransaction();
        insert.Transaction = tx;
        insert.Prepare();
        for (var i = 0; i < batch.Count; i++)
        {
            var e = batch[i];
            if ((uint)e.Unit >= (uint)codes.UnitId.Length || (uint)e.Kpi >= (uint)codes.KpiId.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(batch), $"event {e.Id} names unit #{e.Unit} / KPI #{e.Kpi}, unknown to the seed data");
            }

            if ((i & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            seq.Value = e.Seq;
            id.Value = e.Id;
            time.Value = e.TimeMs;
            kpi.Value = kpiValues[e.Kpi];
            branch.Value = branchValues[e.Unit];
            subbranch.Value = subBranchValues[e.Unit];
            unit.Value = unitValues[e.Unit];
            value.Value = e.Value;
            insert.ExecuteNonQuery();
        }

        tx.Commit();
    }

    public void Dispose() => insert.Dispose();
}
