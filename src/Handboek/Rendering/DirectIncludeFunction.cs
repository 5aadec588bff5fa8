using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Handboek.Rendering;

/// <summary>
/// The <c>include</c> of the theme's templates. Scriban's own renders a partial into a string of its own that the page
/// then copies and encodes again; for calendars with thousands of entries and the printable handbook with every card,
/// that was a measurable share of a build. Where an include is written out as it stands, this one renders the partial
/// straight into the page. Where its result is used as a value (assigned, piped), Scriban's own does the work.
/// </summary>
internal sealed class DirectIncludeFunction(IScriptCustomFunction scribanInclude) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is not { Parent: ScriptExpressionStatement } caller
            || context.Output is not Utf8TemplateOutput
            || arguments.Count == 0
            || context.ObjectToString(arguments[0]) is not { } name
            || !context.CachedTemplates.TryGetValue(name, out var template))
            return scribanInclude.Invoke(context, callerContext, arguments, blockStatement);

        // The partial's arguments ($1, $2) live in a local scope of their own, as a function's do.
        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            Theme.RenderTimed(name, template, context);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }

        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => scribanInclude.RequiredParameterCount;

    public int ParameterCount => scribanInclude.ParameterCount;

    public ScriptVarParamKind VarParamKind => scribanInclude.VarParamKind;

    public Type ReturnType => scribanInclude.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => scribanInclude.GetParameterInfo(index);
}
