namespace WarRoom.Core.Guidance.Templates;

/// <summary>The wordings in guidance-templates.json: one per rule and, where a rule speaks differently, per case.</summary>
public static class TemplateIds
{
    /// <summary>A branch or sub-branch behind time progress on a KPI (warn).</summary>
    public const string PaceLag = "pace_lag";

    /// <summary>… far behind (critical): escalation wording.</summary>
    public const string PaceLagCritical = "pace_lag_critical";

    /// <summary>A manager critically behind on the composite: the help list (帮扶名单).</summary>
    public const string PaceLagManager = "pace_lag_manager";

    public const string RankDrop = "rank_drop";

    /// <summary>A quiet manager.</summary>
    public const string Inactive = "inactive";

    /// <summary>A whole sub-branch or branch without data: check the feeds first.</summary>
    public const string InactiveUnit = "inactive_unit";

    public const string TopPerformer = "top_performer";

    /// <summary>A branch or sub-branch passed 100 % of a KPI target.</summary>
    public const string Breakthrough = "breakthrough";

    /// <summary>A manager's composite score passed 100.</summary>
    public const string BreakthroughOverall = "breakthrough_overall";

    public const string Concentration = "concentration";

    public const string MixGap = "mix_gap";
}
