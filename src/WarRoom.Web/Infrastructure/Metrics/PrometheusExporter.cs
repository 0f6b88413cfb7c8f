using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace WarRoom.Web.Infrastructure;

/// <summary>
/// Listens to the WarRoom meter and renders its instruments in the Prometheus text format (prometheus-net and
/// OpenTelemetry do not restore here). Counters and gauges keep their last total; histograms keep fixed buckets.
/// Only this host's meter is heard (the meter factory is its scope), so hosts sharing a process do not mix figures.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    private static readonly double[] Buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), Series> series = new();

    public PrometheusExporter(IMeterFactory meters)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WarRoomMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        listener.Start();
    }

    public string Render()
    {
        listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var group in series.OrderBy(s => s.Key.Name, StringComparer.Ordinal).ThenBy(s => s.Key.Labels, StringComparer.Ordinal).GroupBy(s => s.Key.Name))
        {
            var first = group.First().Value;
            text.Append(CultureInfo.InvariantCulture, $"# HELP {group.Key} {first.Description}\n# TYPE {group.Key} {first.Kind}\n");
            foreach (var (key, s) in group)
            {
                s.Write(text, key.Name, key.Labels);
            }
        }

        return text.ToString();
    }

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new StringBuilder();
        foreach (var tag in tags)
        {
            labels.Append(labels.Length == 0 ? string.Empty : ",").Append(tag.Key).Append("=\"").Append(tag.Value).Append('"');
        }

        var kind = instrument switch
        {
            Histogram<double> => "histogram",
            Counter<long> => "counter",
            _ => "gauge",
        };
        var name = kind == "counter" ? instrument.Name + "_total" : instrument.Name;
        var s = series.GetOrAdd((name, labels.ToString()), _ => new Series(kind, instrument.Description ?? instrument.Name));
        s.Add(value, instrument is UpDownCounter<long> or Counter<long>);
    }

    private sealed class Series(string kind, string description)
    {
        private readonly long[] bucketCounts = new long[Buckets.Length];
        private double sum;
        private long count;
        private double last;

        public string Kind { get; } = kind;
        public string Description { get; } = description;

        public void Add(double value, bool accumulate)
        {
            lock (this)
            {
                last = accumulate ? last + value : value;
                sum += value;
                count++;
                for (var i = 0; i < Buckets.Length; i++)
                {
                    if (value <= Buckets[i])
                    {
                        bucketCounts[i]++;
                    }
                }
            }
        }

        public void Write(StringBuilder text, string name, string labels)
        {
            lock (this)
            {
                if (Kind != "histogram")
                {
                    text.Append(CultureInfo.InvariantCulture, $"{name}{Braces(labels)} {last}\n");
                    return;
                }

                var sep = labels.Length == 0 ? string.Empty : labels + ",";
                for (var i = 0; i < Buckets.Length; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{{sep}le=\"{Buckets[i]}\"}} {bucketCounts[i]}\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{{sep}le=\"+Inf\"}} {count}\n{name}_sum{Braces(labels)} {sum}\n{name}_count{Braces(labels)} {count}\n");
            }
        }

        private static string Braces(string labels) => labels.Length == 0 ? string.Empty : "{" + labels + "}";
    }
}
