using Microsoft.Extensions.Options;
using WarRoom.Web.Infrastructure;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary><c>WarRoom:Checkpoints</c>: where and how often the in-memory state is saved for a fast restart (decision 0023).</summary>
public sealed class CheckpointOptions
{
    public const string Section = "WarRoom:Checkpoints";

    /// <summary>Off: every start replays the whole store, as before checkpoints.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Folder of checkpoint files; default <c>&lt;WarRoom:DataDirectory&gt;/checkpoints</c>.</summary>
    public string? Directory { get; set; }

    /// <summary>
    /// Time between two checkpoints (one is also written at a graceful shutdown). A start replays from the store
    /// what came after the newest one, so this bounds the replay; each one holds the writer still while it is
    /// written (a few hundred ms at millions of events).
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Files kept: the newest and older ones to fall back on should the newest be unreadable.</summary>
    public int Keep { get; set; } = 2;

    public string DirectoryUnder(string dataDirectory) => Path.GetFullPath(Directory ?? Path.Combine(dataDirectory, "checkpoints"));
}

public sealed class CheckpointOptionsValidator(IOptions<WarRoomOptions> host) : IValidateOptions<CheckpointOptions>
{
    public ValidateOptionsResult Validate(string? name, CheckpointOptions o)
    {
        const string s = CheckpointOptions.Section;
        if (!o.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (o.Interval < TimeSpan.FromSeconds(1) || o.Interval > TimeSpan.FromDays(1))
        {
            errors.Add($"{s}:Interval must be between 00:00:01 and 1.00:00:00, got {o.Interval}");
        }

        if (o.Keep is < 1 or > 10)
        {
            errors.Add($"{s}:Keep must be between 1 and 10, got {o.Keep}");
        }

        var directory = o.DirectoryUnder(host.Value.DataDirectory);
        try
        {
            System.IO.Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".probe-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add($"{s}:Directory '{directory}' cannot be written: {e.Message}");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
