namespace Handboek.Outputs;

/// <summary>
/// The HTTP headers the site is served with: netlify.toml sets them for the published site (a test holds the two
/// equal) and <c>handboek serve</c> sends them too, so the preview shows what the site will allow. Every page gets the
/// strict policy; only the form editor under /beheer/ gets what Decap CMS needs.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Own scripts and styles only, nothing inline, no other hosts; 'wasm-unsafe-eval' for Pagefind's WebAssembly.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The form editor: 'unsafe-eval' because Decap CMS compiles its config checks with new Function, inline styles
    /// because it styles itself from JavaScript, data: and blob: for images it previews, and of other hosts only
    /// GitHub's API (saving) and GitHub's avatars. Signing in happens in a pop-up window on Netlify or GitHub itself.
    /// </summary>
    public const string EditorContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob: https://avatars.githubusercontent.com; font-src 'self' data:; " +
        "connect-src 'self' https://api.github.com; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    /// <summary>The path of the form editor below the site's root, as netlify.toml writes its rule.</summary>
    public const string EditorPath = "/beheer/";

    public static readonly IReadOnlyDictionary<string, string> All = WithPolicy(ContentSecurityPolicy);

    public static readonly IReadOnlyDictionary<string, string> Editor = WithPolicy(EditorContentSecurityPolicy);

    /// <param name="sitePath">The path below the site's root, such as "beheer/config.yml".</param>
    public static IReadOnlyDictionary<string, string> For(string sitePath) =>
        ("/" + sitePath).StartsWith(EditorPath, StringComparison.Ordinal) ? Editor : All;

    private static Dictionary<string, string> WithPolicy(string policy) => new()
    {
        ["Content-Security-Policy"] = policy,
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "strict-origin-when-cross-origin",
        ["X-Frame-Options"] = "DENY",
    };
}
