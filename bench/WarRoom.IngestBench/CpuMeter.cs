using System.Diagnostics;
using System.Globalization;

namespace WarRoom.IngestBench;

/// <summary>
/// CPU seconds spent by the bench client, the app, influxd and the whole machine between two samples, from
/// /proc (Linux). The machine is shared, so "others" — everything not ours — is reported too.
/// </summary>
internal sealed record CpuSample(double Client, double App, double Influxd, double MachineBusy, double MachineTotal, DateTime At)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux.

    public static CpuSample Take(int? appPid, int? influxdPid)
    {
        var (busy, total) = Machine();
        return new CpuSample(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, OfPid(appPid), OfPid(influxdPid), busy, total, DateTime.UtcNow);
    }

    public static string Describe(CpuSample from, CpuSample to)
    {
        var wall = (to.At - from.At).TotalSeconds;
        double client = to.Client - from.Client, app = to.App - from.App, influxd = to.Influxd - from.Influxd;
        var busy = to.MachineBusy - from.MachineBusy;
        var capacity = wall * Environment.ProcessorCount;
        var others = Math.Max(0, busy - client - app - influxd);
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU over {wall:F1} s x {Environment.ProcessorCount} cores = {capacity:F1} core-s: client {client:F1} ({client / capacity:P0}), app {app:F1} ({app / capacity:P0}), influxd {influxd:F1} ({influxd / capacity:P0}), others {others:F1} ({others / capacity:P0}), idle {Math.Max(0, capacity - busy):F1}");
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static double OfPid(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return 0;
        }

        // Fields after the command name (which may hold spaces) start at ") "; utime and stime are fields 14 and 15.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    private static (double Busy, double Total) Machine()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = cpu.Take(8).Sum();
        var idle = cpu[3] + cpu[4];
        return ((total - idle) / TicksPerSecond, total / TicksPerSecond);
    }

    /// <summary>Resident memory of a process in MiB (VmRSS).</summary>
    public static double ResidentMiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
