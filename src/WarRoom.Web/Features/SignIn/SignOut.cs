using MediatR;
using WarRoom.Web.Infrastructure.Audit;

namespace WarRoom.Web.Features.SignIn;

/// <summary>POST /logout: the cookie is dropped by the endpoint; this records who left.</summary>
public static class SignOut
{
    public sealed record Command(string? Login, string? ClientIp) : IRequest<Unit>;

    public sealed class Handler(IAuditLog audit) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            await audit.WriteAsync(AuditEntry.ForLogin(request.Login ?? string.Empty, AuditActions.SignOut, true, request.ClientIp, null), cancellationToken);
            return Unit.Value;
        }
    }
}
