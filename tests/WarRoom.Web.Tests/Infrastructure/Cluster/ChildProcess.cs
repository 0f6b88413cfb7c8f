using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace WarRoom.Web.Tests.Infrastructure.Cluster;

/// <summary>A helper daemon (redis-server, nginx) in the foreground on loopback, killed with the test run.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private ChildProcess(Process process) => this.process = process;

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

    /// <summary>Starts <paramref name="file"/> and waits until <paramref name="port"/> accepts connections (at most 20 s).</summary>
    public static async Task<ChildProcess> StartAsync(string file, IEnumerable<string> arguments, int port)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var child = new ChildProcess(Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}"));
        child.process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (child.process.HasExited)
            {
                throw new InvalidOperationException($"{file} exited with {child.process.ExitCode}:\n{child.Log}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return child;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        await child.DisposeAsync();
        throw new TimeoutException($"{file} did not listen on {port} within 20 s:\n{child.Log}");
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

    private void Append(string? line)
    {
        lock (log)
        {
            log.AppendLine(line);
        }
    }
}
