using System.Globalization;
using System.Text.Json;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;

namespace WarRoom.Core.Seed;

/// <summary>The scalar settings of <c>campaign.json</c>; targets and the calendar come from their own files.</summary>
internal sealed record CampaignHeader(
    string Id, string Name, string? NameEn, DateTimeOffset Start, DateTimeOffset End, TimeZoneInfo TimeZone,
    ProgressMode ProgressMode, double ScoreCap, IReadOnlyList<CampaignKpi> Kpis, GuidanceSettings Guidance);

internal static class CampaignFile
{
    public static CampaignHeader? Read(ISeedSource source, KpiCatalog catalog, List<SeedError> errors)
    {
        const string file = SeedFileNames.Campaign;
        var text = source.Read(file);
        if (text is null)
        {
            errors.Add(new SeedError(file, 0, "file is missing"));
            return null;
        }

        var (document, lines, syntaxError, syntaxLine) = JsonLines.Parse(text);
        if (document is null)
        {
            errors.Add(new SeedError(file, syntaxLine, "malformed JSON: " + syntaxError));
            return null;
        }

        var before = errors.Count;
        void Error(string path, string message) => errors.Add(new SeedError(file, lines[path], message));

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error(string.Empty, "campaign.json must hold one JSON object");
                return null;
            }

            var id = String(root, "id", Error);
            var name = String(root, "name", Error);
            var nameEn = root.TryGetProperty("nameEn", out var en) && en.ValueKind == JsonValueKind.String ? en.GetString() : null;
            var start = Instant(root, "start", Error);
            var end = Instant(root, "end", Error);
            if (start is not null && end is not null && end <= start)
            {
                Error("end", $"end {end:O} is not after start {start:O}");
            }

            TimeZoneInfo? zone = null;
            var zoneId = String(root, "timeZone", Error);
            if (zoneId is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out zone))
            {
                Error("timeZone", $"unknown time zone '{zoneId}'");
            }

            var mode = String(root, "progressMode", Error) switch
            {
                "calendar" => ProgressMode.Calendar,
                "workdays" => ProgressMode.Workdays,
                null => (ProgressMode?)null,
                var other => Fail<ProgressMode>(() => Error("progressMode", $"progressMode '{other}' must be 'calendar' or 'workdays'")),
            };

            var cap = 1.5;
            if (root.TryGetProperty("scoreCap", out var capElement))
            {
                if (capElement.ValueKind != JsonValueKind.Number || !capElement.TryGetDouble(out cap) || cap < 1)
                {
                    Error("scoreCap", $"scoreCap {capElement} must be a number of at least 1");
                }
            }

            var kpis = CampaignKpis(root, catalog, Error);
            var guidance = Guidance(root, Error);
            if (errors.Count != before)
            {
                return null;
            }

            return new CampaignHeader(id!, name!, nameEn, start!.Value, end!.Value, zone!, mode!.Value, cap, kpis, guidance);
        }
    }

    private static List<CampaignKpi> CampaignKpis(JsonElement root, KpiCatalog catalog, Action<string, string> error)
    {
        var result = new List<CampaignKpi>();
        if (!root.TryGetProperty("kpis", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            error("kpis", "kpis must be a non-empty array of { \"code\", \"weight\" }");
            return result;
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"kpis[{i++}]";
            var code = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : null;
            if (code is null || !catalog.TryGet(code, out var kpi))
            {
                error(path, code is null ? $"{path}.code is missing" : $"unknown kpi '{code}' in {path} (not in kpis.csv)");
                continue;
            }

            if (result.Any(k => k.Kpi == kpi))
            {
                error(path, $"kpi '{code}' is listed twice");
                continue;
            }

            var weight = kpi.Weight;
            if (item.TryGetProperty("weight", out var w) && (w.ValueKind != JsonValueKind.Number || !w.TryGetDouble(out weight) || weight < 0))
            {
                error(path + ".weight", $"{path}.weight {w} must be a number ≥ 0");
                continue;
            }

            result.Add(new CampaignKpi(kpi, weight));
        }

        if (result.Count > 0 && result.Sum(k => k.Weight) <= 0)
        {
            error("kpis", "the campaign's KPI weights add up to 0");
        }

        return result;
    }

    private static GuidanceSettings Guidance(JsonElement root, Action<string, string> error)
    {
        if (!root.TryGetProperty("guidance", out var g))
        {
            return new GuidanceSettings();
        }

        if (g.ValueKind != JsonValueKind.Object)
        {
            error("guidance", "guidance must be an object");
            return new GuidanceSettings();
        }

        try
        {
            var settings = g.Deserialize<GuidanceSettings>(new JsonSerializerOptions(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow })!;
            foreach (var problem in settings.Problems())
            {
                error("guidance", "guidance: " + problem);
            }

            return settings;
        }
        catch (JsonException e)
        {
            error("guidance", "guidance: " + e.Message);
            return new GuidanceSettings();
        }
    }

    private static string? String(JsonElement root, string name, Action<string, string> error)
    {
        if (root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s)
        {
            return s;
        }

        error(name, $"{name} is missing or not a non-empty string");
        return null;
    }

    private static DateTimeOffset? Instant(JsonElement root, string name, Action<string, string> error)
    {
        var text = String(root, name, error);
        if (text is null)
        {
            return null;
        }

        var hasOffset = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (!hasOffset || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            error(name, $"{name} '{text}' is not an ISO 8601 date-time with an offset (e.g. 2027-01-01T00:00:00+08:00)");
            return null;
        }

        return value;
    }

    private static T? Fail<T>(Action report)
        where T : struct
    {
        report();
        return null;
    }
}
