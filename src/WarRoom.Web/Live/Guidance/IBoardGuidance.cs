using WarRoom.Core.Org;
using WarRoom.Web.Live.Boards.Payloads;

namespace WarRoom.Web.Live.Guidance;

/// <summary>
/// Where guidance panels and <c>guidanceUpdated</c> get their items. The guidance engine
/// (<c>WarRoom.Core.Guidance</c>, written in parallel) plugs in here; until then <see cref="NoBoardGuidance"/>
/// answers with nothing, so panels show "no data" and no <c>guidanceUpdated</c> is ever sent.
/// </summary>
public interface IBoardGuidance
{
    /// <summary>
    /// Every guidance item about units inside <paramref name="scope"/> (the scope included) as of
    /// <paramref name="now"/>, most severe first, deterministic for the same aggregates and instant. Called on
    /// every payload build (up to a few times a second per board): an implementation should cache its report
    /// per aggregates version.
    /// </summary>
    IReadOnlyList<GuidanceEntry> For(OrgUnit scope, DateTimeOffset now);
}

/// <summary>The placeholder until the guidance engine is wired in: no guidance anywhere.</summary>
public sealed class NoBoardGuidance : IBoardGuidance
{
    public IReadOnlyList<GuidanceEntry> For(OrgUnit scope, DateTimeOffset now) => [];
}
