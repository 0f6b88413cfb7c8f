using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;
using WarRoom.Web.Features.Ingest.Parsing;

namespace WarRoom.Web.Features.History;

/// <summary>
/// A past campaign's history files: the events CSV format (<c>id,time,unit,kpi,value</c>), every row checked as
/// ingest checks it but against that campaign's window, an id seen before (in any of its files) a duplicate.
/// </summary>
public static class HistoryFiles
{
    /// <summary>Rows one history file may hold (a whole campaign of a large bank).</summary>
    public const int MaxEvents = 50_000_000;

    public sealed record Result(List<EventRecord> Accepted, int Duplicates, List<string> Rejected);

    /// <summary>
    /// Checks <paramref name="csv"/> against <paramref name="past"/> and the ids in <paramref name="seen"/> (which
    /// it extends); seqs continue from <paramref name="firstSeq"/>. Throws <see cref="BodyProblemException"/> for a
    /// file refused whole (bad header, unterminated quote, not UTF-8).
    /// </summary>
    public static Result Check(ReadOnlySpan<byte> csv, SeedData seed, Campaign past, HashSet<string> seen, long firstSeq)
    {
        // The window's end stands for "now": every instant of a past campaign is history, none is in the future.
        var checks = new EventChecks(seed.Org, seed.Kpis, past, past.End, TimeSpan.Zero);
        var rows = CsvEventReader.Read(csv, checks, MaxEvents);
        var result = new Result([], 0, []);
        var duplicates = 0;
        foreach (var row in rows.ToArray())
        {
            if (!row.IsValid)
            {
                result.Rejected.Add(row.Error!);
            }
            else if (!seen.Add(row.Id!))
            {
                duplicates++;
            }
            else
            {
                result.Accepted.Add(new EventRecord(firstSeq + result.Accepted.Count, row.Id!, row.TimeMs, row.Unit, row.Kpi, row.Value));
            }
        }

        EventLists.Return(rows);
        return result with { Duplicates = duplicates };
    }

    /// <summary>Every history file of <paramref name="past"/> under <paramref name="folder"/>, oldest name first.</summary>
    public static IEnumerable<string> Of(string folder, Campaign past)
    {
        var dir = Path.Combine(folder, past.Id);
        return Directory.Exists(dir) ? Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal) : [];
    }

    /// <summary>Reads every file of <paramref name="past"/>; rows rejected there were rejected at import and stay out.</summary>
    public static (List<EventRecord> Events, int Files) ReadAll(string folder, SeedData seed, Campaign past)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<EventRecord>();
        var files = 0;
        foreach (var file in Of(folder, past))
        {
            events.AddRange(Check(File.ReadAllBytes(file), seed, past, seen, events.Count + 1).Accepted);
            files++;
        }

        return (events, files);
    }
}
