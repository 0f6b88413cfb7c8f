using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WarRoom.Web.Features.Boards;

namespace WarRoom.Web.Tests.Boards;

/// <summary>AddWarRoomBoards: the folder comes from WarRoom:Dashboards or is found upward, and a bad one stops the start.</summary>
public sealed class BoardsRegistrationTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "warroom-boards-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static IHost BuildHost(string? folder)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [BoardsOptions.FolderKey] = folder });
        builder.Services.AddWarRoomBoards(builder.Configuration);

        // The test bank's vocabulary instead of the seed data's, and the real clock (both the host's other areas' to give).
        builder.Services.AddSingleton(TestBank.Vocabulary());
        builder.Services.AddSingleton(TimeProvider.System);
        return builder.Build();
    }

    [Fact]
    public async Task The_configured_folder_is_loaded_at_start()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "boards")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "t.json"), SampleBoard.Json);
        using var host = BuildHost(folder);

        await host.StartAsync();
        var catalog = host.Services.GetRequiredService<BoardCatalog>();

        Assert.Equal(folder, catalog.Folder);
        Assert.Equal("t", Assert.Single(catalog.Boards).Id);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_missing_folder_fails_the_start_naming_the_setting()
    {
        using var host = BuildHost(Path.Combine(root, "nowhere"));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("WarRoom:Dashboards", e.Message, StringComparison.Ordinal);
        Assert.Contains("nowhere", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_board_fails_the_start_naming_board_and_field()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "dashboards")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "t.json"), SampleBoard.With(b => b["scope"] = "BR77"));
        using var host = BuildHost(folder);

        var e = await Assert.ThrowsAsync<BoardDefinitionException>(() => host.StartAsync());

        Assert.Contains("dashboards/t.json: scope: unknown unit 'BR77'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_setting_the_folder_is_found_upward()
    {
        var nested = Directory.CreateDirectory(Path.Combine(root, "dashboards")).Parent!.CreateSubdirectory("src/app/bin");

        var found = new BoardsOptions().ResolveFolder(nested.FullName);

        Assert.Equal(Path.Combine(root, "dashboards"), found);
    }

    [Fact]
    public void The_repository_boards_are_found_from_the_test_binaries() =>
        Assert.Equal(Path.Combine(TestBank.RepoRoot(), "dashboards"), new BoardsOptions().ResolveFolder(AppContext.BaseDirectory));
}
