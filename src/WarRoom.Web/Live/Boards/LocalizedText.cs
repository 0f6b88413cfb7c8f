namespace WarRoom.Web.Live.Boards;

/// <summary>
/// A text shown on screen in both of WarRoom's languages. zh-CN is the default language of every screen, so
/// <see cref="Zh"/> is never empty; <see cref="En"/> is shown with <c>?lang=en</c>.
/// </summary>
public sealed record LocalizedText(string Zh, string En)
{
    public string For(bool english) => english && En.Length > 0 ? En : Zh;

    public override string ToString() => Zh;
}
