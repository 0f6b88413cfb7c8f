using System.Globalization;
using Microsoft.Data.Sqlite;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>
/// Which ids the events table holds, through the unique index on <c>id</c>: one probe of the index per id, a few
/// pages each, whatever the event's time, unit or KPI (decision 0022). Ids go in groups of bound parameters, well
/// under SQLite's limit on variables per statement.
/// </summary>
internal static class SqliteStoredIds
{
    private const int PerStatement = 500;

    public static IReadOnlySet<string> Find(SqliteConnection connection, IReadOnlyList<StoredIdQuery> ids, CancellationToken ct)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < ids.Count; start += PerStatement)
        {
            ct.ThrowIfCancellationRequested();
            var count = Math.Min(PerStatement, ids.Count - start);
            using var command = connection.CreateCommand();
            var names = new string[count];
            for (var i = 0; i < count; i++)
            {
                names[i] = "$i" + i.ToString(CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(names[i], ids[start + i].Id);
            }

            command.CommandText = $"SELECT id FROM kpi_event WHERE id IN ({string.Join(", ", names)})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add(reader.GetString(0));
            }
        }

        return found;
    }
}
