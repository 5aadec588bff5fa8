namespace Handboek.Outputs;

/// <summary>
/// The HTTP headers every page of the site is served with: netlify.toml sets them for the published site (a test
/// holds the two equal) and <c>handboek serve</c> sends them too, so the preview shows what the site will allow.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Own scripts and styles only, nothing inline, no other hosts; 'wasm-unsafe-eval' for Pagefind's WebAssembly.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = ContentSecurityPolicy,
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "strict-origin-when-cross-origin",
        ["X-Frame-Options"] = "DENY",
    };
}
