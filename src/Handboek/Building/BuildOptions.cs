using Handboek.Model;
using Handboek.Scheduling;

namespace Handboek.Building;

/// <param name="InputDir">The folder with handboek.yml, the data files, kaarten/ and optionally theme/.</param>
/// <param name="ThemeDir">The default theme; files in <c>InputDir/theme</c> override it.</param>
public sealed record BuildOptions(string InputDir, string ThemeDir)
{
    public SchoolYear? SchoolYear { get; init; }

    /// <summary>Whether to run Pagefind after writing the site; it is looked up in node_modules.</summary>
    public bool SearchIndex { get; init; } = true;

    /// <summary>Decides "today": the default school year and overdue reviews. Injectable for tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Today in the Netherlands, so a build just after midnight UTC on 1 August still picks the right year.</summary>
    public DateOnly Today => AmsterdamTime.DateOf(Clock.GetUtcNow());
}
