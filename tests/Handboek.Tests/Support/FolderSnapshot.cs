using System.Security.Cryptography;

namespace Handboek.Tests.Support;

/// <summary>Every file below a folder with a hash of its bytes: equal snapshots mean nothing was added, removed or changed.</summary>
public static class FolderSnapshot
{
    public static Dictionary<string, string> Of(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
