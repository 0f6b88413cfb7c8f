using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace WarRoom.ClusterBench;

/// <summary>
/// One ingest round: 8 senders post batches of 1,000 deterministic events, spread over the nodes, until all are
/// acknowledged; events/s from the first POST to the last answer, CPU per event of the nodes, Redis and influxd.
/// </summary>
internal static class IngestRound
{
    private const int Batch = 1000;
    private const int Senders = 8;

    public static async Task<string> RunAsync(string label, Infra infra, List<(Child Process, Uri Address)> nodes, int events, string run)
    {
        var load = File.ReadAllText("/proc/loadavg")[..14];
        var clients = nodes.Select(n => Infra.Client(n.Address, Infra.IngestKey)).ToArray();
        double Cpu() => nodes.Sum(n => n.Process.CpuSeconds);
        var (cpu, redis, influx) = (Cpu(), infra.Redis.CpuSeconds, infra.Influxd.CpuSeconds);
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(s => Task.Run(async () =>
        {
            for (int b; (b = Interlocked.Increment(ref next)) * Batch < events;)
            {
                var body = Body(run, b);
                while (true)
                {
                    using var response = await clients[b % clients.Length].PostAsync("/api/v1/events", new StringContent(body, Encoding.UTF8, "application/json"));
                    if (response.IsSuccessStatusCode)
                    {
                        break;
                    }

                    await Task.Delay(100); // 503 while the buffer is full: send again, as a source system does
                }
            }
        })));
        clock.Stop();
        foreach (var client in clients)
        {
            client.Dispose();
        }

        double PerEvent(double seconds) => seconds * 1e6 / events;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {events / clock.Elapsed.TotalSeconds:N0} | {PerEvent(Cpu() - cpu):F1} | {PerEvent(infra.Redis.CpuSeconds - redis):F2} | {PerEvent(infra.Influxd.CpuSeconds - influx):F1} | {load} → {File.ReadAllText("/proc/loadavg")[..14]} |");
    }

    private static string Body(string run, int batch)
    {
        var body = new StringBuilder("{\"events\":[");
        for (var i = 0; i < Batch; i++)
        {
            var n = (batch * Batch) + i;
            body.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? "," : "")}{{\"id\":\"{run}-{n}\",\"time\":\"2027-02-22T09:30:00+08:00\",\"unit\":\"M{1 + (n % 1500):00000}\",\"kpi\":\"deposit_new\",\"value\":{1 + (n % 7)}}}");
        }

        return body.Append("]}").ToString();
    }
}
