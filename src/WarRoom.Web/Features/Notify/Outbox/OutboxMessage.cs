namespace WarRoom.Web.Features.Notify.Outbox;

/// <summary>What a message is (the <c>kind</c> of <c>/api/v1/notifications</c>).</summary>
public static class MessageKinds
{
    public const string Briefing = "briefing";
    public const string HelpList = "helpList";
    public const string Deals = "deals";
    public const string Alert = "alert";
}

public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";

    public static readonly string[] Listed = [Pending, Sent, Failed];
}

/// <summary>
/// One WeCom message in the outbox. <paramref name="Id"/> says what it is for (<c>briefing/br01-group/2027-02-22#1</c>),
/// so queueing the same thing twice — a schedule firing again after a restart — stores it once.
/// </summary>
public sealed record OutboxMessage(
    string Id, string Bot, string Kind, string Unit, string Content, DateTimeOffset CreatedAt, DateTimeOffset DueAt,
    DateTimeOffset? SentAt, string Status, int Attempts, string? LastError, long Seq = 0);
