using Explainer.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Explainer.Rendering;

/// <summary>Scriban's zero-based spans to our 1-based locations, in one place.</summary>
internal static class TemplateErrors
{
    public static SourceLocation Locate(string fallbackPath, SourceSpan span) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    public static Diagnostic FromException(string templatePath, string pagePath, Exception exception) => exception switch
    {
        Sources.ChangedFileException changed => new Diagnostic(Severity.Error, Codes.ChangedDuringBuild, SourceLocation.File(changed.Path),
            $"this file changed on disk while the site was being built, so {pagePath} was not made from the text that was checked",
            "build again once the file is saved; the previous output is left as it was"),
        ScriptAbortException abort => new Diagnostic(Severity.Error, Codes.TemplateTimeout, Locate(templatePath, abort.Span),
            $"rendering {pagePath} took too long and was stopped", "look for a loop that never ends or a template that includes itself"),
        ScriptRuntimeException runtime when runtime.OriginalMessage.Contains("outside the theme", StringComparison.Ordinal) =>
            new Diagnostic(Severity.Error, Codes.TemplateOutsideTheme, Locate(templatePath, runtime.Span), runtime.OriginalMessage),
        ScriptRuntimeException runtime => new Diagnostic(Severity.Error, Codes.TemplateRuntime, Locate(templatePath, runtime.Span),
            $"{runtime.OriginalMessage} (while rendering {pagePath})", Hint(runtime.OriginalMessage)),
        _ => new Diagnostic(Severity.Error, Codes.TemplateRuntime, SourceLocation.File(templatePath),
            $"rendering {pagePath} failed: {exception.Message}"),
    };

    private static string? Hint(string message) =>
        message.Contains("not found", StringComparison.OrdinalIgnoreCase) || message.Contains("doesn't exist", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Cannot get member", StringComparison.Ordinal)
            ? "check the spelling of the variable or member; the README lists what each page's template receives"
            : null;
}
