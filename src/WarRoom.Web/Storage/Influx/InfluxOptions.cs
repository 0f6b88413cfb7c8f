using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// Options of the InfluxDB store (configuration section <c>WarRoom:Influx</c>). Auth is a token
/// (<c>Authorization: Token …</c>: 2.x v1-compat, 3.x, 1.8+) or a username and password (HTTP Basic, every 1.x).
/// </summary>
public sealed record InfluxOptions
{
    public const string Section = "WarRoom:Influx";

    /// <summary>Base URL of the v1-compatible HTTP API, e.g. http://localhost:8086.</summary>
    public string Url { get; set; } = "";

    /// <summary>Database (1.x), or the database/bucket name mapped by the v1 compatibility API (2.x, 3.x).</summary>
    public string Database { get; set; } = "warroom";

    public string? Token { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>Lines per POST to /write; InfluxDB recommends 5,000 to 10,000.</summary>
    public int BatchLines { get; set; } = 5000;

    /// <summary>
    /// Gzip for write bodies. Auto compresses unless the server is on a loopback address, where compressing only
    /// takes CPU from InfluxDB on the same machine (measured: 0.75-0.79x the plain throughput, docs/benchmarks-history.md).
    /// Compression stops by itself when the server answers 415 to a gzip body.
    /// </summary>
    public InfluxCompression Compression { get; set; } = InfluxCompression.Auto;

    /// <summary>
    /// Bodies in flight at once, over every batch being written. InfluxDB parses concurrent writes on several cores and commits them
    /// to its WAL together; one at a time leaves it waiting on each round trip and fsync.
    /// </summary>
    public int WriteConcurrency { get; set; } = 4;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of one write before the batch goes to the spool (exponential backoff with jitter).</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The local durable spool that holds acknowledged batches while InfluxDB is unreachable.</summary>
    public string SpoolPath { get; set; } = "data/influx-spool.db";

    /// <summary>Spool bound in bytes of line protocol; beyond it writes fail with StoreUnavailableException.</summary>
    public long SpoolMaxBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Spool bound in events.</summary>
    public long SpoolMaxEvents { get; set; } = 5_000_000;

    /// <summary>The Retry-After a client is told when the spool is full.</summary>
    public TimeSpan SpoolRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest pause between two attempts to drain the spool while InfluxDB stays down.</summary>
    public TimeSpan DrainMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>ReadAll pages through the data one time window at a time, each window a chunked query.</summary>
    public TimeSpan ReadAllWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Points per chunk of a chunked query.</summary>
    public int ReadChunkSize { get; set; } = 10_000;
}
