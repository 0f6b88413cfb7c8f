using FluentValidation;
using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Notify.Outbox;
using WarRoom.Web.Features.Notify.WeCom;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Notify;

/// <summary>
/// GET /api/v1/notifications?scope=&amp;status=pending|sent|failed — the outbox inside the caller's scope, newest first
/// (at most <see cref="MaxItems"/>), and the bots of that scope with their webhook masked. A message being sent
/// right now shows as pending.
/// </summary>
public static class ListNotifications
{
    public const int MaxItems = 500;

    public sealed record Query(Viewer Viewer, string? Scope, string? Status) : IRequest<Response>;

    public sealed record Item(
        string Id, string Bot, string Kind, string Unit, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string Status, int Attempts,
        string? LastError, string Content);

    public sealed record Bot(string Name, string Scope, string Url, IReadOnlyList<string> Sends, string BriefingTime, string Language);

    public sealed record Response(string Scope, IReadOnlyList<Bot> Bots, IReadOnlyList<Item> Items);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).Must(s => s is null || OutboxStatus.Listed.Contains(s)).OverridePropertyName("status")
                .WithMessage(q => $"status '{q.Status}' must be pending, sent or failed");
        }
    }

    public sealed class Handler(OrgTree org, OutboxStore store, WeComBots bots) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken)
        {
            var scope = request.Viewer.Open(org, request.Scope);
            bool Visible(string unit) => org.Find(unit) is { } u && u.IsWithin(scope) && request.Viewer.Sees(u);
            var rows = request.Status == OutboxStatus.Pending
                ? [.. store.List(OutboxStatus.Pending, Visible, MaxItems), .. store.List(OutboxStatus.Sending, Visible, MaxItems)]
                : store.List(request.Status, Visible, MaxItems);
            var items = rows.OrderByDescending(r => r.Seq).Take(MaxItems).Select(r => new Item(
                r.Id, r.Bot, r.Kind, r.Unit, r.CreatedAt, r.SentAt, r.Status == OutboxStatus.Sending ? OutboxStatus.Pending : r.Status,
                r.Attempts, r.LastError, r.Content)).ToList();
            var shown = bots.All.Where(b => Visible(b.Scope.Code)).Select(b => new Bot(
                b.Name, b.Scope.Code, b.MaskedUrl, SendsOf(b), b.BriefingTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                b.Language == Core.Guidance.Briefing.BriefingLanguage.En ? "en" : "zh")).ToList();
            return Task.FromResult(new Response(scope.Code, shown, items));
        }

        private static List<string> SendsOf(WeComBot bot) =>
        [
            .. new[] { (BotSends.Briefing, "briefing"), (BotSends.HelpList, "helpList"), (BotSends.Deals, "deals"), (BotSends.Alerts, "alerts") }
                .Where(s => bot.Does(s.Item1)).Select(s => s.Item2),
        ];
    }
}
