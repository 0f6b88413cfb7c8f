using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WarRoom.Web.Tests.Storage;

/// <summary>
/// A real <c>influxd</c> (1.x) on free loopback ports with its own config, meta, data and WAL directories under a
/// temp folder; reporting is off and both listeners bind to 127.0.0.1. <see cref="Stop"/> kills it the way a
/// crash would, <see cref="StartAsync"/> brings it back on the same ports and data.
/// </summary>
public sealed class InfluxdProcess : IAsyncDisposable
{
    private readonly string root;
    private readonly string config;
    private readonly int httpPort;
    private Process? process;

    public InfluxdProcess(string executable)
    {
        Executable = executable;
        root = Path.Combine(Path.GetTempPath(), "warroom-influxd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        httpPort = FreePort();
        var rpcPort = FreePort();
        config = Path.Combine(root, "influxd.conf");
        File.WriteAllText(config, $"""
            reporting-disabled = true
            bind-address = "127.0.0.1:{rpcPort}"
            [meta]
              dir = "{root}/meta"
            [data]
              dir = "{root}/data"
              wal-dir = "{root}/wal"
              query-log-enabled = false
            [monitor]
              store-enabled = false
            [http]
              bind-address = "127.0.0.1:{httpPort}"
              log-enabled = false
            [continuous_queries]
              enabled = false
            [logging]
              level = "warn"
            """);
    }

    public string Executable { get; }

    public string Url => $"http://127.0.0.1:{httpPort}";

    /// <summary>influxd's process id while it runs (the shell execs it), for benchmarks reading its CPU time.</summary>
    public int? ProcessId => process is { HasExited: false } p ? p.Id : null;

    /// <summary>What influxd wrote to stdout/stderr, for failure messages.</summary>
    public string Log => File.Exists(LogPath) ? File.ReadAllText(LogPath) : "";

    private string LogPath => Path.Combine(root, "influxd.log");

    public async Task StartAsync()
    {
        if (process is { HasExited: false })
        {
            return;
        }

        var info = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", $"exec \"$0\" run -config \"$1\" >> \"$2\" 2>&1", Executable, config, LogPath },
            UseShellExecute = false,
        };
        process = Process.Start(info) ?? throw new InvalidOperationException("influxd did not start");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"influxd exited with {process.ExitCode}:\n{Log}");
            }

            try
            {
                using var ping = await http.GetAsync($"{Url}/ping");
                if (ping.StatusCode == HttpStatusCode.NoContent)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"influxd did not answer /ping within 30 s:\n{Log}");
    }

    /// <summary>Kills influxd (SIGKILL): what it acknowledged is in its fsynced WAL, the rest is gone.</summary>
    public void Stop()
    {
        if (process is { HasExited: false } p)
        {
            p.Kill();
            p.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Leave it to the temp cleaner rather than fail a test run over a directory.
        }

        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
