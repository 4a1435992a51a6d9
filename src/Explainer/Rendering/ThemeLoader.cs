using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Rendering;

/// <summary>Resolves <c>include</c> names inside the theme only: no <c>..</c>, no absolute paths, no
/// backslashes. The theme's files are already in memory (the reader refused links out of it).</summary>
internal sealed class ThemeLoader(IReadOnlyDictionary<string, string> templates) : ITemplateLoader
{
    /// <summary>Names already checked, with their paths: a large matrix includes the same few partials hundreds of
    /// thousands of times.</summary>
    private readonly ConcurrentDictionary<string, string> paths = new(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!paths.TryGetValue(templateName, out var path))
        {
            if (!IsConfined(templateName))
            {
                throw new ScriptRuntimeException(callerSpan, $"the include '{templateName}' is outside the theme; name a file such as 'partials/card.html'");
            }

            path = paths.GetOrAdd(templateName, "theme/" + templateName);
        }

        (context as HtmlTemplateContext)?.Included.Add(path);
        return path;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templates.TryGetValue(templatePath, out var text)
            ? text
            : throw new ScriptRuntimeException(callerSpan, $"the template '{templatePath}' does not exist");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));

    public static bool IsConfined(string name) =>
        name.Length is > 0 and < 256
        && !name.StartsWith('/')
        && !name.Contains('\\')
        && !name.Contains('\0')
        && !name.Contains(':')
        && name.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}
