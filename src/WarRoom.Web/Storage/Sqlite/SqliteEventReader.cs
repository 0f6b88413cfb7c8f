using Microsoft.Data.Sqlite;
using SQLitePCL;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>
/// Streams every event row in Seq order through SQLitePCL's raw API: at start-up this runs over every event ever
/// accepted, and SqliteDataReader's per-column checks cost about a third of the time of a bare step loop.
/// </summary>
internal static class SqliteEventReader
{
    /// <summary>Hands every event numbered <paramref name="fromSeq"/> or above to <paramref name="sink"/>; returns how many rows it had to skip because their
    /// unit or KPI is no longer in the seed data.</summary>
    public static long ReadFrom(SqliteConnection connection, SqliteCodeMap codes, DimensionCatalog dimensions, long fromSeq, Action<EventRecord> sink, CancellationToken ct)
    {
        var db = connection.Handle!;
        var select = "SELECT seq, id, time_ms, kpi, unit, value" + string.Concat(dimensions.All.Select(d => $", \"{SqliteSchema.TagColumn(d)}\"")) + " FROM kpi_event WHERE seq >= ?1";
        Check(raw.sqlite3_prepare_v2(db, select, out var statement), connection);
        using (statement)
        {
            Check(raw.sqlite3_bind_int64(statement, 1, fromSeq), connection);
            long read = 0, skipped = 0;
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if ((++read & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var kpi = codes.KpiIndex(raw.sqlite3_column_int64(statement, 3));
                var unit = codes.TreeIndex(raw.sqlite3_column_int64(statement, 4));
                if (kpi < 0 || unit < 0)
                {
                    skipped++;
                    continue;
                }

                var id = raw.sqlite3_column_text(statement, 1).utf8_to_string();
                sink(new EventRecord(raw.sqlite3_column_int64(statement, 0), id, raw.sqlite3_column_int64(statement, 2),
                    unit, kpi, raw.sqlite3_column_double(statement, 5), dimensions.Count == 0 ? 0 : Tags(statement, dimensions)));
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(rc, connection);
            }

            return skipped;
        }
    }

    /// <summary>The row's tag columns packed; NULL or a value no longer declared is no tag.</summary>
    private static ulong Tags(sqlite3_stmt statement, DimensionCatalog dimensions)
    {
        ulong tags = 0;
        for (var d = 0; d < dimensions.Count; d++)
        {
            if (raw.sqlite3_column_type(statement, 6 + d) != raw.SQLITE_NULL
                && dimensions[d].TryGet(raw.sqlite3_column_text(statement, 6 + d).utf8_to_string(), out var v))
            {
                tags = EventTags.With(tags, d, v.Index);
            }
        }

        return tags;
    }

    private static void Check(int rc, SqliteConnection connection)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }
}
