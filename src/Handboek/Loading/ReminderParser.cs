using System.Globalization;
using System.Text.RegularExpressions;
using Handboek.Model;
using Handboek.Schema;

namespace Handboek.Loading;

/// <summary>Reads <c>herinnering</c>: a number of days or weeks, such as "3 dagen" or "2 weken", at most eight weeks.</summary>
public static partial class ReminderParser
{
    public const int MaxDays = 56;

    public static bool TryParse(string text, out Reminder reminder, out string error)
    {
        reminder = default;
        error = "";
        var match = Form().Match(text);
        if (!match.Success)
        {
            error = $"'herinnering' is een aantal dagen of weken vooraf, zoals '3 dagen' of '1 week' (nu: '{text}')";
            return false;
        }

        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var days = char.ToLowerInvariant(match.Groups["eenheid"].Value[0]) == 'w' ? number * 7 : number;
        if (days is < 1 or > MaxDays)
        {
            error = $"een herinnering kan 1 dag tot {MaxDays / 7} weken vooraf (nu: '{text}')";
            return false;
        }

        reminder = new Reminder(days);
        return true;
    }

    [GeneratedRegex(InputSchema.ReminderPattern)]
    private static partial Regex Form();
}
