using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace WarRoom.Web.Infrastructure.Security;

/// <summary>
/// <c>WarRoom:Proxy</c>: the TLS-terminating reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed. Behind one, the request is https as the browser made it, so the sign-in cookie is <c>Secure</c> and
/// rate limits and the audit log see the client's address, not the proxy's. A proxy on the same host (loopback) is
/// trusted without configuration; one elsewhere (another container, a load balancer) is listed here. Headers from
/// anyone else are ignored, so a client cannot claim another address or scheme.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "WarRoom:Proxy";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>172.18.0.0/16</c> (a docker network).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    internal void ApplyTo(ForwardedHeadersOptions forwarded)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}

/// <summary>Every listed proxy and network must parse: a typo would silently leave the cookie without Secure.</summary>
public sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var errors = options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Select(p => $"{ProxyOptions.Section}:KnownProxies '{p}' is not an IP address")
            .Concat(options.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)).Select(n => $"{ProxyOptions.Section}:KnownNetworks '{n}' is not a network in CIDR form (e.g. 172.18.0.0/16)"))
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
