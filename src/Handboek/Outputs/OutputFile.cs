using System.Text;

namespace Handboek.Outputs;

/// <summary>One file of the site; <see cref="Path"/> is relative to the output folder, with forward slashes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text.ReplaceLineEndings("\n")));
}
