using Handboek.Diagnostics;
using Handboek.Loading;
using Handboek.Model;

namespace Handboek.Validation;

/// <summary>
/// Whether a card was adopted by the right bodies, from its <c>besluiten</c>: a body with <c>instemming</c> under
/// medezeggenschap must have consented on or before <c>vastgesteld_op</c>, and each <c>goedkeuring</c> role must have
/// a decision. Only for adopted cards: a concept has not been through its bodies yet.
/// </summary>
public static class DecisionValidator
{
    public static void Validate(IEnumerable<ReadCard> cards, DiagnosticBag diagnostics)
    {
        foreach (var read in cards.Where(c => c.Card.Status == CardStatus.Adopted))
        {
            var card = read.Card;
            if (read.AdoptedOn is { } adopted)
            {
                foreach (var consent in card.ParticipationRights.Where(p => p.Right == ParticipationRight.Consent))
                {
                    if (card.Decisions.Any(d => d.Body == consent.Body && d.Kind == DecisionKind.Consent && d.Date <= adopted.Value)) continue;
                    diagnostics.Warning(adopted.At,
                        $"de kaart is vastgesteld op {adopted.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}, maar onder besluiten staat geen instemming van '{consent.Body}' op of voor die datum; zet het besluit erbij (datum, orgaan: {consent.Body}, besluit: instemming)");
                }
            }

            foreach (var approver in card.Approval.Where(a => !card.Decisions.Any(d => d.Body == a)))
            {
                diagnostics.Warning(read.ApprovalAt,
                    $"'{approver}' keurt deze kaart goed (goedkeuring), maar onder besluiten staat geen besluit van '{approver}'; zet het besluit erbij (datum, orgaan: {approver}, besluit: goedgekeurd)");
            }
        }
    }
}
