using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Rendering;

/// <summary>
/// <c>{{ include_cached 'partials/matrix-cell.html' cell }}</c>: renders a partial once per build for each set of
/// key variables after its name, and writes the same bytes wherever the same keys come again, on any page.
/// The partial sees its keys under their own names, <c>site</c> and <c>preview</c>, and nothing else (not
/// <c>page</c>, not the caller's variables), so a cached partial cannot differ from page to page. Records
/// (companies, deals, matrix cells...) are the same key only when they are the same record; text and numbers
/// when they are equal. Where <c>include</c> would return its output as a value (inside an expression, or
/// indented), the same cached bytes are returned as that value.
/// </summary>
/// <para>With <c>logReads</c> (the preview's page cache), the partial's render logs what it reads, and each page that
/// includes it adds those reads to its own log: its bytes depend on them wherever they come from the cache.</para>
internal sealed class CachedInclude(Func<CancellationToken, HtmlTemplateContext> isolatedContext, ConcurrentDictionary<CachedInclude.Key, CachedInclude.Entry> cache,
    bool logReads)
    : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(Utf8Html);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "name" : "key");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var call = callerContext as ScriptFunctionCall;
        var span = callerContext?.Span ?? default;
        if (call is null || arguments.Count == 0 || arguments[0] is not string name || call.Arguments.Count != arguments.Count)
        {
            throw new ScriptRuntimeException(span, "write it as include_cached 'partials/name.html' key1 key2 ...");
        }

        var path = context.GetTemplatePathFromName(name, call)!;
        var keys = new (string Name, object? Value)[arguments.Count - 1];
        for (var i = 1; i < arguments.Count; i++)
        {
            if (call.Arguments[i] is not ScriptVariableGlobal variable)
            {
                throw new ScriptRuntimeException(call.Arguments[i].Span,
                    "include_cached takes variables as keys: assign the value to a variable first, such as {{ cell = row.cells[0] }}");
            }

            keys[i - 1] = (variable.Name, arguments[i]);
        }

        var key = new Key(path, keys);
        var entry = cache.TryGetValue(key, out var found) ? found : cache.GetOrAdd(key, Render(context, path, keys, span));
        ((HtmlTemplateContext)context).Included.UnionWith(entry.Included);
        ReadLog.Current?.Replay(entry.Reads);
        if (RawInclude.InPlace(context, callerContext, arguments) is not null && context.Output is Utf8Output output)
        {
            ((HtmlTemplateContext)context).WriteBytes(output, entry.Bytes);
            return null;
        }

        return new Utf8Html(entry.Bytes);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    private Entry Render(TemplateContext caller, string path, (string Name, object? Value)[] keys, SourceSpan span)
    {
        var context = isolatedContext(caller.CancellationToken);
        var globals = new ScriptObject();
        foreach (var (name, value) in keys)
        {
            globals[name] = value;
        }

        context.PushGlobal(globals);
        context.Included.Add(path);
        using var output = new Utf8Output();
        var log = logReads ? new ReadLog() : null;
        context.PushOutput(output);
        try
        {
            using var reads = ReadLog.Use(log);
            context.GetOrCreateTemplate(path, new ScriptVariableGlobal("include_cached") { Span = span }).Render(context);
        }
        finally
        {
            context.PopOutput();
        }

        return new Entry(output.ToArray(), context.Included.ToArray(), log is { Complete: true } ? log.Reads.ToArray() : null);
    }

    /// <summary>A partial's output, the templates it included and what it read from the data (null when not logged): the
    /// preview server's page cache depends on them.</summary>
    internal sealed record Entry(byte[] Bytes, string[] Included, IReadOnlyList<(ViewObject Target, string? Member, object? Value)>? Reads);

    /// <summary>A partial and its keys: records by identity, text and numbers by value. Looked up once per matrix
    /// cell, so comparing allocates nothing.</summary>
    internal readonly struct Key(string path, (string Name, object? Value)[] keys) : IEquatable<Key>
    {
        private readonly string path = path;
        private readonly (string Name, object? Value)[] keys = keys;

        public bool Equals(Key other)
        {
            if (other.path != path || other.keys.Length != keys.Length)
            {
                return false;
            }

            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i].Name != other.keys[i].Name || !Same(keys[i].Value, other.keys[i].Value))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(path);
            foreach (var (name, value) in keys)
            {
                hash.Add(name);
                hash.Add(IsValue(value) ? value!.GetHashCode() : RuntimeHelpers.GetHashCode(value));
            }

            return hash.ToHashCode();
        }

        private static bool Same(object? a, object? b) => IsValue(a) ? Equals(a, b) : ReferenceEquals(a, b);

        private static bool IsValue(object? value) => value is string or bool or int or long or double or decimal;
    }
}
