namespace Handboek.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted when the test is done.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("handboek-test-").FullName;

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public TempFolder Write(string relative, string content)
    {
        var file = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return this;
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="relative"/>; in reverse order when asked, to shake out order dependence.</summary>
    public TempFolder CopyFrom(string source, string relative = "", bool reverse = false)
    {
        var files = Directory.GetFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in reverse ? files.Reverse() : files)
        {
            var target = this[System.IO.Path.Combine(relative, System.IO.Path.GetRelativePath(source, file))];
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
