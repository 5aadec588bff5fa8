using Handboek.Cli;
using Handboek.Tests.Support;
using static Handboek.Tests.Support.CliRun;

namespace Handboek.Tests.Publishing;

/// <summary><c>handboek diff --base</c>: what a pull request changes, in the words the step summary shows.</summary>
public class ChangeSummaryTests
{
    private const string Card = "input/kaarten/onderwijs/schoolgids.md";

    [Fact]
    public void Moving_a_moment_from_mei_to_juni_is_one_moved_moment()
    {
        using var repository = Base(moment: "mei");
        Edit(repository, Card, c => c.Replace("kalendermoment: mei", "kalendermoment: juni"));
        var summary = repository["samenvatting.md"];

        var (code, output, _) = Run(OnActions(summary), "diff", "--input", repository.Input, "--base", "main");

        Assert.Equal(CliApp.Ok, code);
        Assert.Equal(
            [
                "Vergeleken met main:",
                "  kaarten: 1 gewijzigd",
                "  kalender: 1 moment verplaatst",
                "  rollen: geen wijzigingen",
                "  - kaart gewijzigd: Schoolgids",
                "  - Schoolgids: 'Schoolgids' verplaatst van mei naar juni",
            ],
            output.TrimEnd().Split('\n'));
        Assert.Contains("- **kalender: 1 moment verplaatst**", File.ReadAllLines(summary));
    }

    [Fact]
    public void New_cards_new_moments_and_other_roles_are_counted_separately()
    {
        using var repository = Base(moment: "juni");
        Edit(repository, Card, c => c.Replace("eigenaar: directeur", "eigenaar: bestuurder"));
        repository.Write("input/kaarten/onderwijs/burgerschap.md",
            "---\ntitel: Burgerschap\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: leerkracht\nkalendermoment: [oktober, maart]\n---\n");

        var (_, output, _) = Run("diff", "--input", repository.Input, "--base", "main");

        Assert.Contains("  kaarten: 1 nieuw, 1 gewijzigd", output);
        Assert.Contains("  kalender: 2 nieuwe momenten", output);
        Assert.Contains("  rollen: 1 kaart met een andere rolverdeling", output);
        Assert.Contains("  - Schoolgids: Bestuurder G → A G", output);
        Assert.Contains("  - Schoolgids: Directeur A R → R", output);
    }

    [Fact]
    public void No_changes_says_so_for_each_part()
    {
        using var repository = Base(moment: "juni");

        var (_, output, _) = Run("diff", "--input", repository.Input, "--base", "main");

        Assert.Equal(["Vergeleken met main:", "  kaarten: geen wijzigingen", "  kalender: geen wijzigingen", "  rollen: geen wijzigingen"], output.TrimEnd().Split('\n'));
    }

    [Fact]
    public void An_unknown_base_is_a_usage_error_that_says_how_to_fetch_it()
    {
        using var repository = Base(moment: "juni");

        var (code, _, error) = Run("diff", "--input", repository.Input, "--base", "origin/bestaat-niet");

        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("'origin/bestaat-niet' is geen commit of branch", error);
        Assert.Contains("git fetch", error);
    }

    [Fact]
    public void A_card_with_a_new_id_and_its_old_one_under_vorige_ids_is_renamed_not_removed()
    {
        using var repository = Base(moment: "juni");
        MoveToNewId(repository, text => text.Replace("titel: Schoolgids", "titel: Schoolgids\nvorige_ids: [schoolgids]"));

        var (_, output, _) = Run("diff", "--input", repository.Input, "--base", "main");

        Assert.Contains("  kaarten: 1 hernoemd", output);
        Assert.Contains("  - kaart hernoemd: Schoolgids (schoolgids → schoolgids-po; het oude adres stuurt door)", output);
        Assert.Contains("  kalender: geen wijzigingen", output);
    }

    [Fact]
    public void A_removed_card_beside_a_new_one_asks_whether_it_was_renamed()
    {
        using var repository = Base(moment: "juni");
        MoveToNewId(repository, text => text);

        var (_, output, _) = Run("diff", "--input", repository.Input, "--base", "main");

        Assert.Contains("  kaarten: 1 nieuw, 1 verwijderd", output);
        Assert.Contains("  - kaart schoolgids verwijderd: Schoolgids - hernoemd? zet vorige_ids: [schoolgids] in de nieuwe kaart, dan blijven links en agenda's werken", output);
    }

    private static GitRepository Base(string moment)
    {
        var repository = new GitRepository();
        Edit(repository, Card, c => c.Replace("kalendermoment: juni", $"kalendermoment: {moment}"));
        return repository.Commit("Basis", "2026-01-15T09:00:00+01:00");
    }

    /// <summary>The schoolgids moves to the file (and id) schoolgids-po, its text changed by <paramref name="change"/>.</summary>
    private static void MoveToNewId(GitRepository repository, Func<string, string> change)
    {
        var text = File.ReadAllText(repository[Card]);
        File.Delete(repository[Card]);
        repository.Write("input/kaarten/onderwijs/schoolgids-po.md", change(text));
    }

    private static void Edit(GitRepository repository, string path, Func<string, string> change) =>
        repository.Write(path, change(File.ReadAllText(repository[path])));
}
