using Microsoft.Extensions.Options;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Infrastructure.Cluster;

/// <summary>
/// Cluster mode needs a store every node reads: an SQLite file belongs to one process on one machine, so a second
/// node would rebuild from a different history and the nodes could never agree.
/// </summary>
public sealed class ClusterOptionsValidator(IOptions<StorageOptions> storage) : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (storage.Value.Store != StoreKind.Influx)
        {
            return ValidateOptionsResult.Fail(
                $"WarRoom:Cluster:Redis is set (cluster mode) but WarRoom:Store is {storage.Value.Store}: every node must read the same store, " +
                "and an SQLite file belongs to one node. Set WarRoom:Store=Influx (and WarRoom:Influx:Url) on every node, or clear WarRoom:Cluster:Redis to run one node.");
        }

        if (options.Node.Contains(':', StringComparison.Ordinal) || options.Node.Contains('~', StringComparison.Ordinal) || options.Node.Length > 100)
        {
            return ValidateOptionsResult.Fail($"WarRoom:Cluster:NodeName '{options.Node}' may not contain ':' or '~' and has at most 100 characters");
        }

        return ValidateOptionsResult.Success;
    }
}
