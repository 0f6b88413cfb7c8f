using Microsoft.Extensions.Options;

namespace WarRoom.Web.Storage.Influx;

public sealed class InfluxOptionsValidator : IValidateOptions<InfluxOptions>
{
    public ValidateOptionsResult Validate(string? name, InfluxOptions o)
    {
        const string s = InfluxOptions.Section;
        var errors = new List<string>();
        if (!Uri.TryCreate(o.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{s}:Url must be an absolute http(s) URL, got '{o.Url}'");
        }

        if (string.IsNullOrWhiteSpace(o.Database))
        {
            errors.Add($"{s}:Database must not be empty");
        }

        if (!string.IsNullOrEmpty(o.Token) && !string.IsNullOrEmpty(o.Username))
        {
            errors.Add($"{s}: set Token or Username/Password, not both");
        }

        if (!string.IsNullOrEmpty(o.Username) != !string.IsNullOrEmpty(o.Password))
        {
            errors.Add($"{s}:Username and {s}:Password go together");
        }

        Check(errors, Enum.IsDefined(o.Compression), "Compression must be Auto, Gzip or None");
        Check(errors, o.BatchLines is >= 1 and <= 100_000, "BatchLines must be between 1 and 100000");
        Check(errors, o.WriteConcurrency is >= 1 and <= 64, "WriteConcurrency must be between 1 and 64");
        Check(errors, o.MaxRetries is >= 0 and <= 20, "MaxRetries must be between 0 and 20");
        Check(errors, o.RequestTimeout > TimeSpan.Zero, "RequestTimeout must be positive");
        Check(errors, o.RetryDelay > TimeSpan.Zero, "RetryDelay must be positive");
        Check(errors, !string.IsNullOrWhiteSpace(o.SpoolPath), "SpoolPath must name a file");
        Check(errors, o.SpoolMaxBytes > 0, "SpoolMaxBytes must be positive");
        Check(errors, o.SpoolMaxEvents > 0, "SpoolMaxEvents must be positive");
        Check(errors, o.SpoolRetryAfter > TimeSpan.Zero, "SpoolRetryAfter must be positive");
        Check(errors, o.DrainMaxDelay > TimeSpan.Zero, "DrainMaxDelay must be positive");
        Check(errors, o.ReadAllWindow >= TimeSpan.FromMinutes(1), "ReadAllWindow must be at least a minute");
        Check(errors, o.ReadChunkSize is >= 100 and <= 1_000_000, "ReadChunkSize must be between 100 and 1000000");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, bool ok, string message)
    {
        if (!ok)
        {
            errors.Add($"{InfluxOptions.Section}:{message}");
        }
    }
}
