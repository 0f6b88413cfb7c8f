using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.IngestBench;

/// <summary>The app as a child process for one measurement, and what the measurement may use of it.</summary>
internal static class AppRound
{
    /// <summary>
    /// One app instance for one measurement. On this shared machine a child process has now and then been told to
    /// shut down by someone else's cleanup; such a round is reported and run again on a fresh data folder.
    /// </summary>
    public static async Task RunAsync(Func<int, Dictionary<string, string?>> settings, Func<AppHandle, Task> measure)
    {
        for (var attempt = 1; ; attempt++)
        {
            var chosen = settings(attempt);
            await using var app = await WarRoomProcess.StartAsync(chosen);
            try
            {
                await measure(new AppHandle(app, chosen));
                return;
            }
            catch (StoppedException e) when (attempt < 3)
            {
                Console.WriteLine($"    round aborted, repeating it: {e.Message}");
            }
        }
    }

    /// <summary>The app stopped answering in the middle of a measurement.</summary>
    public sealed class StoppedException(string message, Exception inner) : Exception(message, inner);
}

internal sealed record AppHandle(WarRoomProcess Process, Dictionary<string, string?> Settings);
