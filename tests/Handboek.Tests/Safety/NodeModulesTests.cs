using Handboek.Editing;
using Handboek.Search;
using Handboek.Tests.Support;

namespace Handboek.Tests.Safety;

/// <summary>A pull request can add files to input/, so the tools the build runs or copies are never taken from there.</summary>
public sealed class NodeModulesTests
{
    [Fact]
    public void A_pagefind_or_an_editor_inside_the_input_folder_is_never_used()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Input, "input")
            .Write("input/node_modules/.bin/pagefind", "#!/bin/sh\necho gekaapt\n")
            .Write("input/node_modules/decap-cms/dist/decap-cms.js", "alert('gekaapt')")
            .Write("input/node_modules/js-yaml/dist/js-yaml.min.js", "alert('gekaapt')");

        var pagefind = PagefindIndexer.Locate(folder["input"]);
        var editor = CmsBundle.Locate(folder["input"]);

        Assert.Equal(Path.Combine(RepoPaths.Root, "node_modules", ".bin", "pagefind"), pagefind);
        Assert.NotNull(editor);
        Assert.All(editor, file => Assert.StartsWith(Path.Combine(RepoPaths.Root, "node_modules"), file.SourcePath));
    }

    [Fact]
    public void Beside_the_input_folder_is_where_a_boards_own_clone_has_them()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Input, "input").Write("node_modules/js-yaml/dist/js-yaml.min.js", "/* js-yaml */");
        Directory.CreateDirectory(folder["node_modules/decap-cms/dist"]);
        File.WriteAllText(folder["node_modules/decap-cms/dist/decap-cms.js"], "/* decap */");
        File.WriteAllText(folder["node_modules/decap-cms/dist/1.decap-cms.js"], "/* chunk */");
        File.WriteAllText(folder["node_modules/decap-cms/dist/decap-cms.js.map"], "{}");

        var editor = CmsBundle.Locate(folder["input"])!;

        Assert.Equal(["beheer/1.decap-cms.js", "beheer/decap-cms.js", "beheer/js-yaml.min.js"], editor.Select(f => f.SitePath));
        Assert.All(editor, file => Assert.StartsWith(folder["node_modules"], file.SourcePath));
    }
}
