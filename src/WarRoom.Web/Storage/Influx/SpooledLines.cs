using System.Globalization;
using System.Text;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// Reads the events back out of a spooled body (the lines <see cref="LineProtocol"/> wrote), so that a drained
/// entry can be handed on (<see cref="ISpoolDrainListener"/>). A line naming a unit or KPI this seed lacks is
/// skipped: it was written from this seed, so that only happens when the seed changed in between.
/// </summary>
public static class SpooledLines
{
    public static List<EventRecord> Read(byte[] body, SeedData seed)
    {
        var events = new List<EventRecord>();
        foreach (var line in Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Parse(line, seed) is { } e)
            {
                events.Add(e);
            }
        }

        return events;
    }

    private static EventRecord? Parse(string line, SeedData seed)
    {
        var at = 0;
        var key = Until(line, ref at, ' ', quoted: false);
        var fields = Until(line, ref at, ' ', quoted: true);
        string? unit = null, kpi = null, id = null;
        ulong tags = 0;
        foreach (var (name, value) in Split(key, ',').Skip(1).Select(Pair))
        {
            switch (name)
            {
                case "unit": unit = value; break;
                case "kpi": kpi = value; break;
                default:
                    if (seed.Dimensions.Find(name) is { } d && d.TryGet(value, out var v))
                    {
                        tags = EventTags.With(tags, d.Index, v.Index);
                    }

                    break;
            }
        }

        double? amount = null;
        long? seq = null, time = null;
        foreach (var (name, value) in Split(fields, ',').Select(Pair))
        {
            switch (name)
            {
                case "value": amount = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture); break;
                case "id": id = value[1..^1]; break;
                case "seq": seq = long.Parse(value.TrimEnd('i'), CultureInfo.InvariantCulture); break;
                case "t": time = long.Parse(value.TrimEnd('i'), CultureInfo.InvariantCulture); break;
            }
        }

        return unit is not null && kpi is not null && id is not null && amount is { } x && seq is { } s && time is { } t
            && seed.Org.TryGet(unit, out var u) && seed.Kpis.TryGet(kpi, out var k)
            ? new EventRecord(s, id, t, u.Index, k.Index, x, tags)
            : null;
    }

    /// <summary>The text up to the next unescaped <paramref name="stop"/> (outside a quoted string), unescaped.</summary>
    private static string Until(string line, ref int at, char stop, bool quoted)
    {
        var text = new StringBuilder();
        for (var inQuotes = false; at < line.Length; at++)
        {
            var c = line[at];
            if (c == '\\' && at + 1 < line.Length)
            {
                text.Append(c).Append(line[++at]);
            }
            else if (c == '"' && quoted)
            {
                inQuotes = !inQuotes;
                text.Append(c);
            }
            else if (c == stop && !inQuotes)
            {
                at++;
                break;
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>Splits at unescaped separators outside quotes, keeping the escapes for <see cref="Pair"/>.</summary>
    private static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        for (var at = 0; at < text.Length;)
        {
            parts.Add(Until(text, ref at, separator, quoted: true));
        }

        return parts;
    }

    /// <summary><c>name=value</c> with the escapes removed (a quoted value keeps its quotes).</summary>
    private static (string Name, string Value) Pair(string pair)
    {
        var at = 0;
        var name = Unescape(Until(pair, ref at, '=', quoted: false));
        return (name, Unescape(pair[at..]));
    }

    private static string Unescape(string text)
    {
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            plain.Append(text[i] == '\\' && i + 1 < text.Length ? text[++i] : text[i]);
        }

        return plain.ToString();
    }
}
