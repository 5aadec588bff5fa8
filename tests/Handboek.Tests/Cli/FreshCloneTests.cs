using System.Diagnostics;
using System.Text.Json;
using Handboek.Tests.Support;

namespace Handboek.Tests.Cli;

/// <summary>
/// The README's build command on a fresh clone: the CLI project's build installs the pinned Pagefind once, and
/// without Node.js says so and goes on. Runs the MSBuild target in a copy of the files it reads.
/// </summary>
public class FreshCloneTests
{
    private const string Target = "InstallNodeTools";

    /// <summary>The tests run in the dotnet host, so its path is the SDK's own.</summary>
    private static readonly string Dotnet = Path.GetFileName(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "/usr/bin/dotnet";

    [Fact]
    public void The_first_build_installs_the_pinned_node_tools_and_a_second_build_runs_no_npm()
    {
        using var clone = Clone();

        var first = MsBuild(clone.Path, Environment.GetEnvironmentVariable("PATH")!);
        var second = MsBuild(clone.Path, Environment.GetEnvironmentVariable("PATH")!);

        Assert.Contains("eenmalig de zoekfunctie en het formulier installeren (npm ci)", first);
        foreach (var (name, pinned) in Pinned(clone["package.json"]))
        {
            Assert.True(File.Exists(clone[$"node_modules/{name}/package.json"]), first);
            Assert.Equal(pinned, Version(clone[$"node_modules/{name}/package.json"]));
        }

        Assert.DoesNotContain("npm", second);
    }

    [Fact]
    public void Without_node_the_build_goes_on_and_says_in_one_line_what_is_missing()
    {
        using var clone = Clone();
        using var bin = new TempFolder();
        // A PATH with the .NET SDK and a shell, and no npm.
        File.CreateSymbolicLink(bin["dotnet"], Dotnet);
        File.CreateSymbolicLink(bin["sh"], "/bin/sh");

        var output = MsBuild(clone.Path, bin.Path);

        Assert.Single(output.Split('\n'), l => l.Contains("Handboek: npm is niet gevonden", StringComparison.Ordinal));
        Assert.False(Directory.Exists(clone["node_modules"]));
    }

    /// <summary>Pagefind, Decap CMS and js-yaml: every tool the build copies or runs.</summary>
    private static List<(string Name, string Version)> Pinned(string packageJson) =>
        [.. JsonDocument.Parse(File.ReadAllText(packageJson)).RootElement.GetProperty("devDependencies").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!))];

    private static string Version(string packageJson) =>
        JsonDocument.Parse(File.ReadAllText(packageJson)).RootElement.GetProperty("version").GetString()!;

    /// <summary>What the target reads of a clone: the npm files and the CLI project with the props above it.</summary>
    private static TempFolder Clone()
    {
        var clone = new TempFolder();
        foreach (var file in new[] { "package.json", "package-lock.json", "global.json", "Directory.Build.props", "src/Handboek.Cli/Handboek.Cli.csproj" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(clone[file])!);
            File.Copy(Path.Combine(RepoPaths.Root, file), clone[file]);
        }

        return clone;
    }

    private static string MsBuild(string root, string path)
    {
        var start = new ProcessStartInfo(Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var arg in new[] { "msbuild", "src/Handboek.Cli/Handboek.Cli.csproj", $"-t:{Target}", "-nologo", "-v:m" }) start.ArgumentList.Add(arg);
        start.Environment["PATH"] = path;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output.Result + error.Result);
        return output.Result + error.Result;
    }
}
