using Handboek.Diagnostics;
using Handboek.Loading;
using Handboek.Model;
using Handboek.Text;

namespace Handboek.Validation;

/// <summary>Checks what can only be checked once every card is read: unique ids (and earlier ids), related cards and body links.</summary>
public sealed class CrossReferenceValidator(InputBoundary input, DiagnosticBag diagnostics)
{
    public void Validate(IReadOnlyList<ReadCard> cards, IReadOnlyList<Page> pages)
    {
        CheckUniqueIds(cards.Select(c => (c.Card.Id, c.Card.SourcePath, c.IdAt)), "kaart");
        CheckUniqueIds(pages.Select(p => (p.Id, p.SourcePath, SourceLocation.StartOf(Path.Combine(input.Dir, p.SourcePath)))), "pagina");

        var ids = cards.Select(c => c.Card.Id).ToHashSet(StringComparer.Ordinal);
        CheckPreviousIds(cards, ids);
        foreach (var card in cards)
        {
            foreach (var related in card.Related.Where(r => !ids.Contains(r.Value)))
            {
                var suggestion = NearMiss.Suggest(related.Value, ids);
                diagnostics.Error(related.At, $"onbekende kaart '{related.Value}' in 'gerelateerd'; " +
                    (suggestion is null ? "gebruik de id van een bestaande kaart" : $"bedoelde je '{suggestion}'?"));
            }
        }

        var markdownFiles = cards.Select(c => c.Card.SourcePath).Concat(pages.Select(p => p.SourcePath)).ToHashSet(StringComparer.Ordinal);
        var links = cards.SelectMany(c => c.Card.Body.Links).Concat(pages.SelectMany(p => p.Body.Links));
        foreach (var link in links) CheckLink(link, markdownFiles);
    }

    /// <summary>An earlier id becomes a redirect to the card: it cannot be another card's address or another card's earlier id.</summary>
    private void CheckPreviousIds(IReadOnlyList<ReadCard> cards, IReadOnlySet<string> ids)
    {
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var card in cards)
        {
            foreach (var previous in card.PreviousIds)
            {
                if (ids.Contains(previous.Value))
                    diagnostics.Error(previous.At, $"'{previous.Value}' in 'vorige_ids' is de id van een andere kaart; een oud adres kan niet ook een kaart zijn");
                else if (!claimed.TryAdd(previous.Value, card.Card.SourcePath))
                    diagnostics.Error(previous.At, $"'{previous.Value}' staat al onder 'vorige_ids' van {claimed[previous.Value]}; een oud adres kan maar naar één kaart doorsturen");
            }
        }
    }

    private void CheckUniqueIds(IEnumerable<(string Id, string SourcePath, SourceLocation At)> items, string kind)
    {
        foreach (var group in items.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
                diagnostics.Error(duplicate.At, $"id '{group.Key}' wordt al gebruikt door {first.SourcePath}; geef deze {kind} een andere id");
        }
    }

    private void CheckLink(BodyLink link, IReadOnlySet<string> markdownFiles)
    {
        var what = link.IsImage ? "afbeelding" : "link";
        if (link.TargetPath is null)
        {
            diagnostics.Error(link.At, $"{what} '{link.Written}' wijst buiten de map input/");
            return;
        }

        if (link.TargetPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (markdownFiles.Contains(link.TargetPath)) return;
            var from = Path.GetDirectoryName(link.At.File)!;
            var suggestion = NearMiss.Suggest(Path.GetFileName(link.TargetPath), markdownFiles.Select(Path.GetFileName).OfType<string>());
            var suggestedPath = suggestion is null
                ? null
                : markdownFiles.Where(f => Path.GetFileName(f) == suggestion)
                    .Select(f => Path.GetRelativePath(from, Path.Combine(input.Dir, f)).Replace('\\', '/'))
                    .Order(StringComparer.Ordinal)
                    .First();
            diagnostics.Error(link.At, $"link '{link.Written}' wijst naar een kaart die niet bestaat" +
                (suggestedPath is null ? "" : $"; bedoelde je '{suggestedPath}'?"));
            return;
        }

        if (input.Problem(Path.Combine(input.Dir, link.TargetPath), InputBoundary.MaxCopiedBytes) is { } problem)
        {
            diagnostics.Error(link.At, problem == InputBoundary.Missing
                ? $"{what} '{link.Written}' wijst naar een bestand dat niet bestaat"
                : $"{what} '{link.Written}' kan niet in de site: {problem}");
            return;
        }

        if (Attachment.Problem(Path.Combine(input.Dir, link.TargetPath)) is { } refused)
            diagnostics.Error(link.At, $"{what} '{link.Written}' kan niet in de site: {refused}");
    }
}
