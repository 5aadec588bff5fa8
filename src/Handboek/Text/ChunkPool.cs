using System.Collections.Concurrent;
using System.Numerics;

namespace Handboek.Text;

/// <summary>
/// The chunks of <see cref="ChunkedBuffer"/>, kept for the next file once one is written. A build writes hundreds of
/// megabytes (every calendar, poster and feed of every role at every school); making each chunk new cost more in zeroing,
/// page faults and collections than rendering them. Only a buffer that is sure nothing else holds its chunks gives them
/// back (<see cref="ChunkedBuffer.Release"/>). Sizes are powers of two from 512 bytes to 64 KB, the chunks pages are
/// written in, and up to 16 MB for a value written in one piece; others are not kept.
/// </summary>
internal static class ChunkPool
{
    private const int SmallestShift = 9;
    private const int LargestShift = 24;
    private static readonly ConcurrentBag<byte[]>[] Free = Enumerable.Range(SmallestShift, LargestShift - SmallestShift + 1).Select(_ => new ConcurrentBag<byte[]>()).ToArray();

    public static byte[] Rent(int size) =>
        Bag(size) is { } bag && bag.TryTake(out var chunk) ? chunk : new byte[size];

    public static void Return(byte[] chunk) => Bag(chunk.Length)?.Add(chunk);

    private static ConcurrentBag<byte[]>? Bag(int size)
    {
        if (!BitOperations.IsPow2(size)) return null;
        var shift = BitOperations.Log2((uint)size);
        return shift is >= SmallestShift and <= LargestShift ? Free[shift - SmallestShift] : null;
    }
}
