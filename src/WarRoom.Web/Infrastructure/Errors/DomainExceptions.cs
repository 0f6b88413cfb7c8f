namespace WarRoom.Web.Infrastructure.Errors;

/// <summary>Something the caller named does not exist (→ 404 naming it).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller may not see or do this (→ 403). Never says whether the thing exists.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
