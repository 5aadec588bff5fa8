using System.Buffers;
using System.Runtime.InteropServices;

namespace Handboek.Building;

/// <summary>
/// Takes a file over from the previous site when its new content is byte for byte the same, as a hard link instead of a
/// new file. A rebuild then writes only what changed, unchanged files keep their date, and removing the previous site
/// frees almost nothing: on a disk that creates and frees files slowly this is most of a rebuild.
/// </summary>
public static partial class UnchangedFile
{
    private const int ChunkSize = 64 * 1024;

    /// <returns>False when there is no such previous file, it differs, or the file system cannot link; then write the file.</returns>
    public static bool TryReuse(string previous, string path, ReadOnlySpan<byte> content)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return SameContent(previous, content) && Link(previous, path) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool SameContent(string path, ReadOnlySpan<byte> content)
    {
        if (!File.Exists(path)) return false;
        using var file = File.OpenHandle(path);
        if (RandomAccess.GetLength(file) != content.Length) return false;

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, ChunkSize));
        try
        {
            for (var offset = 0; offset < content.Length;)
            {
                var read = RandomAccess.Read(file, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read))) return false;
                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
