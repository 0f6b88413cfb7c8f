using System.Globalization;
using Microsoft.Extensions.Options;
using WarRoom.Web.Infrastructure;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// The checkpoint folder: files named by the seq they cover up to, so the newest sorts last; a file is written under
/// a temporary name and renamed once durable, so a crash mid-write leaves a stray temporary file and the older
/// checkpoints untouched. Keeps the newest <see cref="CheckpointOptions.Keep"/>.
/// </summary>
public sealed class CheckpointFiles(IOptions<CheckpointOptions> options, IOptions<WarRoomOptions> host)
{
    private const string Extension = ".wrc";
    private const string Temporary = ".tmp";

    public string Directory { get; } = options.Value.DirectoryUnder(host.Value.DataDirectory);

    public string TemporaryFor(long nextSeq) => Path.Combine(Directory, Name(nextSeq) + Temporary);

    /// <summary>Makes the temporary file durable, names it, and deletes older checkpoints beyond the kept number.</summary>
    public string Commit(string temporary)
    {
        var final = temporary[..^Temporary.Length];
        CheckpointFile.Commit(temporary, final);
        foreach (var old in NewestFirst().Skip(options.Value.Keep))
        {
            File.Delete(old);
        }

        foreach (var stray in System.IO.Directory.EnumerateFiles(Directory, "*" + Extension + Temporary))
        {
            File.Delete(stray);
        }

        return final;
    }

    /// <summary>Every checkpoint file, newest first.</summary>
    public IReadOnlyList<string> NewestFirst() => !System.IO.Directory.Exists(Directory)
        ? []
        : [.. System.IO.Directory.EnumerateFiles(Directory, "checkpoint-*" + Extension).OrderDescending(StringComparer.Ordinal)];

    private static string Name(long nextSeq) => "checkpoint-" + nextSeq.ToString("D19", CultureInfo.InvariantCulture) + Extension;
}
