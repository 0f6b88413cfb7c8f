using WarRoom.Web.Features.Rankings;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// A unit's ranking table as shown: the ranking (ranks over every unit of the level, whatever the filter), the rows
/// left after <see cref="ChildrenView.Q"/> in the chosen order, and the choices the filter form offers.
/// </summary>
public sealed record ChildrenTable(
    string Unit, ChildrenView View, RankingDto Ranking, IReadOnlyList<RankingRowDto> Rows,
    IReadOnlyList<string> Levels, IReadOnlyList<string> PeerGroups);
