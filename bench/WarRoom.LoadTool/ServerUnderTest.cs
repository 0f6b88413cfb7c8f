using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace WarRoom.LoadTool;

/// <summary>The server being measured: WarRoom.Web as a child process on a free loopback port, with its own data folder.</summary>
internal sealed class ServerUnderTest : IAsyncDisposable
{
    public const string IngestKey = "load-ingest-key-0123456789";
    public const string KioskToken = "load-kiosk-token-0123456789";
    public const string ReaderToken = "load-reader-token-0123456789";

    /// <summary>The interactive board's screens sign in with the cookie (a circuit never takes a bearer token).</summary>
    public static readonly (string Login, string Password) Leader = ("load.hq", "load bench password");
    public static readonly DateTimeOffset Now = new(2027, 2, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly Process process;
    private readonly string folder;

    private ServerUnderTest(Process process, Uri address, string folder)
    {
        this.process = process;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServerUnderTest> StartAsync(LoadOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("warroom-load-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet", [options.ServerDll, "--urls", address.ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(options.ServerDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["WarRoom__Store"] = "Sqlite",
            ["WarRoom__Sqlite__Path"] = Path.Combine(folder, "warroom.db"),
            ["WarRoom__DataDirectory"] = folder,
            ["WarRoom__Clock__Now"] = Now.ToString("O", CultureInfo.InvariantCulture),
            ["WarRoom__Simulator__Enabled"] = "true",
            ["WarRoom__Simulator__EventsPerSecond"] = "0.1",
            ["WarRoom__Simulator__BackfillEventsPerWorkingDay"] = options.BackfillPerWorkingDay.ToString(CultureInfo.InvariantCulture),
            ["WarRoom__Auth__IngestKeys__load"] = IngestKey,
            ["WarRoom__Auth__Tokens__screen__Token"] = KioskToken,
            ["WarRoom__Auth__Tokens__screen__Role"] = "kiosk",
            ["WarRoom__Auth__Tokens__screen__Scope"] = "HQ",
            ["WarRoom__Auth__Tokens__reader__Token"] = ReaderToken,
            ["WarRoom__Auth__Tokens__reader__Role"] = "reader",
            ["WarRoom__Auth__Tokens__reader__Scope"] = "HQ",
            [$"WarRoom__Auth__Users__{Leader.Login}__PasswordHash"] = new PasswordHasher<object>().HashPassword(new object(), Leader.Password),
            [$"WarRoom__Auth__Users__{Leader.Login}__Role"] = "leader",
            [$"WarRoom__Auth__Users__{Leader.Login}__Scope"] = "HQ",
        };
        // The server runs with its own GC settings, whatever the tool was started with.
        foreach (var inherited in info.Environment.Keys.Where(k => k.StartsWith("DOTNET_GC", StringComparison.OrdinalIgnoreCase) || k.Equals("DOTNET_gcServer", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(inherited);
        }

        if (options.PushInterval is { } interval)
        {
            settings["WarRoom__Live__PushInterval"] = interval;
        }

        if (options.ScreenUpdatesPerSecond is { } budget)
        {
            settings["WarRoom__Live__ScreenUpdatesPerSecond"] = budget;
        }

        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + options.ServerDll);
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine("  server: " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine("  server: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerUnderTest(process, address, folder);
        await server.WaitUntilBackfilledAsync();
        return server;
    }

    public HttpClient Client(string token) => new()
    {
        BaseAddress = Address,
        Timeout = TimeSpan.FromSeconds(60),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    /// <summary>Working set of the server process and its managed heap after its last GC (from /metrics), in bytes.</summary>
    public async Task<ServerMemory> MemoryAsync()
    {
        process.Refresh();
        var gauges = await GaugesAsync();
        return new ServerMemory(process.WorkingSet64, gauges["warroom_gc_heap_bytes"], gauges["warroom_gc_gen2_bytes"], gauges["warroom_gc_pinned_bytes"]);
    }

    /// <summary>The same, right after a full collection the server was made to run; null if it ran none in time.</summary>
    public async Task<ServerMemory?> MemoryAfterFullCollectionAsync()
    {
        if (!await FullCollection.InduceAsync(process.Id, async () => (await GaugesAsync())["warroom_gc_full_index"], TimeSpan.FromSeconds(30)))
        {
            return null;
        }

        var memory = await MemoryAsync();
        return memory with { GcHeap = (await GaugesAsync())["warroom_gc_full_heap_bytes"] };
    }

    private async Task<Dictionary<string, long>> GaugesAsync()
    {
        using var client = Client(ReaderToken);
        var gauges = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in (await client.GetStringAsync("/metrics")).Split('\n'))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2 && line.StartsWith("warroom_", StringComparison.Ordinal) && !line.Contains('{', StringComparison.Ordinal)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                gauges[parts[0]] = (long)value;
            }
        }

        return gauges;
    }

    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private async Task WaitUntilBackfilledAsync()
    {
        using var client = Client(ReaderToken);
        for (var i = 0; i < 3000 && !process.HasExited; i++)
        {
            try
            {
                using var unit = JsonDocument.Parse(await client.GetStringAsync("/api/v1/units/HQ"));
                if (unit.RootElement.TryGetProperty("lastEventTime", out var last) && last.ValueKind == JsonValueKind.String &&
                    last.GetDateTimeOffset() >= Now.AddHours(-3))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet, or still rebuilding (503)
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("the server did not start and back-fill in time");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The server's memory at one moment: working set, managed heap, and two parts of that heap, in bytes.</summary>
internal sealed record ServerMemory(long WorkingSet, long GcHeap, long Gen2, long Pinned);
