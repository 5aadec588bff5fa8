using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Handboek.Loading;

namespace Handboek.Cli.Preview;

/// <summary>
/// The form editor on the quality officer's own computer: <c>handboek serve</c> answers Decap CMS's local backend
/// protocol (the one its decap-server speaks: a POST with an action and its parameters) on the input folder itself,
/// so a card saved in the form is a saved file, rebuilt and reloaded like any other edit, without GitHub. Paths arrive
/// as the repository names them ("input/kaarten/x.md"); only files inside the input folder, after following symbolic
/// links, are read or written, and only Markdown, YAML and the images and documents cards link to.
/// </summary>
public sealed class LocalCmsBackend(string inputDir, string folderInRepository)
{
    /// <summary>Far above a card or a photo, far below what a form could mean to send.</summary>
    public const long MaxRequestBytes = 50 * 1024 * 1024;

    private static readonly HashSet<string> Writable = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".yml", ".yaml", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".pdf",
    };

    private readonly InputBoundary _boundary = new(inputDir);

    /// <summary>The answer to one request, as JSON; an <see cref="ArgumentException"/> for a path it may not touch.</summary>
    public JsonNode? Handle(JsonObject request)
    {
        var parameters = request["params"] as JsonObject ?? [];
        return (string?)request["action"] switch
        {
            "info" => new JsonObject { ["repo"] = "handboek", ["publish_modes"] = new JsonArray("simple"), ["type"] = "local_fs" },
            "entriesByFolder" => new JsonArray([.. ListFolder(Text(parameters, "folder"), Text(parameters, "extension"), (int?)parameters["depth"] ?? 1).Select(Entry)]),
            "entriesByFiles" => new JsonArray([.. (parameters["files"] as JsonArray ?? []).Select(f => Entry(Text(Object(f, "files"), "path")))]),
            "getEntry" => Entry(Text(parameters, "path")),
            "persistEntry" => Persist(parameters),
            "getMedia" => new JsonArray([.. ListFolder(Text(parameters, "mediaFolder"), "", 1).Select(Media)]),
            "getMediaFile" => Media(Text(parameters, "path")),
            "persistMedia" => PersistMedia(Object(parameters["asset"], "asset")),
            "deleteFile" => Delete([Text(parameters, "path")]),
            "deleteFiles" => Delete([.. (parameters["paths"] as JsonArray ?? []).Select(p => (string?)p ?? throw new ArgumentException("'paths' ontbreekt"))]),
            "getDeployPreview" => null,
            var other => throw new ArgumentException($"onbekende opdracht '{other}'"),
        };
    }

    private JsonObject Persist(JsonObject parameters)
    {
        var files = parameters["dataFiles"] is JsonArray dataFiles ? dataFiles.ToList() : [parameters["entry"]];
        foreach (var file in files.Select(f => Object(f, "entry")))
        {
            Write(Text(file, "path"), Encoding.UTF8.GetBytes(Text(file, "raw")));
            if ((string?)file["newPath"] is { } newPath) Move(Text(file, "path"), newPath);
        }

        foreach (var asset in parameters["assets"] as JsonArray ?? []) PersistMedia(Object(asset, "assets"));
        return new JsonObject { ["message"] = "entry persisted" };
    }

    private JsonObject PersistMedia(JsonObject asset)
    {
        var path = Text(asset, "path");
        Write(path, Convert.FromBase64String(Text(asset, "content")));
        return Media(path);
    }

    private JsonObject Delete(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = WritablePath(path);
            if (File.Exists(full)) File.Delete(full);
        }

        return new JsonObject { ["message"] = "deleted" };
    }

    private JsonObject Entry(string path)
    {
        var content = TryRead(path, InputBoundary.MaxTextBytes);
        return new JsonObject
        {
            ["data"] = content is null ? null : Encoding.UTF8.GetString(content),
            ["file"] = new JsonObject { ["path"] = path, ["id"] = content is null ? null : Id(content) },
        };
    }

    private JsonObject Media(string path)
    {
        var content = TryRead(path, InputBoundary.MaxCopiedBytes) ?? throw new ArgumentException($"{path}: {InputBoundary.Missing}");
        return new JsonObject
        {
            ["id"] = Id(content),
            ["content"] = Convert.ToBase64String(content),
            ["encoding"] = "base64",
            ["path"] = path,
            ["name"] = Path.GetFileName(path),
        };
    }

    /// <summary>The files below a folder to <paramref name="depth"/> levels, by repository path, sorted.</summary>
    private IEnumerable<string> ListFolder(string folder, string extension, int depth)
    {
        var full = FullPath(folder);
        if (!Directory.Exists(full)) return [];
        var files = _boundary.Files(Path.GetRelativePath(inputDir, full), f => f.EndsWith(extension, StringComparison.Ordinal), new Diagnostics.DiagnosticBag());
        return files
            .Where(f => Path.GetRelativePath(full, f).Count(c => c == Path.DirectorySeparatorChar) < depth)
            .Select(RepositoryPath);
    }

    private byte[]? TryRead(string path, long maxBytes)
    {
        var full = FullPath(path);
        return _boundary.Problem(full, maxBytes) is null ? File.ReadAllBytes(full) : null;
    }

    /// <summary>Through a file beside the target, so the preview's watcher never reads half a card.</summary>
    private void Write(string path, byte[] content)
    {
        var full = WritablePath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, full, overwrite: true);
    }

    private void Move(string from, string to)
    {
        var target = WritablePath(to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(WritablePath(from), target);
    }

    private string WritablePath(string path)
    {
        var full = FullPath(path);
        if (!Writable.Contains(Path.GetExtension(full))) throw new ArgumentException($"{path}: het formulier schrijft alleen kaarten, pagina's, gegevensbestanden en afbeeldingen");
        if (_boundary.Problem(full, long.MaxValue) is { } problem && problem != InputBoundary.Missing) throw new ArgumentException($"{path}: {problem}");
        return full;
    }

    /// <summary>"input/kaarten/x.md" to the file in the input folder; anything outside it is refused.</summary>
    private string FullPath(string repositoryPath)
    {
        var prefix = folderInRepository == "." ? "" : folderInRepository + "/";
        if (!repositoryPath.StartsWith(prefix, StringComparison.Ordinal)) throw new ArgumentException($"{repositoryPath}: buiten de invoermap");
        var relative = repositoryPath[prefix.Length..];
        if (relative.Split('/').Any(part => part is ".." || part.Contains('\\')) || Path.IsPathRooted(relative))
            throw new ArgumentException($"{repositoryPath}: buiten de invoermap");
        return Path.GetFullPath(Path.Combine(inputDir, relative));
    }

    private string RepositoryPath(string fullPath)
    {
        var relative = Path.GetRelativePath(inputDir, fullPath).Replace('\\', '/');
        return folderInRepository == "." ? relative : $"{folderInRepository}/{relative}";
    }

    private static string Id(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static JsonObject Object(JsonNode? node, string name) => node as JsonObject ?? throw new ArgumentException($"'{name}' ontbreekt");

    private static string Text(JsonObject parameters, string name) =>
        (string?)parameters[name] ?? throw new ArgumentException($"'{name}' ontbreekt");
}
