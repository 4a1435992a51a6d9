using System.IO.Hashing;
using Explainer.Diagnostics;
using Explainer.Sources;
using Scriban;
using Scriban.Parsing;

namespace Explainer.Rendering;

/// <summary>The theme, parsed once: Scriban templates under <c>layouts/</c> and <c>partials/</c>, and the static
/// files under <c>static/</c>, whose CSS and JavaScript get content-hashed names so they can be cached forever.</summary>
public sealed class Theme
{
    private Theme(Dictionary<string, Template> templates, Dictionary<string, string> texts,
        Dictionary<string, string> assetUrls, List<StaticFile> staticFiles)
    {
        Templates = templates;
        Texts = texts;
        AssetUrls = assetUrls;
        StaticFiles = staticFiles;
    }

    /// <summary>Parsed templates by path, such as <c>theme/layouts/base.html</c>.</summary>
    public IReadOnlyDictionary<string, Template> Templates { get; }

    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary><c>css/site.css</c> to <c>/assets/css/site.1a2b3c4d5e.css</c>.</summary>
    public IReadOnlyDictionary<string, string> AssetUrls { get; }

    public IReadOnlyList<StaticFile> StaticFiles { get; }

    public static Theme Load(SiteInput input, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var assetUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        var staticFiles = new List<StaticFile>();
        foreach (var file in input.Files.Where(f => f.Path.StartsWith("theme/", StringComparison.Ordinal)))
        {
            if (file.Path.StartsWith("theme/static/", StringComparison.Ordinal))
            {
                var relative = file.Path["theme/static/".Length..];
                var output = "assets/" + Fingerprint(relative, file.Bytes);
                assetUrls[relative] = "/" + output;
                staticFiles.Add(new StaticFile(output, file.Bytes, file.Path));
            }
            else if (file.Path.EndsWith(".html", StringComparison.Ordinal) || file.Path.EndsWith(".xml", StringComparison.Ordinal))
            {
                if (TextDecoder.Decode(file, diagnostics) is { } text)
                {
                    texts[file.Path] = text;
                    templates[file.Path] = Parse(file.Path, text, diagnostics);
                }
            }
        }

        return new Theme(templates, texts, assetUrls, staticFiles);
    }

    private static Template Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text, path);
        foreach (var message in template.Messages)
        {
            diagnostics.Add(new Diagnostic(
                message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning,
                Codes.TemplateSyntax,
                TemplateErrors.Locate(path, message.Span),
                message.Message,
                "check that every {{ if }}, {{ for }}, {{ while }} and {{ capture }} has its {{ end }}"));
        }

        return template;
    }

    /// <summary>Only CSS and JavaScript are renamed: other files may be referenced by name from them.</summary>
    private static string Fingerprint(string relative, byte[] bytes)
    {
        var dot = relative.LastIndexOf('.');
        var extension = dot < 0 ? "" : relative[dot..];
        if (extension is not (".css" or ".js"))
        {
            return relative;
        }

        // A content hash for cache busting, not for security: XxHash128 needs no crypto library loaded at start-up.
        var hash = Convert.ToHexStringLower(XxHash128.Hash(bytes))[..10];
        return $"{relative[..dot]}.{hash}{extension}";
    }
}

public sealed record StaticFile(string OutputPath, byte[] Bytes, string Origin);
