using System.Formats.Tar;

namespace Handboek.Provenance;

/// <summary>The input folder as it was in another commit or branch, for comparing a pull request with its base.</summary>
public static class GitRevision
{
    /// <summary>Writes the input folder as it is in <paramref name="reference"/> below <paramref name="targetDir"/>.</summary>
    /// <returns>The exported input folder, or a Dutch error.</returns>
    public static (string? InputDir, string? Error) Export(string inputDir, string reference, string targetDir)
    {
        var root = GitHistory.FindRoot(inputDir);
        if (root is null) return (null, "de invoer staat niet in een Git-repository, dus er is geen basis om mee te vergelijken");

        var folder = Path.GetRelativePath(root, inputDir).Replace('\\', '/');
        var archive = Path.Combine(targetDir, "basis.tar");
        Directory.CreateDirectory(targetDir);
        // The reference is typed by a person or comes from CI: one that starts with '-' would be read as an option
        // (--output=FILE overwrites a file), so it only ever reaches git after --end-of-options, turned into a commit hash.
        var commit = reference.StartsWith('-') || reference.Any(char.IsControl)
            ? null
            : GitHistory.Git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}")?.Trim();
        if (commit is null || GitHistory.Git(root, "archive", "--format=tar", "-o", archive, commit, "--", folder) is null)
        {
            return (null, $"'{reference}' is geen commit of branch in deze repository, of de map {folder} bestaat daar niet " +
                "(haal de basis eerst op, bijvoorbeeld met 'git fetch origin main')");
        }

        var exported = Path.Combine(targetDir, "basis");
        Directory.CreateDirectory(exported);
        try
        {
            TarFile.ExtractToDirectory(archive, exported, overwriteFiles: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, $"de invoer in '{reference}' kan niet worden uitgepakt ({e.Message})");
        }

        return (Path.Combine(exported, folder), null);
    }
}
