using System.Buffers;
using System.Text;
using Handboek.Building;
using Handboek.Diagnostics;
using Handboek.Outputs;
using Handboek.Tests.Support;
using Handboek.Text;

namespace Handboek.Tests.Search;

/// <summary>
/// Pagefind indexes only pages marked with data-pagefind-body, so it is told to read only the folders that hold them:
/// every calendar page of every role at every school took it longer to read than to build.
/// </summary>
public class SearchableFoldersTests
{
    [Fact]
    public void The_writer_names_the_top_folders_of_marked_pages_also_a_theme_marks_them_in_a_folder_of_its_own()
    {
        using var output = new TempFolder();
        IReadOnlySet<string>? folders = null;
        OutputFile Page(string path, string html) => new(path, () => Encoding.UTF8.GetBytes(html));

        SiteWriter.Write(output["_site"], [
            Page("kaarten/schoolgids/index.html", "<main data-pagefind-body>Schoolgids</main>"),
            Page("kalender/index.html", "<main>Kalender</main>"),
            Page("eigen/rooster/index.html", "<article data-pagefind-body>Rooster</article>"),
            Page("zoeken/data-pagefind-body.json", "{}"),
            Page("index.html", "<main>Start</main>"),
        ], new BuildTimings(), (_, marked) =>
        {
            folders = marked;
            return true;
        });

        Assert.Equal(["eigen", "kaarten"], folders!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(17)]
    public void A_mark_cut_in_two_by_the_chunks_of_a_page_is_found(int cut)
    {
        var text = "<article data-pagefind-body>"u8.ToArray();
        var page = new ChunkedBuffer();
        var unmarked = new ChunkedBuffer();
        unmarked.Write(new byte[5000]);

        // Large buffers are held by reference, so the page's segments break where the two halves meet.
        var head = new ChunkedBuffer();
        head.Write(new byte[5000]);
        head.Write(text.AsSpan(0, 9 + cut));
        var tail = new ChunkedBuffer();
        tail.Write(text.AsSpan(9 + cut));
        tail.Write(new byte[5000]);
        page.Append(head);
        page.Append(tail);

        Assert.True(FileContent.Of(page).Contains("data-pagefind-body"u8));
        Assert.False(FileContent.Of(unmarked).Contains("data-pagefind-body"u8));
    }
}
