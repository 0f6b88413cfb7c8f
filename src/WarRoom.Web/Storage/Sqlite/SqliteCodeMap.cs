using Microsoft.Data.Sqlite;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>
/// Maps org units and KPIs to the small integer ids the event rows store, both ways. Ids are assigned once per
/// code and never reused, so rows stay valid when the seed data adds, moves or drops units.
/// </summary>
internal sealed class SqliteCodeMap
{
    private readonly string[] unitCodeById;
    private readonly int[] treeIndexByUnitId;
    private readonly int[] kpiIndexById;

    private SqliteCodeMap(OrgTree org, KpiCatalog kpis, Dictionary<string, long> units, Dictionary<string, long> kpiIds)
    {
        UnitId = new long[org.Count];
        BranchId = new long?[org.Count];
        SubBranchId = new long?[org.Count];
        for (var i = 0; i < org.Count; i++)
        {
            var unit = org[i];
            UnitId[i] = units[unit.Code];
            BranchId[i] = OrgTree.AncestorAt(unit, org.Levels[1]) is { } b ? units[b.Code] : null;
            SubBranchId[i] = OrgTree.AncestorAt(unit, org.Levels.Outlet) is { } s ? units[s.Code] : null;
        }

        unitCodeById = new string[units.Values.Max() + 1];
        treeIndexByUnitId = new int[unitCodeById.Length];
        Array.Fill(treeIndexByUnitId, -1);
        foreach (var (code, id) in units)
        {
            unitCodeById[id] = code;
            treeIndexByUnitId[id] = org.TryGet(code, out var unit) ? unit.Index : -1;
        }

        KpiId = [.. kpis.All.Select(k => kpiIds[k.Code])];
        kpiIndexById = new int[kpiIds.Count == 0 ? 1 : kpiIds.Values.Max() + 1];
        Array.Fill(kpiIndexById, -1);
        foreach (var (code, id) in kpiIds)
        {
            kpiIndexById[id] = kpis.TryGet(code, out var kpi) ? kpi.Index : -1;
        }
    }

    /// <summary>Storage id of each unit, by tree index.</summary>
    public long[] UnitId { get; }

    /// <summary>Storage id of the branch (first level below HQ) at or above each unit (null for HQ), by tree index.</summary>
    public long?[] BranchId { get; }

    /// <summary>Storage id of the sub-branch (the managers' parent level) at or above each unit (null above), by tree index.</summary>
    public long?[] SubBranchId { get; }

    /// <summary>Storage id of each KPI, by catalogue index.</summary>
    public long[] KpiId { get; }

    public string UnitCode(long id) => id >= 0 && id < unitCodeById.Length ? unitCodeById[id] : "";

    /// <summary>Tree index of a stored unit id, or -1 when the seed data no longer has that unit.</summary>
    public int TreeIndex(long unitId) => unitId >= 0 && unitId < treeIndexByUnitId.Length ? treeIndexByUnitId[unitId] : -1;

    /// <summary>Catalogue index of a stored KPI id, or -1 when the catalogue no longer has that KPI.</summary>
    public int KpiIndex(long kpiId) => kpiId >= 0 && kpiId < kpiIndexById.Length ? kpiIndexById[kpiId] : -1;

    /// <summary>Registers the codes of the current seed data and loads every id.</summary>
    public static SqliteCodeMap Load(SqliteConnection connection, OrgTree org, KpiCatalog kpis)
    {
        using (var tx = connection.BeginTransaction())
        {
            Register(connection, tx, "unit_code", org.Units.Select(u => u.Code));
            Register(connection, tx, "kpi_code", kpis.All.Select(k => k.Code));
            tx.Commit();
        }

        return new SqliteCodeMap(org, kpis, ReadAll(connection, "unit_code"), ReadAll(connection, "kpi_code"));
    }

    private static void Register(SqliteConnection connection, SqliteTransaction tx, string table, IEnumerable<string> codes)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO {table} (code) VALUES ($code) ON CONFLICT DO NOTHING";
        var code = command.Parameters.Add("$code", SqliteType.Text);
        foreach (var c in codes)
        {
            code.Value = c;
            command.ExecuteNonQuery();
        }
    }

    private static Dictionary<string, long> ReadAll(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, code FROM {table}";
        using var reader = command.ExecuteReader();
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            map[reader.GetString(1)] = reader.GetInt64(0);
        }

        return map;
    }
}
