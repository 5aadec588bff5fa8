using System.Buffers;
using System.Runtime.InteropServices;
using Handboek.Text;

namespace Handboek.Building;

/// <summary>
/// Lets a rebuild keep what did not change: a file whose bytes are already right stays as it is, or is taken over from
/// the live site as a hard link instead of being written again, so it keeps its date and costs the disk nothing.
/// </summary>
public static partial class UnchangedFile
{
    private const int ChunkSize = 64 * 1024;
    private const int WriteBufferSize = 256 * 1024;

    /// <summary>Whether <paramref name="path"/> exists and holds exactly <paramref name="content"/>.</summary>
    public static bool Matches(string path, FileContent content)
    {
        try
        {
            return File.Exists(path) && SameContent(path, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <returns>False when the file system (or Windows, where we do not try) cannot link; then write the file.</returns>
    public static bool TryLink(string existing, string path) => !OperatingSystem.IsWindows() && Link(existing, path) == 0;

    private static bool SameContent(string path, FileContent content)
    {
        using var file = File.OpenHandle(path);
        if (RandomAccess.GetLength(file) != content.Length) return false;

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, ChunkSize));
        try
        {
            long offset = 0;
            foreach (var segment in content.Segments())
            {
                for (var done = 0; done < segment.Length;)
                {
                    var read = RandomAccess.Read(file, buffer.AsSpan(0, Math.Min(buffer.Length, segment.Length - done)), offset);
                    if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(segment.Span.Slice(done, read))) return false;
                    done += read;
                    offset += read;
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes a new file, its chunks gathered into a pooled buffer and written a buffer at a time: a calendar page or feed
    /// has thousands of small chunks (shared entries), and a gathering write per file allocated more than the copy costs.
    /// </summary>
    public static void Write(string path, FileContent content)
    {
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max(content.Length, 1), WriteBufferSize));
        try
        {
            long offset = 0;
            var used = 0;
            foreach (var segment in content.Segments())
            {
                for (var span = segment.Span; !span.IsEmpty;)
                {
                    var part = Math.Min(span.Length, buffer.Length - used);
                    span[..part].CopyTo(buffer.AsSpan(used));
                    used += part;
                    span = span[part..];
                    if (used < buffer.Length) continue;
                    RandomAccess.Write(file, buffer.AsSpan(0, used), offset);
                    offset += used;
                    used = 0;
                }
            }

            if (used > 0) RandomAccess.Write(file, buffer.AsSpan(0, used), offset);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
