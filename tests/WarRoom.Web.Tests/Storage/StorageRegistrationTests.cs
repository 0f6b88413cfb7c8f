using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WarRoom.Web.Storage;
using WarRoom.Web.Storage.Influx;
using WarRoom.Web.Storage.Sqlite;

namespace WarRoom.Web.Tests.Storage;

public sealed class StorageRegistrationTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TestSeed.Create());
        services.AddSingleton(TimeProvider.System);
        services.AddWarRoomStorage(configuration);
        return services.BuildServiceProvider();
    }

    private static void ValidateOnStart(IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public async Task Without_configuration_the_store_is_sqlite_under_data()
    {
        await using var services = Build();

        ValidateOnStart(services);
        Assert.IsType<SqliteKpiStore>(services.GetRequiredService<IKpiStore>());
        Assert.Equal("data/warroom.db", services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path);
        Assert.Empty(services.GetServices<IHostedService>());
    }

    [Fact]
    public async Task Influx_registers_one_store_instance_and_the_spool_drainer()
    {
        await using var services = Build(("WarRoom:Store", "Influx"), ("WarRoom:Influx:Url", "http://localhost:8086"),
            ("WarRoom:Influx:Database", "warroom"), ("WarRoom:Influx:Token", "t"));

        ValidateOnStart(services);
        var store = Assert.IsType<InfluxKpiStore>(services.GetRequiredService<IKpiStore>());
        Assert.Same(store, services.GetRequiredService<InfluxKpiStore>());
        Assert.IsType<InfluxSpoolDrainer>(Assert.Single(services.GetServices<IHostedService>()));
    }

    [Theory]
    [InlineData("WarRoom:Influx:Url", "localhost:8086", "Url must be an absolute http(s) URL")]
    [InlineData("WarRoom:Influx:Username", "u", "Username and WarRoom:Influx:Password go together")]
    [InlineData("WarRoom:Influx:BatchLines", "0", "BatchLines must be between")]
    public void Bad_influx_settings_fail_at_start_naming_the_key(string key, string value, string message)
    {
        using var services = Build(("WarRoom:Store", "Influx"), ("WarRoom:Influx:Url", "http://localhost:8086"), (key, value));

        var ex = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(services));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void An_unknown_store_kind_fails_at_start()
    {
        using var services = Build(("WarRoom:Store", "Mongo"));

        var ex = Assert.ThrowsAny<Exception>(() => ValidateOnStart(services));
        Assert.Contains("WarRoom:Store", ex.ToString());
    }
}
