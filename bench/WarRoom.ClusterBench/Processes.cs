using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WarRoom.ClusterBench;

/// <summary>A child process (influxd, redis-server, a WarRoom node) on loopback, with its CPU time from /proc.</summary>
internal sealed class Child(Process process, string name) : IAsyncDisposable
{
    public int Id => process.Id;

    /// <summary>User + system CPU seconds so far (Linux /proc/&lt;pid&gt;/stat, clock ticks of 10 ms).</summary>
    public double CpuSeconds
    {
        get
        {
            var fields = File.ReadAllText($"/proc/{process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
        }
    }

    /// <summary>Threads of the process now (/proc/&lt;pid&gt;/status): a node whose thread pool starves grows them.</summary>
    public int Threads =>
        int.Parse(File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("Threads:", StringComparison.Ordinal))[8..].Trim());

    public static Child Start(string file, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? "" };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + file);
        var name = Path.GetFileName(file);
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line && (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("error", StringComparison.OrdinalIgnoreCase))) Console.Error.WriteLine($"  {name}: {line}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine($"  {name}: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Child(process, name);
    }

    public async Task WaitForHttpAsync(Uri url, TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {process.ExitCode}");
            }

            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{name} did not answer {url} within {limit.TotalSeconds} s");
    }

    public async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"{name} did not listen on {port}");
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
