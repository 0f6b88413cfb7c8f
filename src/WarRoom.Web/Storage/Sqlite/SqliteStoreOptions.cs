using Microsoft.Extensions.Options;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>Options of the embedded SQLite store (configuration section <c>WarRoom:Sqlite</c>).</summary>
public sealed record SqliteStoreOptions
{
    public const string Section = "WarRoom:Sqlite";

    /// <summary>The database file; relative paths resolve against the working directory.</summary>
    public string Path { get; set; } = "data/warroom.db";
}

public sealed class SqliteStoreOptionsValidator : IValidateOptions<SqliteStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail($"{SqliteStoreOptions.Section}:Path must name a database file");
        }

        if (options.Path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
        {
            return ValidateOptionsResult.Fail($"{SqliteStoreOptions.Section}:Path '{options.Path}' is not a valid path");
        }

        return ValidateOptionsResult.Success;
    }
}
