namespace Handboek.Model;

/// <summary>A free-standing page (input/paginas), such as the explanation of how the handbook works.</summary>
public sealed record Page(string Id, string Titel, string? Samenvatting, int Volgorde, MarkdownBody Body, string SourcePath);
