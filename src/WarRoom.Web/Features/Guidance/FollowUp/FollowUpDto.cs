using System.Text.Json.Serialization;

namespace WarRoom.Web.Features.Guidance.FollowUp;

/// <summary>
/// A guidance item's follow-up as API.md names it: the status, who set it and when, and their note. An item nobody
/// has touched is <c>open</c> with no one and no time.
/// </summary>
public sealed record FollowUpDto(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? By = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? At = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Note = null)
{
    public static readonly FollowUpDto Open = new("open");
}
