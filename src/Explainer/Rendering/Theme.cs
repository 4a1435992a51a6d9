using System.IO.Hashing;
using Explainer.Cards;
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
        Dictionary<string, string> assetUrls, List<StaticFile> staticFiles, CardFonts? cardFonts)
    {
        CardFonts = cardFonts;
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

    /// <summary>The faces of the sharing cards (<c>cards/regular.woff</c>, <c>cards/bold.woff</c>); without them the
    /// site has no cards and its pages no <c>og:image</c>.</summary>
    public CardFonts? CardFonts { get; }

    public static Theme Load(SiteInput input, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var assetUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        var staticFiles = new List<StaticFile>();
        var cardFiles = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var file in input.Files.Where(f => f.Path.StartsWith("theme/", StringComparison.Ordinal)))
        {
            if (file.Path.StartsWith("theme/static/", StringComparison.Ordinal))
            {
                var relative = file.Path["theme/static/".Length..];
                var output = "assets/" + Fingerprint(relative, file.Bytes);
                assetUrls[relative] = "/" + output;
                staticFiles.Add(new StaticFile(output, file.Bytes, file.Path));
            }
            else if (file.Path is CardFonts.RegularPath or CardFonts.BoldPath)
            {
                cardFiles[file.Path] = file;
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

        return new Theme(templates, texts, assetUrls, staticFiles, ReadCardFonts(cardFiles, diagnostics));
    }

    private static CardFonts? ReadCardFonts(Dictionary<string, InputFile> files, DiagnosticBag diagnostics)
    {
        if (files.Count == 0)
        {
            return null;
        }

        var fonts = CardFonts.Read(files.GetValueOrDefault(CardFonts.RegularPath)?.Bytes, files.GetValueOrDefault(CardFonts.BoldPath)?.Bytes);
        if (fonts is null)
        {
            var path = files.Keys.Min(StringComparer.Ordinal)!;
            diagnostics.Error(Codes.CardFont, SourceLocation.File(path),
                "the sharing cards need two WOFF fonts with TrueType outlines, cards/regular.woff and cards/bold.woff; these are missing or unreadable",
                "put both files in theme/cards/ (a .woff from Fontsource works), or remove theme/cards/ to build without cards");
        }

        return fonts;
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
