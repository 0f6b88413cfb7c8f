using System.Globalization;
using System.Text;
using WarRoom.SeedGeneration;

namespace WarRoom.Web.Infrastructure.Cli;

/// <summary>
/// <c>generate-seed [--seed N] [--managers N] [--out DIR] [--shape regional|national] [--depth 3..6]</c>: writes the
/// generator's seed files to a folder (default <c>seed-data</c> under the working directory) as UTF-8 without BOM
/// with LF line ends — the committed seed-data/ is this command's output with the defaults; <c>--shape national</c>
/// writes a national bank of <c>--depth</c> levels (default 5, decision 0025). Returns 0, or 2 on a usage error.
/// </summary>
public static class GenerateSeedCommand
{
    public const string Name = "generate-seed";

    private const string Usage = "usage: generate-seed [--seed N] [--managers N] [--out DIR] [--shape regional|national] [--depth 3..6]";

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var (options, outDir, problem) = Parse(args);
        if (problem is null)
        {
            try
            {
                options.Validate();
            }
            catch (ArgumentOutOfRangeException e)
            {
                problem = $"--{e.ParamName?.ToLowerInvariant()} {e.ActualValue}: {e.Message.Split(" (Parameter")[0]}";
            }
        }

        if (problem is not null)
        {
            error.WriteLine($"{Name}: {problem}");
            error.WriteLine(Usage);
            return 2;
        }

        var files = SeedGenerator.Generate(options);
        Directory.CreateDirectory(outDir);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(outDir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, utf8);
        }

        output.WriteLine($"{Name}: wrote {files.Count} files ({(options.Shape == SeedShape.National ? $"national, {options.EffectiveDepth} levels, " : "")}seed {options.Seed}, {options.Managers} managers) to {Path.GetFullPath(outDir)}");
        return 0;
    }

    private static (SeedGeneratorOptions Options, string OutDir, string? Problem) Parse(string[] args)
    {
        var options = new SeedGeneratorOptions();
        var outDir = "seed-data";

        // The host passes its whole argument list, verb included.
        for (var i = args.Length > 0 && args[0] == Name ? 1 : 0; i < args.Length; i += 2)
        {
            var flag = args[i];
            if (flag is not ("--seed" or "--managers" or "--out" or "--shape" or "--depth"))
            {
                return (options, outDir, $"unknown argument '{flag}'");
            }

            if (i + 1 >= args.Length || args[i + 1].Length == 0 || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return (options, outDir, $"{flag} needs a value");
            }

            var value = args[i + 1];
            if (flag == "--out")
            {
                outDir = value;
                continue;
            }

            if (flag == "--shape")
            {
                if (value is not ("regional" or "national"))
                {
                    return (options, outDir, $"--shape '{value}' must be regional or national");
                }

                options = options with { Shape = value == "national" ? SeedShape.National : SeedShape.Regional };
                continue;
            }

            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return (options, outDir, $"{flag} '{value}' is not a whole number");
            }

            options = flag switch
            {
                "--seed" => options with { Seed = number },
                "--depth" => options with { Depth = number },
                _ => options with { Managers = number },
            };
        }

        return (options, outDir, null);
    }
}
