using Microsoft.Extensions.Options;

namespace WarRoom.Web.Storage;

/// <summary>The store choice, bound from the <c>WarRoom</c> section.</summary>
public sealed record StorageOptions
{
    public const string Section = "WarRoom";

    public StoreKind Store { get; set; } = StoreKind.Sqlite;
}

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        Enum.IsDefined(options.Store)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"WarRoom:Store must be Sqlite or Influx, got '{options.Store}'");
}
