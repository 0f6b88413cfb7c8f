using System.ComponentModel.DataAnnotations;

namespace WarRoom.Web.Infrastructure.Security;

/// <summary><c>WarRoom:RateLimits</c>: how often one person may try to sign in and one source may post.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "WarRoom:RateLimits";

    public LoginLimit Login { get; set; } = new();

    public IngestLimit Ingest { get; set; } = new();
}

/// <summary>
/// Sign-in attempts per client IP and login in a fixed window. Five tries in five minutes lets a person mistype a
/// few times and stops a password guesser at about 1,400 guesses a day per login and address.
/// </summary>
public sealed class LoginLimit
{
    [Range(1, 10_000)]
    public int PermitLimit { get; set; } = 5;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 300;
}

/// <summary>
/// Requests per ingest key as a token bucket: a source may burst <see cref="Burst"/> batches and sustain
/// <see cref="PerSecond"/> (each batch holds up to 10,000 events, so the default is far above any real source; it
/// stops a runaway retry loop from starving the others).
/// </summary>
public sealed class IngestLimit
{
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;

    [Range(1, 1_000_000)]
    public int PerSecond { get; set; } = 50;
}
