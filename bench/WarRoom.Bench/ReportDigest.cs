using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WarRoom.Core.Guidance;

namespace WarRoom.Bench;

/// <summary>
/// A SHA-256 over every item of a guidance report — unit, kind, severity, KPI, wording id, each figure (round-trip
/// format), both texts in both languages, subject and KPI lists — so two builds' runs on the same bank and events can
/// be compared figure by figure and word by word (<c>--digest</c>).
/// </summary>
internal static class ReportDigest
{
    public static string Of(GuidanceReport report)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var i in report.Items)
        {
            line.Clear()
                .Append(i.Unit.Code).Append('|').Append(i.Kind).Append('|').Append(i.Severity).Append('|')
                .Append(i.Kpi?.Code).Append('|').Append(i.Template).Append('|');
            foreach (var (name, value) in i.Figures)
            {
                line.Append(name).Append('=').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(';');
            }

            line.Append('|').Append(i.Message.Zh).Append('|').Append(i.Message.En).Append('|').Append(i.Action.Zh).Append('|').Append(i.Action.En)
                .Append('|').Append(i.Subject?.Code).Append('|').AppendJoin(',', i.StrongKpis.Select(k => k.Code))
                .Append('|').AppendJoin(',', i.WeakKpis.Select(k => k.Code)).Append('\n');
            sha.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
        }

        return Convert.ToHexString(sha.GetHashAndReset())[..16];
    }
}
