using WarRoom.Core.Seed;

namespace WarRoom.SeedGeneration.Tests;

/// <summary>One row of a generated org-units.csv, read back with the project's CSV reader.</summary>
internal sealed record GeneratedUnitRow(int Line, string Code, string Name, string NameEn, string Level, string Parent, string PeerGroup)
{
    public static List<GeneratedUnitRow> Read(IReadOnlyDictionary<string, string> files) =>
        [.. CsvText.Read(files[SeedFileNames.OrgUnits]).Skip(1).Select(r => new GeneratedUnitRow(r.Line, r.Fields[0], r.Fields[1], r.Fields[2], r.Fields[3], r.Fields[4], r.Fields[5]))];
}
