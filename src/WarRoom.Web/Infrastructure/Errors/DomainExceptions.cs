namespace WarRoom.Web.Infrastructure.Errors;

/// <summary>Something the caller named does not exist (→ 404 naming it).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller may not see or do this (→ 403). Never says whether the thing exists.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>
/// The store cannot take or give figures now (down, starting, or its write buffer full) → 503 with
/// <c>Retry-After</c>: <see cref="RetryAfter"/>, rounded up to whole seconds.
/// </summary>
public sealed class StoreUnavailableException(string message, TimeSpan retryAfter, Exception? inner = null)
    : Exception(message, inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
