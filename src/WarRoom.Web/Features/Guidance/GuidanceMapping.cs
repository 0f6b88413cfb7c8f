using Mapster;
using WarRoom.Core;
using WarRoom.Core.Guidance;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// Guidance's mapping from the engine's items to the host's one guidance record (Mapster, one config per area,
/// compiled once; MappingConfigTests validates every area's config). Units, KPIs and the subject go out as codes,
/// kind and severity as their wire words, figures rounded for the wire; the id follows from unit, kind and KPI and
/// the follow-up is filled by the book afterwards (<see cref="GuidanceCache.Describe"/>).
/// </summary>
public static class GuidanceMapping
{
    public static readonly TypeAdapterConfig Config = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true, RequireExplicitMapping = true };
        // Immutable values pass as they are; the engine's texts are already what the wire shows.
        config.NewConfig<LocalizedText, LocalizedText>().MapWith(s => s);
        config.NewConfig<OrderedDictionary<string, double>, OrderedDictionary<string, double>>().MapWith(s => s);
        config.NewConfig<IReadOnlyList<string>, IReadOnlyList<string>>().MapWith(s => s);
        config.NewConfig<GuidanceItem, GuidanceItemDto>()
            .Map(d => d.Unit, s => s.Unit.Code)
            .Map(d => d.UnitName, s => s.Unit.Name)
            .Map(d => d.UnitNameEn, s => s.Unit.NameEn)
            .Map(d => d.Level, s => s.Unit.Level.ToWire())
            .Map(d => d.Parent, s => s.Unit.ParentCode)
            .Map(d => d.Kind, s => s.Kind.ToWire())
            .Map(d => d.Severity, s => s.Severity.ToWire())
            .Map(d => d.Kpi, s => s.Kpi == null ? null : s.Kpi.Code)
            .Map(d => d.Figures, s => GuidanceItemDto.WireFigures(s.Figures))
            .Map(d => d.Message, s => s.Message)
            .Map(d => d.Action, s => s.Action)
            .Map(d => d.Subject, s => s.Subject == null ? null : s.Subject.Code)
            .Map(d => d.SubjectName, s => s.Subject == null ? null : s.Subject.Name)
            .Map(d => d.StrongKpis, s => GuidanceItemDto.Codes(s.StrongKpis))
            .Map(d => d.WeakKpis, s => GuidanceItemDto.Codes(s.WeakKpis))
            .Ignore(d => d.Id)
            .Ignore(d => d.FollowUp);
        config.Compile();
        return config;
    }
}
