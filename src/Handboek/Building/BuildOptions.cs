using Handboek.Diagnostics;
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

    /// <summary><c>build --archief</c>: also the handbook as it stood at the end of each of the last school years (<see cref="SiteArchive"/>).</summary>
    public bool Archive { get; init; }

    /// <summary>Set while planning one archived year: where its site lives and which year it shows.</summary>
    internal ArchivedSite? ArchiveOf { get; init; }

    /// <summary>Where <see cref="Archive"/> unpacks the past inputs; made and removed by the build around writing.</summary>
    internal string? ArchiveWorkDir { get; init; }

    /// <summary>Where <c>build --tijden</c> collects the time of each phase, output kind and template; the build makes its own without it.</summary>
    public BuildTimings? Timings { get; init; }

    /// <summary>Decides "today": the default school year and overdue reviews. Injectable for tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Today in the Netherlands, so a build just after midnight UTC on 1 August still picks the right year.</summary>
    public DateOnly Today => AmsterdamTime.DateOf(Clock.GetUtcNow());
}
