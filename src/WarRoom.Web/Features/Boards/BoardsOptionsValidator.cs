using Microsoft.Extensions.Options;

namespace WarRoom.Web.Features.Boards;

/// <summary>Fails the start when the boards folder cannot be found, naming the setting that fixes it.</summary>
internal sealed class BoardsOptionsValidator : IValidateOptions<BoardsOptions>
{
    public ValidateOptionsResult Validate(string? name, BoardsOptions options)
    {
        var cwd = Directory.GetCurrentDirectory();
        var folder = options.ResolveFolder(cwd);
        if (folder is null)
        {
            return ValidateOptionsResult.Fail(
                $"no '{BoardsOptions.DefaultFolderName}/' folder found upward from '{cwd}'; set {BoardsOptions.FolderKey}");
        }

        if (!Directory.Exists(folder))
        {
            return ValidateOptionsResult.Fail($"{BoardsOptions.FolderKey}: folder '{folder}' does not exist");
        }

        if (options.Debounce < TimeSpan.Zero || options.Debounce > TimeSpan.FromSeconds(30))
        {
            return ValidateOptionsResult.Fail($"board reload debounce {options.Debounce} is outside 0..30 s");
        }

        return ValidateOptionsResult.Success;
    }
}
