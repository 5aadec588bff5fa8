using System.Reflection;
using Handboek.Rendering;
using Scriban.Runtime;

namespace Handboek.Tests.Site;

/// <summary>Templates (also boards' overrides) read view members by Dutch names; the C# names are English.</summary>
public class TemplateNamesTests
{
    // Words that are the same in both languages, or technical names a template author knows as they are.
    private static readonly HashSet<string> SameInDutch =
        ["Id", "Url", "Html", "Code", "Label", "Logo", "Home", "Assets", "Stylesheet", "Poster", "Status", "Letter", "Letters",
         "Matrix", "Csv", "Feed", "Commit", "CommitUrl", "Source", "IdPrefix", "Filters", "Repository", "Scripts", "Index", "PerSchool", "Document"];

    // Records in Rendering that templates never see as objects (a body's parts reach them through FragmentMembers).
    private static readonly HashSet<Type> NotSeenByTemplates = [typeof(ThemeFile), typeof(BodyHtml)];

    public static TheoryData<string> ViewMembers()
    {
        var data = new TheoryData<string>();
        var views = typeof(CardView).Assembly.GetTypes()
            .Where(t => t.Namespace == "Handboek.Rendering" && t.IsPublic && t.GetMethod("<Clone>$") is not null && !NotSeenByTemplates.Contains(t));
        foreach (var type in views.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
                data.Add($"{type.Name}.{property.Name}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ViewMembers))]
    public void Every_view_member_has_a_Dutch_template_name(string member)
    {
        var (typeName, propertyName) = (member.Split('.')[0], member.Split('.')[1]);
        var property = typeof(CardView).Assembly.GetTypes().Single(t => t.Name == typeName && t.Namespace == "Handboek.Rendering").GetProperty(propertyName)!;

        if (SameInDutch.Contains(property.Name)) return;
        Assert.NotEqual(StandardMemberRenamer.Default(property), TemplateNames.Of(property));
    }

    [Fact]
    public void Templates_read_the_adoption_date_as_vastgesteld_op()
    {
        Assert.Equal("vastgesteld_op", TemplateNames.Of(typeof(CardView).GetProperty(nameof(CardView.AdoptedOn))!));
        Assert.Equal("url", TemplateNames.Of(typeof(CardView).GetProperty(nameof(CardView.Url))!));
    }
}
