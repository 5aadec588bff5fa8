using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handboek.Model;

/// <summary>A parsed Markdown body and the relative links in it, resolved to input paths.</summary>
public sealed record MarkdownBody(MarkdownDocument Document, IReadOnlyList<BodyLink> Links);

/// <summary>
/// A relative link or image in a body. <see cref="TargetPath"/> is the input-relative path it points at
/// (forward slashes), or null when it points outside the input folder.
/// </summary>
public sealed record BodyLink(LinkInline Inline, string Written, string? TargetPath, string? Fragment, Diagnostics.SourceLocation At);
