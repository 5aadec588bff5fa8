using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Handboek.Rendering;

/// <summary>
/// The members templates read from the <see cref="FragmentCache"/> of the render, added to a view type's own:
/// <c>html</c> and <c>poster_html</c> of a calendar entry and of a month, <c>html</c> and <c>inhoud</c> of a card.
/// </summary>
internal sealed class FragmentMembers(IObjectAccessor own, IReadOnlyDictionary<string, Func<FragmentCache, object, object>> added) : IObjectAccessor
{
    /// <summary>The added members of a view type, or null for a type without any.</summary>
    public static IReadOnlyDictionary<string, Func<FragmentCache, object, object>>? Of(Type type)
    {
        if (type == typeof(EntryView))
        {
            return new Dictionary<string, Func<FragmentCache, object, object>>(StringComparer.Ordinal)
            {
                ["html"] = (cache, entry) => cache.EntryHtml((EntryView)entry),
                ["poster_html"] = (cache, entry) => cache.EntryPosterHtml((EntryView)entry),
            };
        }

        if (type == typeof(MonthView))
        {
            return new Dictionary<string, Func<FragmentCache, object, object>>(StringComparer.Ordinal)
            {
                ["html"] = (cache, month) => cache.MonthHtml((MonthView)month),
                ["poster_html"] = (cache, month) => cache.MonthPosterHtml((MonthView)month),
            };
        }

        if (type == typeof(CardView))
        {
            return new Dictionary<string, Func<FragmentCache, object, object>>(StringComparer.Ordinal)
            {
                ["html"] = (cache, card) => cache.Body((CardView)card).Html,
                // "Op deze pagina" is worth its space from three sections on.
                ["inhoud"] = (cache, card) => cache.Body((CardView)card).Contents is { Count: >= 3 } inhoud ? inhoud : Array.Empty<LinkView>(),
            };
        }

        return null;
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => own.GetMemberCount(context, span, target) + added.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) =>
        own.GetMembers(context, span, target).Concat(added.Keys);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        added.ContainsKey(member) || own.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (added.TryGetValue(member, out var read) && Theme.FragmentsOf(context) is { } cache)
        {
            value = read(cache, target);
            return true;
        }

        return own.TryGetValue(context, span, target, member, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        own.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        own.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        own.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => own.HasIndexer;

    public Type? IndexType => own.IndexType;
}
