namespace Handboek.Model;

/// <summary>A free-standing page (input/paginas), such as the explanation of how the handbook works.</summary>
public sealed record Page(string Id, string Title, string? Summary, int Order, MarkdownBody Body, string SourcePath);
