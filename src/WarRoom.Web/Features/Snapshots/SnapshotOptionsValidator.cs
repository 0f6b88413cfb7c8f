using Microsoft.Extensions.Options;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>Checks at start that the weekly schedule can work: a scope that exists and has units below, a label, sane windows.</summary>
public sealed class SnapshotOptionsValidator(OrgTree org) : IValidateOptions<SnapshotOptions>
{
    public ValidateOptionsResult Validate(string? name, SnapshotOptions options)
    {
        var errors = new List<string>();
        var weekly = options.Weekly;
        if (org.Find(weekly.Scope) is not { } scope)
        {
            errors.Add($"WarRoom:Snapshots:Weekly:Scope '{weekly.Scope}' is not a unit code");
        }
        else if (scope.Level.IsLeaf)
        {
            errors.Add($"WarRoom:Snapshots:Weekly:Scope '{weekly.Scope}' is a manager; use HQ, a branch or a sub-branch");
        }

        if (string.IsNullOrWhiteSpace(weekly.Label) || weekly.Label.Length > TakeSnapshot.MaxLabelLength)
        {
            errors.Add($"WarRoom:Snapshots:Weekly:Label must be 1 to {TakeSnapshot.MaxLabelLength} characters ({{week}} becomes e.g. 2027-W08)");
        }

        if (weekly.CatchUp < TimeSpan.Zero || weekly.CatchUp >= TimeSpan.FromDays(7))
        {
            errors.Add($"WarRoom:Snapshots:Weekly:CatchUp must be from 00:00:00 to less than 7 days, got {weekly.CatchUp}");
        }

        if (options.RenderTimeout <= TimeSpan.Zero)
        {
            errors.Add($"WarRoom:Snapshots:RenderTimeout must be positive, got {options.RenderTimeout}");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
