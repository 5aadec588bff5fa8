using Handboek.Rendering;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Handboek.Tests.Building;

public class TemplateFailureTests
{
    [Fact]
    public void A_template_error_without_a_file_is_still_reported_as_a_message_with_a_place()
    {
        var failure = TemplateFailure.Of(new AggregateException(new ScriptRuntimeException(default(SourceSpan), "The variable or function `$` was not found")));

        Assert.NotNull(failure);
        Assert.Equal(("theme", 1, 1), (failure.Location.File, failure.Location.Line, failure.Location.Column));
        Assert.Equal("fout in sjabloon: The variable or function `$` was not found", failure.Message);
    }
}
