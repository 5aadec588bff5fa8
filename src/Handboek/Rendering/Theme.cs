using System.Collections.Concurrent;
using System.Diagnostics;
using Handboek.Diagnostics;
using Handboek.Loading;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace Handboek.Rendering;

/// <summary>
/// The Scriban templates and static assets of the site, parsed once. A board overrides any of them by
/// placing a file with the same relative path in <c>input/theme/</c>.
/// </summary>
public sealed class Theme : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates;
    private readonly ScriptObject _builtins = ReadOnlyBuiltins();
    private readonly ConcurrentDictionary<Type, IObjectAccessor> _accessors = new();
    private readonly ConcurrentBag<SharedTemplateContext> _idleContexts = [];

    private readonly BuildTimings? _timings;

    private Theme(Dictionary<string, Template> templates, IReadOnlyList<ThemeFile> assets, BuildTimings? timings)
    {
        _templates = templates;
        Assets = assets;
        _timings = timings;
    }

    /// <summary>Files under <c>assets/</c>, copied to the same path in the site.</summary>
    public IReadOnlyList<ThemeFile> Assets { get; }

    /// <param name="timings">Gets the time spent in each template; null where nobody asks.</param>
    public static Theme Load(string themeDir, string overrideDir, DiagnosticBag diagnostics, BuildTimings? timings = null)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var roots = new[] { new InputBoundary(themeDir), new InputBoundary(overrideDir) };
        foreach (var file in Files(roots, "layouts", diagnostics).Concat(Files(roots, "partials", diagnostics)))
        {
            if (InputFile.Read(file.FullPath, file.Root, diagnostics) is not { } text) continue;
            var template = Template.Parse(text, file.FullPath);
            foreach (var message in template.Messages)
            {
                var at = new SourceLocation(file.FullPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
                diagnostics.Error(at, $"fout in sjabloon: {message.Message}");
            }

            templates[file.RelativePath] = template;
        }

        if (!templates.ContainsKey("layouts/basis.html"))
            diagnostics.Error(SourceLocation.StartOf(themeDir), "het thema heeft geen layouts/basis.html");
        var assets = Files(roots, "assets", diagnostics);
        foreach (var asset in assets)
        {
            if (asset.Root.Problem(asset.FullPath, InputBoundary.MaxCopiedBytes) is { } problem)
                diagnostics.Error(SourceLocation.StartOf(asset.FullPath), $"kan dit bestand van het thema niet gebruiken: {problem}");
        }

        return new Theme(templates, assets, timings);
    }

    /// <summary>Far beyond the whole printable handbook of 10,000 cards, which renders in seconds.</summary>
    public static readonly TimeSpan MaxRenderTime = TimeSpan.FromMinutes(1);

    /// <summary>Iterations of one loop statement on one page; the printable handbook of 10,000 cards stays far below it.</summary>
    public const int LoopLimit = 10_000_000;

    /// <summary>
    /// Runs <paramref name="render"/> with a context in which the templates see <paramref name="globals"/>. Contexts are
    /// reused, each by one render at a time: making one allocates more than rendering a calendar entry takes. What a template
    /// assigns goes into <paramref name="globals"/> (Scriban keeps a page's $-variables to the page), so it never reaches
    /// the next render; a context whose render failed is not reused.
    /// </summary>
    /// <param name="fragments">Where the templates find the HTML many pages share (<see cref="FragmentMembers"/>); null where they show none.</param>
    public T WithContext<T>(ScriptObject globals, FragmentCache? fragments, Func<TemplateContext, T> render)
    {
        var context = _idleContexts.TryTake(out var idle) ? idle : NewContext();
        context.Fragments = fragments;
        // A loop in a board's template that never ends must fail the build, not hang it (or the preview) forever. A
        // fragment rendered inside a page (a calendar entry, a month) keeps the page's deadline: a timer of its own for
        // each of thousands of entries cost more than rendering some of them.
        var outer = _deadlineOfThisThread;
        using var deadline = outer is null ? new CancellationTokenSource(MaxRenderTime) : null;
        context.CancellationToken = outer ?? deadline!.Token;
        _deadlineOfThisThread = context.CancellationToken;
        try
        {
            context.PushGlobal(globals);
            var result = render(context);
            context.PopGlobal();
            _idleContexts.Add(context);
            return result;
        }
        finally
        {
            _deadlineOfThisThread = outer;
        }
    }

    /// <summary>The deadline of the render this thread is in, if any.</summary>
    [ThreadStatic]
    private static CancellationToken? _deadlineOfThisThread;

    /// <summary>
    /// A context with every template pre-cached so includes never parse again. The builtin functions and the member
    /// lookups of view types are made once and shared by all renders on all threads.
    /// </summary>
    private SharedTemplateContext NewContext()
    {
        var context = new SharedTemplateContext(_builtins, _accessors, _timings)
        {
            TemplateLoader = this,
            StrictVariables = true,
            MemberRenamer = TemplateNames.Of,
            LoopLimit = LoopLimit,
            // Scriban silently truncates output past 1M characters by default; a large handbook's pages exceed that.
            LimitToString = 0,
            OutputLimit = 0,
            EnableRelaxedMemberAccess = false,
            // An include written on an indented line would get that indent on every line of its output, also inside the
            // <pre> of a code block in a card body (the printable handbook includes each card indented).
            AutoIndent = false,
        };
        foreach (var (name, template) in _templates) context.CachedTemplates[name] = template;
        return context;
    }

    /// <summary>Read-only, so a theme cannot change for other pages what a builtin such as <c>date.format</c> does.</summary>
    private static ScriptObject ReadOnlyBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("include", new DirectIncludeFunction((IScriptCustomFunction)builtins["include"]!), true);
        foreach (var value in builtins.Values.OfType<ScriptObject>()) value.IsReadOnly = true;
        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>Renders a template into a fresh UTF-8 output; what it returns can be handed to another render as a value.</summary>
    public Utf8TemplateOutput Render(string name, TemplateContext context)
    {
        var output = new Utf8TemplateOutput();
        context.PushOutput(output);
        try
        {
            // Render also returns the output as a string; Utf8TemplateOutput does not build one.
            RenderTimed(name, _templates[name], context);
        }
        finally
        {
            context.PopOutput();
        }

        return output;
    }

    /// <summary>Renders into the context's current output, and tells <c>--tijden</c> how long it took.</summary>
    internal static void RenderTimed(string name, Template template, TemplateContext context)
    {
        if ((context as SharedTemplateContext)?.Timings is not { } timings)
        {
            template.Render(context);
            return;
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            template.Render(context);
        }
        finally
        {
            timings.Template(name, Stopwatch.GetElapsedTime(start));
        }
    }

    /// <summary>The fragment cache of the render that <paramref name="context"/> is running.</summary>
    internal static FragmentCache? FragmentsOf(TemplateContext context) => (context as SharedTemplateContext)?.Fragments;

    private sealed class SharedTemplateContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor> accessors, BuildTimings? timings)
        : TemplateContext(builtins)
    {
        public FragmentCache? Fragments { get; set; }

        public BuildTimings? Timings { get; } = timings;

        protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
            accessors.GetOrAdd(target.GetType(), type =>
            {
                var own = base.GetMemberAccessorImpl(target) ?? NullAccessor.Default;
                return FragmentMembers.Of(type) is { } added ? new FragmentMembers(own, added) : own;
            });

        /// <summary>Rendered content written into another render is added as bytes, not decoded and encoded again.</summary>
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            if (textAsObject is not Utf8TemplateOutput rendered || Output is not Utf8TemplateOutput output) return base.Write(span, textAsObject);
            output.Write(rendered);
            return this;
        }

        public override string? ObjectToString(object? value, bool nested = false) =>
            value is Utf8TemplateOutput rendered ? rendered.Text() : base.ObjectToString(value, nested);
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"het sjabloon '{templatePath}' bestaat niet in het thema");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    /// <summary>The files of one theme folder; a file in the board's override replaces the default theme's.</summary>
    private static IReadOnlyList<ThemeFile> Files(IEnumerable<InputBoundary> roots, string folder, DiagnosticBag diagnostics)
    {
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            foreach (var file in root.Files(folder, _ => true, diagnostics))
            {
                var relative = Path.GetRelativePath(root.Dir, file).Replace('\\', '/');
                files[relative] = new ThemeFile(relative, file, root);
            }
        }

        return files.Values.ToList();
    }
}

/// <param name="Root">The theme folder it comes from: the default theme or the board's override in input/theme.</param>
public sealed record ThemeFile(string RelativePath, string FullPath, InputBoundary Root);
