using System.Globalization;
using System.Text;
using WarRoom.Core.Seed;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Infrastructure;

namespace WarRoom.Web.Features.History;

/// <summary>
/// <c>import-history --campaign ID [--seed-data DIR] [--folder DIR] FILE.csv</c>: a bank's own history of a past
/// campaign (seed-data/history/ID defines it) in the events CSV format. Every row is checked as ingest checks it but
/// against that campaign's window; the rows taken are written to FOLDER/ID/ (default <c>history</c>, the server's
/// <c>WarRoom:History:Folder</c>) and replace the generated sample at the next start. History never reaches the
/// current campaign's store or aggregates. Exit 0 when the file was read (rejected rows listed), 1 when it was
/// refused whole, 2 on a usage error.
/// </summary>
public static class ImportHistoryCommand
{
    public const string Name = "import-history";

    private const string Usage = "usage: import-history --campaign ID [--seed-data DIR] [--folder DIR] FILE.csv";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var (campaignId, seedDir, folder, file) = (Option(args, "--campaign"), Option(args, "--seed-data"), Option(args, "--folder") ?? "history", args.Length > 1 && !args[^1].StartsWith("--", StringComparison.Ordinal) && args[^2] is not ("--campaign" or "--seed-data" or "--folder") ? args[^1] : null);
        if (campaignId is null || file is null)
        {
            error.WriteLine(Usage);
            return 2;
        }

        var seedFolder = RepositoryPaths.Resolve(seedDir, "seed-data", "--seed-data");
        var seed = SeedLoader.Load(new Infrastructure.Seed.FileSeedSource(seedFolder));
        var past = LastYearLoader.PastCampaigns(seedFolder, seed).FirstOrDefault(c => c.Id == campaignId);
        if (past is null)
        {
            error.WriteLine($"{Name}: no past campaign '{campaignId}' in {Path.Combine(seedFolder, "history")}");
            return 2;
        }

        if (!File.Exists(file))
        {
            error.WriteLine($"{Name}: no file {file}");
            return 2;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var earlier in HistoryFiles.Of(folder, past))
        {
            HistoryFiles.Check(File.ReadAllBytes(earlier), seed, past, seen, 1);
        }

        HistoryFiles.Result result;
        try
        {
            result = HistoryFiles.Check(File.ReadAllBytes(file), seed, past, seen, 1);
        }
        catch (BodyProblemException e)
        {
            error.WriteLine($"{Name}: {file} refused: {e.Message}");
            return 1;
        }

        foreach (var rejected in result.Rejected)
        {
            output.WriteLine($"rejected {rejected}");
        }

        if (result.Accepted.Count > 0)
        {
            Write(Path.Combine(folder, past.Id), Path.GetFileNameWithoutExtension(file), result, seed);
        }

        output.WriteLine($"{Name}: {past.Name} — accepted {result.Accepted.Count}, duplicates {result.Duplicates}, rejected {result.Rejected.Count}");
        return 0;
    }

    private static void Write(string dir, string name, HistoryFiles.Result result, SeedData seed)
    {
        Directory.CreateDirectory(dir);
        var text = new StringBuilder("id,time,unit,kpi,value\n");
        foreach (var e in result.Accepted)
        {
            text.Append(CsvText.Escape(e.Id)).Append(',')
                .Append(DateTimeOffset.FromUnixTimeMilliseconds(e.TimeMs).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture)).Append(',')
                .Append(CsvText.Escape(seed.Org[e.Unit].Code)).Append(',').Append(CsvText.Escape(seed.Kpis[e.Kpi].Code)).Append(',')
                .Append(e.Value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        // Written aside and moved in, so a server starting meanwhile reads the whole file or none of it.
        var path = Path.Combine(dir, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{name}.csv");
        File.WriteAllText(path + ".tmp", text.ToString(), new UTF8Encoding(false));
        File.Move(path + ".tmp", path);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
