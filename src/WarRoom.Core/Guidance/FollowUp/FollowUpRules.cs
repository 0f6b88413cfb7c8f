namespace WarRoom.Core.Guidance.FollowUp;

/// <summary>
/// Which follow-up changes make sense. Forward along the path may skip steps (a branch head who fixed it at once
/// marks it done); a step back (reopening, or back to acknowledged) and a dismissal need a note, because whoever
/// reads the trail later must see why the item left the path. Setting the status it already has is refused, so
/// the audit trail holds only changes.
/// </summary>
public static class FollowUpRules
{
    public const int MaxNoteLength = 500;

    /// <summary>Null when <paramref name="from"/> → <paramref name="to"/> with <paramref name="note"/> is allowed; otherwise why not.</summary>
    public static string? Refusal(FollowUpStatus from, FollowUpStatus to, string? note)
    {
        var hasNote = !string.IsNullOrWhiteSpace(note);
        if (from == to)
        {
            return $"the item is already {to.ToWire()}";
        }

        if (to == FollowUpStatus.Dismissed && !hasNote)
        {
            return "dismissing an item needs a note saying why";
        }

        if (to != FollowUpStatus.Dismissed && from != FollowUpStatus.Dismissed && to < from && !hasNote)
        {
            return $"moving an item back from {from.ToWire()} to {to.ToWire()} needs a note saying why";
        }

        if (from == FollowUpStatus.Dismissed && !hasNote)
        {
            return $"taking up a dismissed item again ({to.ToWire()}) needs a note saying why";
        }

        return null;
    }
}
