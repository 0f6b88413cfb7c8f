namespace WarRoom.Web.Features.Boards.Parsing;

/// <summary>
/// Where each parsed page and widget came from in the file (<c>pages[2].widgets[0]</c>). The parser skips items it
/// cannot build, so list positions in the definition may differ from the file's; the validator names fields by
/// these recorded paths instead. Keyed by reference because two identical widgets are equal records.
/// </summary>
internal sealed class SourcePaths
{
    private readonly Dictionary<object, string> paths = new(ReferenceEqualityComparer.Instance);

    public void Record(object item, string path) => paths[item] = path;

    public string Of(object item) => paths.TryGetValue(item, out var path) ? path : "?";
}
