using Handboek.Search;
using Handboek.Tests.Support;

namespace Handboek.Tests.Search;

/// <summary>A build without Pagefind still works and says so; a failing Pagefind fails the build.</summary>
public class PagefindIndexerTests
{
    [Fact]
    public void Without_pagefind_the_build_succeeds_and_says_how_to_enable_search()
    {
        using var site = new TempFolder();

        var outcome = PagefindIndexer.Index(site.Path, pagefind: null);

        Assert.False(outcome.Indexed);
        Assert.False(outcome.Failed);
        Assert.Contains("zoeken overgeslagen", outcome.Message);
        Assert.Contains("npm ci", outcome.Message);
    }

    [Fact]
    public void A_failing_indexer_is_reported_as_a_failure()
    {
        using var site = new TempFolder();

        var outcome = PagefindIndexer.Index(site.Path, "/bin/false");

        Assert.True(outcome.Failed);
        Assert.Contains("exitcode 1", outcome.Message);
    }
}
