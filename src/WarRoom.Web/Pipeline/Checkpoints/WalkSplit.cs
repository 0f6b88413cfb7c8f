using System.Diagnostics;
using System.Globalization;
using System.Text;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// The time and the file bytes of each part of a checkpoint walk, so that a start's log says which part of the
/// load the restart budget goes to (issue 25: the 50 M load is most of the 10 s) without a profiler.
/// </summary>
internal sealed class WalkSplit(IStateChannel channel)
{
    private readonly StringBuilder text = new();
    private long at = Stopwatch.GetTimestamp();
    private long offset = Position(channel);

    public void Mark(string part)
    {
        var now = Stopwatch.GetTimestamp();
        var position = Position(channel);
        text.Append(text.Length == 0 ? "" : ", ").Append(part).Append(' ')
            .Append(((long)Stopwatch.GetElapsedTime(at, now).TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append(" ms / ")
            .Append(((position - offset) / 1048576.0).ToString("N0", CultureInfo.InvariantCulture)).Append(" MiB");
        at = now;
        offset = position;
    }

    public override string ToString() => text.ToString();

    private static long Position(IStateChannel channel) => channel switch
    {
        LoadingChannel loading => loading.Offset,
        SavingChannel saving => saving.Written,
        _ => 0,
    };
}
