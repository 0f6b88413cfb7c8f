using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Infrastructure.Mediator;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// GET /api/v1/briefings/{unit}?date=yyyy-MM-dd&amp;lang=zh|en — the daily briefing (晨报) of a branch or sub-branch as
/// Markdown, for <c>date</c> (default: today in the campaign's time zone by the business clock) in zh (default) or en.
/// </summary>
public static class GetBriefing
{
    public sealed record Query(Viewer Viewer, string Unit, string? Date, string? Lang) : IRequest<Response>, IReadsAggregates;

    public sealed record Response(string Unit, DateOnly Date, string Lang, string Markdown);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(Campaign campaign)
        {
            var first = BriefingWriter.FirstDate(campaign);
            var last = BriefingWriter.LastDate(campaign);
            RuleFor(q => q.Date).Custom((text, context) =>
            {
                if (text is null)
                {
                    return;
                }

                if (!TryParseDate(text, out var date))
                {
                    context.AddFailure("date", $"date '{text}' must be a date as yyyy-MM-dd");
                }
                else if (!InRange(date, first, last))
                {
                    context.AddFailure("date", $"date {text} has no briefing: they run from {Iso(first)} to {Iso(last)}");
                }
            });
            RuleFor(q => q.Lang).Must(l => l is null || BriefingLanguageNames.TryParse(l, out _))
                .WithMessage(q => $"lang '{q.Lang}' must be zh or en")
                .OverridePropertyName("lang");
        }
    }

    public sealed class Handler(OrgTree org, Campaign campaign, BriefingWriter writer, TimeProvider clock) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken)
        {
            var unit = request.Viewer.Open(org, request.Unit);

            if (!BriefingWriter.Writes(unit))
            {
                throw Invalid("unit", $"briefings are written for branches and sub-branches; '{unit.Code}' is a {unit.Level.ToWire()}");
            }

            var date = request.Date is null ? campaign.LocalDate(clock.GetUtcNow()) : ParseDate(request.Date);
            if (!InRange(date, BriefingWriter.FirstDate(campaign), BriefingWriter.LastDate(campaign)))
            {
                throw Invalid("date", $"there is no briefing for today ({Iso(date)}): they run from {Iso(BriefingWriter.FirstDate(campaign))} to {Iso(BriefingWriter.LastDate(campaign))}; pass ?date=");
            }

            BriefingLanguageNames.TryParse(request.Lang ?? "zh", out var language);
            return Task.FromResult(new Response(unit.Code, date, language.ToWire(), writer.Write(unit, date, language)));
        }
    }

    private static ValidationException Invalid(string parameter, string message) => new([new ValidationFailure(parameter, message)]);

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static bool InRange(DateOnly date, DateOnly first, DateOnly last) => date >= first && date <= last;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
