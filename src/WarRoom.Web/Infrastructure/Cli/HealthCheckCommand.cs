namespace WarRoom.Web.Infrastructure.Cli;

/// <summary>
/// <c>dotnet WarRoom.Web.dll healthcheck [--url &lt;base&gt;]</c>: exits 0 when <c>/readyz</c> answers 200, 1 otherwise.
/// Container images without curl (the aspnet image) use it as their health check. Without <c>--url</c> it asks the
/// first address of <c>ASPNETCORE_URLS</c> (a wildcard host becomes localhost), else http://localhost:5080.
/// </summary>
public static class HealthCheckCommand
{
    public const string Verb = "healthcheck";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var baseUrl = UrlArgument(args) ?? FromListeningAddresses(Environment.GetEnvironmentVariable("ASPNETCORE_URLS"));
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            output.WriteLine($"healthcheck: '{baseUrl}' is not an http(s) address");
            return 2;
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(address, "/readyz"));
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            output.WriteLine($"healthcheck: {address} does not answer: {e.Message}");
            return 1;
        }
    }

    /// <summary>The address to ask for a listening-address list such as <c>http://+:5080;https://+:5443</c>.</summary>
    public static string FromListeningAddresses(string? urls)
    {
        var first = (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return StartupDefaults.Url;
        }

        foreach (var wildcard in new[] { "://+", "://*", "://0.0.0.0", "://[::]" })
        {
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return first;
    }

    private static string? UrlArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--url");
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
