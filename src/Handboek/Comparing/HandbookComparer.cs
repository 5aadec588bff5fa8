using Handboek.Model;
using Handboek.Responsibilities;
using Handboek.Scheduling;

namespace Handboek.Comparing;

/// <summary>
/// Compares the handbook of a pull request with its base. Cards are matched by id, or by an id under
/// <c>vorige_ids</c> (a rename); moments within a card by what they say (<c>wat</c>) and otherwise by position, so
/// reordering moments is not reported as moving them.
/// </summary>
public static class HandbookComparer
{
    public static HandbookChanges Compare(Handbook before, string beforeDir, Handbook after, string afterDir)
    {
        var old = before.Cards.ToDictionary(c => c.Id, StringComparer.Ordinal);
        // Each card of the change with the card it was in the base: the same id, or one of its earlier ids.
        var matched = after.Cards.Select(c => (Card: c, Previous: old.GetValueOrDefault(c.Id) ?? c.PreviousIds.Select(old.GetValueOrDefault).OfType<Card>().FirstOrDefault())).ToList();
        var kept = matched.Where(m => m.Previous is not null).Select(m => m.Previous!.Id).ToHashSet(StringComparer.Ordinal);
        var added = matched.Where(m => m.Previous is null).Select(m => m.Card).ToList();
        var cards = new List<CardChange>();
        var moments = new List<MomentChange>();
        var roles = new List<RoleChange>();

        foreach (var card in added)
        {
            cards.Add(new CardChange(CardChangeKind.Added, card.Id, card.Title));
            moments.AddRange(card.Moments.Select(m => new MomentChange(MomentChangeKind.Added, card.Title, m.What, null, m.WhenText)));
        }

        foreach (var card in before.Cards.Where(c => !kept.Contains(c.Id)))
        {
            cards.Add(new CardChange(CardChangeKind.Removed, card.Id, card.Title, MayBeRenamed: added.Count > 0));
            moments.AddRange(card.Moments.Select(m => new MomentChange(MomentChangeKind.Dropped, card.Title, m.What, m.WhenText, null)));
        }

        foreach (var (card, previous) in matched.Where(m => m.Previous is not null).Select(m => (m.Card, m.Previous!)))
        {
            if (previous.Id != card.Id)
                cards.Add(new CardChange(CardChangeKind.Renamed, card.Id, card.Title, previous.Id));
            else if (!CardFileComparer.Same(Path.Combine(beforeDir, previous.SourcePath), Path.Combine(afterDir, card.SourcePath)))
                cards.Add(new CardChange(CardChangeKind.Changed, card.Id, card.Title));
            moments.AddRange(CompareMoments(previous, card));
            roles.AddRange(CompareRoles(before, previous, after, card));
        }

        var oldRoles = before.Roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var newRoles = after.Roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return new HandbookChanges(
            cards.OrderBy(c => c.Kind).ThenBy(c => c.Title, StringComparer.Ordinal).ToList(),
            moments,
            roles,
            after.Roles.Where(r => !oldRoles.Contains(r.Id)).Select(r => r.Name).ToList(),
            before.Roles.Where(r => !newRoles.Contains(r.Id)).Select(r => r.Name).ToList());
    }

    private static IEnumerable<MomentChange> CompareMoments(Card before, Card after)
    {
        var unmatched = before.Moments.ToList();
        var pairs = new List<(CalendarMoment? Before, CalendarMoment After)>();
        foreach (var moment in after.Moments)
        {
            var match = unmatched.FirstOrDefault(m => m.What == moment.What);
            if (match is not null) unmatched.Remove(match);
            pairs.Add((match, moment));
        }

        // What is left on both sides pairs up by position: a moment whose text changed is the same moment.
        var orphans = pairs.Where(p => p.Before is null).ToList();
        foreach (var (orphan, old) in orphans.Zip(unmatched.ToList()))
        {
            pairs[pairs.IndexOf(orphan)] = (old, orphan.After);
            unmatched.Remove(old);
        }

        foreach (var (old, now) in pairs)
        {
            if (old is null)
            {
                yield return new MomentChange(MomentChangeKind.Added, after.Title, now.What, null, now.WhenText);
            }
            else if (old.WhenText != now.WhenText)
            {
                yield return new MomentChange(MomentChangeKind.Moved, after.Title, now.What, old.WhenText, now.WhenText);
            }
            else if (Dates(old) != Dates(now))
            {
                yield return new MomentChange(MomentChangeKind.Moved, after.Title, now.What, Dates(old), Dates(now));
            }
            else if (What(old) != What(now))
            {
                yield return new MomentChange(MomentChangeKind.Changed, after.Title, now.What, What(old), What(now));
            }
        }

        foreach (var gone in unmatched)
            yield return new MomentChange(MomentChangeKind.Dropped, after.Title, gone.What, gone.WhenText, null);
    }

    /// <summary>For a moment written the same whose dates moved: another cycle, or a different start year.</summary>
    private static string Dates(CalendarMoment moment) =>
        moment.Periods.Count == 0 ? $"{moment.WhenText} (niet dit schooljaar)" : DutchFormat.Periods(moment.Periods);

    private static string What(CalendarMoment moment) => $"{moment.What}, rol {moment.RoleId}, {moment.Cycle.Name}";

    private static IEnumerable<RoleChange> CompareRoles(Handbook beforeBook, Card before, Handbook afterBook, Card after)
    {
        var ids = ResponsibilityMatrix.Assignments(before).Select(a => a.Role)
            .Concat(ResponsibilityMatrix.Assignments(after).Select(a => a.Role))
            .Concat(before.ParticipationRights.Select(m => m.Body))
            .Concat(after.ParticipationRights.Select(m => m.Body))
            .Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var (was, @is) = (Part(before, id), Part(after, id));
            if (was == @is) continue;
            var name = afterBook.Roles.Concat(beforeBook.Roles).First(r => r.Id == id).Name;
            yield return new RoleChange(after.Title, name, was, @is);
        }
    }

    /// <summary>"A R", plus the medezeggenschap right; "geen rol" when the role has no part.</summary>
    private static string Part(Card card, string roleId)
    {
        var letters = ResponsibilityMatrix.Cell(card, roleId);
        var right = ParticipationMatrix.RightOf(card, roleId) is { } r ? r.Id() : null;
        var part = string.Join(", ", new[] { letters, right }.Where(p => !string.IsNullOrEmpty(p)));
        return part.Length == 0 ? "geen rol" : part;
    }
}
