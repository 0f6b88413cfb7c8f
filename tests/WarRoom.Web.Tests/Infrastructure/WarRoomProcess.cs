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
    public static Task<WarRoomProcess> StartAsync(IDictionary<string, string?> settings, TimeSpan? readyTimeout = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet", [WebAssemblyPath(), "--urls", address.ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath())!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        return StartAsync(info, address, settings, readyTimeout);
    }

    /// <summary>
    /// Starts the command in <paramref name="info"/> (a published DLL from another folder, <c>dotnet run</c>…) with
    /// the settings as environment variables, and waits until <paramref name="address"/> answers /readyz.
    /// </summary>
    public static async Task<WarRoomProcess> StartAsync(ProcessStartInfo info, Uri address, IDictionary<string, string?> settings, TimeSpan? readyTimeout = null)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
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

    /// <summary>Runs a command to its end (at most <paramref name="limit"/>, default two minutes) and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(ProcessStartInfo info, TimeSpan? limit = null)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{info.FileName} {string.Join(' ', info.ArgumentList)} did not end within {(limit ?? TimeSpan.FromMinutes(2)).TotalMinutes} minutes");
        }

        return (process.ExitCode, await stdout + await stderr);
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
    public static string WebAssemblyPath()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var repo = testBin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(repo, "src", "WarRoom.Web", "bin", configuration, testBin.Name, "WarRoom.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build src/WarRoom.Web first", dll);
    }

    /// <summary>The build configuration the tests run in (Release or Debug), for <c>dotnet publish</c> and <c>dotnet run</c>.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
