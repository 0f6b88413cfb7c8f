namespace WarRoom.Web.Tests.Storage;

/// <summary>A fact that needs a real influxd: skipped where it is missing, unless WARROOM_REQUIRE_INFRA=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InfluxFactAttribute : FactAttribute
{
    public InfluxFactAttribute()
    {
        if (InfluxdLocator.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs a real influxd: skipped where it is missing, unless WARROOM_REQUIRE_INFRA=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InfluxTheoryAttribute : TheoryAttribute
{
    public InfluxTheoryAttribute()
    {
        if (InfluxdLocator.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
