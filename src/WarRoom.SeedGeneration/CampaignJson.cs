using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WarRoom.SeedGeneration;

/// <summary>Writes campaign.json: two-space indents, LF line ends, Chinese kept as characters, not \u escapes.</summary>
internal static class CampaignJson
{
    public static string Write(IReadOnlyList<KpiSpec> kpis) =>
        Write(kpis, CampaignSpec.Id, CampaignSpec.Name, CampaignSpec.NameEn, CampaignSpec.Start, CampaignSpec.End);

    /// <summary>Last year's campaign.json: the same KPIs, weights and guidance over its own dates.</summary>
    public static string WriteLastYear(IReadOnlyList<KpiSpec> kpis) =>
        Write(kpis, CampaignSpec.LastYear.Id, CampaignSpec.LastYear.Name, CampaignSpec.LastYear.NameEn, CampaignSpec.LastYear.Start, CampaignSpec.LastYear.End);

    private static string Write(IReadOnlyList<KpiSpec> kpis, string id, string name, string nameEn, DateTimeOffset start, DateTimeOffset end)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("name", name);
            json.WriteString("nameEn", nameEn);
            json.WriteString("start", Instant(start));
            json.WriteString("end", Instant(end));
            json.WriteString("timeZone", CampaignSpec.TimeZone);
            json.WriteString("progressMode", CampaignSpec.ProgressMode);
            json.WriteNumber("scoreCap", CampaignSpec.ScoreCap);

            json.WriteStartArray("kpis");
            foreach (var k in kpis)
            {
                json.WriteStartObject();
                json.WriteString("code", k.Code);
                json.WriteNumber("weight", k.Weight);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            var g = CampaignSpec.Guidance;
            json.WriteStartObject("guidance");
            json.WriteNumber("paceLagWarn", (decimal)g.PaceLagWarn);
            json.WriteNumber("paceLagCritical", (decimal)g.PaceLagCritical);
            json.WriteNumber("rankDropPlaces", g.RankDropPlaces);
            json.WriteNumber("inactiveWorkingDays", g.InactiveWorkingDays);
            json.WriteNumber("inactiveCriticalWorkingDays", g.InactiveCriticalWorkingDays);
            json.WriteNumber("concentrationShare", (decimal)g.ConcentrationShare);
            json.WriteNumber("concentrationMinCompletion", (decimal)g.ConcentrationMinCompletion);
            json.WriteNumber("mixGapStrong", (decimal)g.MixGapStrong);
            json.WriteNumber("mixGapWeakPace", (decimal)g.MixGapWeakPace);
            json.WriteNumber("breakthroughWorkingDays", g.BreakthroughWorkingDays);
            json.WriteNumber("managerHelpListSize", g.ManagerHelpListSize);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Instant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
