using System.Diagnostics;

namespace WarRoom.Web.Features.Snapshots.Export.Png;

/// <summary>
/// Headless Chromium as a command-line screenshot tool: an HTML file in, a PNG of the given viewport out. One
/// rendering at a time (each is a browser process; the host may have two cores), each with a throwaway profile.
/// </summary>
public sealed class Chromium(string executable, TimeSpan timeout, ILogger logger)
{
    /// <summary>Debian's package installs <c>chromium</c>; other distributions and Chrome use the other names.</summary>
    public static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public string Executable => executable;

    /// <summary>The configured executable, else the first of <see cref="Names"/> on PATH; null when none is found.</summary>
    public static string? Locate(string? configured)
    {
        if (configured is { Length: > 0 })
        {
            return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return Names
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    public async Task<byte[]> ScreenshotAsync(string html, int width, int height, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("warroom-png-");
        await OneAtATime.WaitAsync(ct);
        try
        {
            var page = Path.Combine(work.FullName, "board.html");
            var png = Path.Combine(work.FullName, "board.png");
            await File.WriteAllTextAsync(page, html, ct);
            var (exitCode, output) = await RunAsync(
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--force-color-profile=srgb", $"--user-data-dir={Path.Combine(work.FullName, "profile")}",
                $"--window-size={width},{height}", $"--screenshot={png}", new Uri(page).AbsoluteUri,
            ], ct);
            if (!File.Exists(png))
            {
                throw new InvalidOperationException($"{executable} exited with {exitCode} and wrote no screenshot: {Tail(output)}");
            }

            return await File.ReadAllBytesAsync(png, ct);
        }
        finally
        {
            OneAtATime.Release();
            TryDelete(work);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string[] arguments, CancellationToken ct)
    {
        var info = new ProcessStartInfo(executable, arguments) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {executable}");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw ct.IsCancellationRequested ? new OperationCanceledException(ct) : new TimeoutException($"{executable} took longer than {timeout} to render");
        }

        var output = await stdout + await stderr;
        logger.LogDebug("{Chromium} exited with {ExitCode}: {Output}", executable, process.ExitCode, Tail(output));
        return (process.ExitCode, output);
    }

    private static string Tail(string text) => text.Length <= 600 ? text : text[^600..];

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium's helpers may hold the profile for a moment after exit; the OS temp cleaner gets the rest.
        }
    }
}
