using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WarRoom.Web.Tests.Infrastructure;

/// <summary>
/// The built WarRoom.Web.dll as a real child process on a free loopback port — for what an in-memory host cannot
/// show: a SIGKILL right after acknowledgements, and a restart over the same data directory.
/// </summary>
public sealed class WarRoomProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder log;

    private WarRoomProcess(Process process, Uri address, System.Text.StringBuilder log)
    {
        this.process = process;
        Address = address;
        this.log = log;
    }

    public Uri Address { get; }

    /// <summary>The child's process id, for benchmarks that read its CPU time and memory from /proc.</summary>
    public int ProcessId => process.Id;

    /// <summary>What the app wrote to stdout and stderr so far.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Starts the app and waits for /readyz (at most <paramref name="readyTimeout"/>, default 60 s).</summary>
    public static async Task<WarRoomProcess> StartAsync(IDictionary<string, string?> settings, TimeSpan? readyTimeout = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet", [WebAssemblyPath(), "--urls", address.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath())!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start WarRoom.Web");
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new WarRoomProcess(process, address, log);
        using var client = new HttpClient { BaseAddress = address };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < (readyTimeout ?? TimeSpan.FromSeconds(60)))
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(50);
        }

        await host.DisposeAsync();
        lock (log)
        {
            throw new InvalidOperationException("WarRoom.Web did not become ready:\n" + log);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — the crash the durability promise is about.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>src/WarRoom.Web/bin/&lt;same configuration&gt;/net10.0/WarRoom.Web.dll, built with the tests.</summary>
    private static string WebAssemblyPath()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var repo = testBin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(repo, "src", "WarRoom.Web", "bin", configuration, testBin.Name, "WarRoom.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build src/WarRoom.Web first", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
