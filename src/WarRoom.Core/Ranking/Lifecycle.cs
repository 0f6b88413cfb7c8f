using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Ranking;

/// <summary>The lifecycle stages a board counts units in: 导入 · 成长 · 成熟 · 衰退 · 流失.</summary>
public enum LifecycleStage
{
    Intro,
    Growth,
    Mature,
    Decline,
    Churn,
}

/// <summary>
/// Where a unit stands in its campaign lifecycle, from figures the war room already has: 流失 when nothing was
/// booked in its subtree for the campaign's inactive threshold of working days (the same rule as the 帮扶名单);
/// else 导入 while below 10 % of its target (or without one); 成熟 once the target is reached; 成长 while at or
/// ahead of time progress; 衰退 behind it.
/// </summary>
public static class Lifecycle
{
    public const double IntroBelow = 0.1;

    public static readonly IReadOnlyList<(LifecycleStage Stage, string Code, LocalizedText Name)> Stages =
    [
        (LifecycleStage.Intro, "intro", new("导入", "Intro")),
        (LifecycleStage.Growth, "growth", new("成长", "Growth")),
        (LifecycleStage.Mature, "mature", new("成熟", "Mature")),
        (LifecycleStage.Decline, "decline", new("衰退", "Decline")),
        (LifecycleStage.Churn, "churn", new("流失", "Churned")),
    ];

    public static LifecycleStage Of(double? completion, double? pace, int quietWorkingDays, int churnAfterWorkingDays) =>
        quietWorkingDays >= churnAfterWorkingDays ? LifecycleStage.Churn
        : completion is not { } c || c < IntroBelow ? LifecycleStage.Intro
        : c >= 1 ? LifecycleStage.Mature
        : pace >= 0 ? LifecycleStage.Growth
        : LifecycleStage.Decline;

    /// <summary>Completed working days after the unit's last event (from the campaign's first day when it has none) before today.</summary>
    public static int QuietWorkingDays(Campaign campaign, DateTimeOffset? lastEvent, DateTimeOffset now)
    {
        var today = campaign.LocalDate(now);
        var from = lastEvent is { } t ? campaign.LocalDate(t).AddDays(1) : campaign.FirstDay;
        var quiet = 0;
        for (var d = from; d < today && d <= campaign.DayAt(campaign.DayCount - 1); d = d.AddDays(1))
        {
            quiet += campaign.Calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return quiet;
    }
}
