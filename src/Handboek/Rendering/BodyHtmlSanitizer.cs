using Ganss.Xss;

namespace Handboek.Rendering;

/// <summary>
/// Cleans the HTML of a body when the handbook allows HTML (<c>html_toestaan: ja</c>): what is left is text and markup,
/// nothing that runs, loads from elsewhere or needs an exception in the site's Content-Security-Policy.
/// </summary>
public static class BodyHtmlSanitizer
{
    public static string Clean(string html) => Create().Sanitize(html);

    /// <summary>A new sanitizer per body: its settings are mutable collections, so one is never shared between threads.</summary>
    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        // Inline styles would be blocked by the site's CSP (style-src 'self') anyway; forms could post elsewhere.
        sanitizer.AllowedAttributes.Remove("style");
        foreach (var tag in new[] { "form", "button", "select", "textarea", "option", "optgroup", "fieldset", "legend", "style" })
            sanitizer.AllowedTags.Remove(tag);
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}
