using System.Reflection;
using FluentValidation;
using MediatR;

namespace WarRoom.Web.Infrastructure.Mediator;

/// <summary>
/// MediatR 5.1 wiring in one place (its DI package does not restore here): the mediator, its service factory,
/// every handler and validator of this assembly, and the behaviours in pipeline order.
/// </summary>
public static class MediatorServiceCollectionExtensions
{
    public static IServiceCollection AddWarRoomMediator(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, MediatR.Mediator>();

        // Order matters: the first behaviour registered is the outermost. Validation runs before anything is timed;
        // a valid request for figures not rebuilt yet is then 503.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ReadinessBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TimingBehavior<,>));

        foreach (var type in typeof(MediatorServiceCollectionExtensions).Assembly.GetTypes())
        {
            if (type.IsAbstract || type.IsInterface || type.IsGenericTypeDefinition)
            {
                continue;
            }

            foreach (var contract in type.GetInterfaces().Where(IsHandlerOrValidator))
            {
                services.AddScoped(contract, type);
            }
        }

        return services;
    }

    private static bool IsHandlerOrValidator(Type contract) =>
        contract.IsGenericType && contract.GetGenericTypeDefinition() is var open &&
        (open == typeof(IRequestHandler<,>) || open == typeof(IValidator<>));
}
