using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WarRoom.SeedGeneration;

/// <summary>Writes guidance-templates.json like campaign.json: two-space indents, LF, Chinese as characters.</summary>
internal static class GuidanceTemplatesJson
{
    private const string About =
        "WarRoom guidance wording (制式化业务指引): per template a message and a suggested action in zh and en, per KPI " +
        "the segment or product to focus on. Placeholders and formats: docs/guidance.md. Written by generate-seed " +
        "(src/WarRoom.SeedGeneration/GuidanceWording.cs); a deployment may edit its own copy.";

    public static string Write(IEnumerable<string> kpiCodes) =>
        Write(kpiCodes.Where(GuidanceWording.Focus.ContainsKey).Select(code => (code, GuidanceWording.Focus[code])));

    /// <summary>The file with the standard templates and the focus texts given (tests add their own KPIs).</summary>
    public static string Write(IEnumerable<(string Code, (string Zh, string En) Focus)> focus)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("about", About);
            json.WriteStartObject("templates");
            foreach (var (id, messageZh, messageEn, actionZh, actionEn) in GuidanceWording.Templates)
            {
                json.WriteStartObject(id);
                Pair(json, "message", messageZh, messageEn);
                Pair(json, "action", actionZh, actionEn);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("focus");
            foreach (var (code, (zh, en)) in focus)
            {
                Pair(json, code, zh, en);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Pair(Utf8JsonWriter json, string name, string zh, string en)
    {
        json.WriteStartObject(name);
        json.WriteString("zh", zh);
        json.WriteString("en", en);
        json.WriteEndObject();
    }
}
