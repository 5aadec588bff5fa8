using Handboek.Diagnostics;
using Handboek.Rendering;
using Handboek.Tests.Support;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handboek.Tests.Building;

/// <summary>Renders reuse template contexts; what one page's template sets must never show on the next page.</summary>
public class TemplateContextReuseTests
{
    [Theory]
    [InlineData("{{ $gezien = pagina }}", "{{ $gezien }}")]
    [InlineData("{{ gezien = pagina }}", "{{ gezien }}")]
    public void A_variable_one_render_sets_is_unknown_to_the_next(string setter, string reader)
    {
        using var overrides = new TempFolder()
            .Write("layouts/zet.html", setter)
            .Write("layouts/lees.html", reader);
        var theme = Theme.Load(RepoPaths.Theme, overrides.Path, new DiagnosticBag());

        theme.WithContext(new ScriptObject { ["pagina"] = "eerste" }, null, context => theme.Render("layouts/zet.html", context));

        var error = Assert.Throws<ScriptRuntimeException>(() =>
            theme.WithContext(new ScriptObject { ["pagina"] = "tweede" }, null, context => theme.Render("layouts/lees.html", context)));
        Assert.Contains("gezien", error.Message);
    }
}
