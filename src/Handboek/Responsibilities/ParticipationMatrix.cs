using Handboek.Model;

namespace Handboek.Responsibilities;

/// <summary>The medezeggenschap rights per card and participation body (MR, GMR and their sections).</summary>
public sealed class ParticipationMatrix(Handbook handbook)
{
    /// <summary>The BWB id of the Wet medezeggenschap op scholen, whatever id the board gives the law.</summary>
    private const string WmsBwb = "BWBR0020685";

    private readonly HashSet<string> _wmsIds = handbook.Laws.Where(w => w.Bwb == WmsBwb).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<Role> Organs { get; } = handbook.Roles.Where(r => r.IsParticipationBody).ToList();

    public IReadOnlyList<Card> Cards { get; } = handbook.Cards.Where(c => c.ParticipationRights.Count > 0).ToList();

    public static ParticipationRight? RightOf(Card card, string organId) =>
        card.ParticipationRights.FirstOrDefault(m => m.Body == organId)?.Right;

    /// <summary>The card's references to the WMS: the legal basis of the rights it lists.</summary>
    public IReadOnlyList<LegalReference> BasisOf(Card card) => card.LegalRequirements.Where(e => _wmsIds.Contains(e.LawId)).ToList();
}
