namespace WarRoom.Core.Guidance;

/// <summary>
/// An item's message and action, written from its template when first read. A national bank's run finds ~150,000
/// items and a screen or page shows a few dozen; writing every text in both languages up front cost more than
/// finding them. The texts depend only on the finding and the templates, so whoever reads first writes the same
/// words; two readers racing both write them and either result stands. Equal when the texts are.
/// </summary>
internal sealed class GuidanceWording : IEquatable<GuidanceWording>
{
    private Func<Texts>? write;
    private Texts? texts;

    private GuidanceWording(Func<Texts>? write, Texts? texts)
    {
        this.write = write;
        this.texts = texts;
    }

    public static GuidanceWording Fixed(LocalizedText message, LocalizedText action) => new(null, new Texts(message, action));

    public static GuidanceWording Deferred(Func<Texts> write) => new(write, null);

    public Texts Read()
    {
        if (Volatile.Read(ref texts) is { } done)
        {
            return done;
        }

        // The writer is dropped once used, so a report kept for hours does not keep its findings' text inputs alive.
        var fresh = Volatile.Read(ref write) is { } w ? w() : Volatile.Read(ref texts)!;
        Volatile.Write(ref texts, fresh);
        Volatile.Write(ref write, null);
        return fresh;
    }

    public bool Equals(GuidanceWording? other) => other is not null && Read() == other.Read();

    public override bool Equals(object? obj) => Equals(obj as GuidanceWording);

    public override int GetHashCode() => Read().GetHashCode();

    public sealed record Texts(LocalizedText Message, LocalizedText Action);
}
