using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Rendering;

/// <summary>Scriban's <c>include</c> returns the partial's output as a string, which the escaping context would
/// escape a second time; this wrapper marks it as the HTML it already is.
/// A plain <c>{{ include 'name' }}</c> statement rendering into a <see cref="Utf8Output"/> skips the string: the
/// partial renders straight into the page, in its own local scope as Scriban's include does. A large matrix
/// includes partials in every cell, hundreds of thousands of times.</summary>
internal sealed class RawInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (InPlace(context, callerContext, arguments) is { } call
            && context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), call) is { } path)
        {
            RenderInPlace(context, context.GetOrCreateTemplate(path, call), call, arguments);
            return null;
        }

        return new RawHtml(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");

    /// <summary>The call, when its output would be written as it is, right where it stands.</summary>
    internal static ScriptFunctionCall? InPlace(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments) =>
        context.Output is Utf8Output && string.IsNullOrEmpty(context.CurrentIndent) && arguments.Count > 0
        && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call
        && !HasNamedArgument(call)
            ? call
            : null;

    private static bool HasNamedArgument(ScriptFunctionCall call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As Scriban's include does, minus its own output: no indentation inside the partial, a fresh local scope.</summary>
    internal static void RenderInPlace(TemplateContext context, Template template, ScriptNode call, ScriptArray arguments)
    {
        var indent = context.CurrentIndent;
        context.EnterRecursive(call);
        context.CurrentIndent = null;
        if (indent is not null)
        {
            context.ResetPreviousNewLine();
        }

        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(call);
        }
    }
}
