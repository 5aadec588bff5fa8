namespace Handboek.Model;

/// <summary>
/// A Markdown body and the relative links in it, resolved to input paths. The source is kept, not its syntax tree: the
/// trees of a large handbook's bodies took more memory than the rest of the build, and a body renders only twice.
/// </summary>
/// <param name="RawHtml">Whether HTML in the source is HTML (<c>html_toestaan: ja</c>, sanitized when rendered) rather than text.</param>
public sealed record MarkdownBody(string Source, IReadOnlyList<BodyLink> Links, bool RawHtml = false);

/// <summary>
/// A relative link or image in a body. <see cref="TargetPath"/> is the input-relative path it points at
/// (forward slashes), or null when it points outside the input folder.
/// </summary>
public sealed record BodyLink(bool IsImage, string Written, string? TargetPath, string? Fragment, Diagnostics.SourceLocation At);
