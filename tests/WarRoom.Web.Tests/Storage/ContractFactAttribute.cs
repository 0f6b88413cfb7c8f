using Xunit.Abstractions;
using Xunit.Sdk;

namespace WarRoom.Web.Tests.Storage;

/// <summary>
/// A contract case. The same method runs once per adapter subclass, so whether it needs influxd depends on the
/// class, which an attribute alone cannot see: the discoverer skips it for classes marked
/// <see cref="RequiresInfluxdAttribute"/> when influxd is missing (see <see cref="InfluxdLocator"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("WarRoom.Web.Tests.Storage.ContractFactDiscoverer", "WarRoom.Web.Tests")]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>Marks a test class whose cases need a real influxd.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresInfluxdAttribute : Attribute;

public sealed class ContractFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        var needsInfluxd = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresInfluxdAttribute)).Any();
        if (needsInfluxd && InfluxdLocator.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(diagnostics, display, displayOptions, testMethod, reason)];
        }

        return [new XunitTestCase(diagnostics, display, displayOptions, testMethod)];
    }
}
