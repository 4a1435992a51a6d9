using Explainer.Diagnostics;
using Explainer.Sources;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Explainer.Data;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree from the parser's events, without
/// recursion. Aliases and anchors (billion laughs, cycles), explicit tags (<c>!!python/object</c>),
/// duplicate keys and deep nesting are rejected with their position.
/// </summary>
public static class YamlReader
{
    public const int MaxDepth = 32;

    /// <summary>The longest value: a title, a summary, a claim. A 50 MB title, copied onto every list page, took 1.1 GB.</summary>
    public const int MaxValueLength = 10_000;

    /// <summary>The longest YAML text (a record, or an article's front matter), checked before it is parsed.</summary>
    public const int MaxTextLength = 1 << 20;

    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts on line 2).</param>
    public static YamlNode? Read(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        if (text.Length > MaxTextLength)
        {
            diagnostics.Error(Codes.YamlTooLong, new SourceLocation(path, lineOffset + 1, 1),
                $"the YAML is {text.Length} characters long; at most {MaxTextLength} are read",
                "records and front matter hold short values; put long text in an article's body");
            return null;
        }

        var scanner = new Scanner(new StringReader(text));
        try
        {
            return ReadEvents(new Parser(scanner), path, lineOffset, diagnostics);
        }
        catch (YamlException e)
        {
            var (at, message, hint) = YamlErrors.Explain(text, e.Start, TrimMarkPrefix(e.InnerException?.Message ?? e.Message));
            diagnostics.Error(Codes.YamlSyntax, Locate(path, lineOffset, at), $"YAML syntax error: {message}", hint);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections ("roles: [lab" and a next line).
            SyntaxError(Locate(path, lineOffset, scanner.CurrentPosition), "the YAML could not be read here; is a '[' or '{' left open?", diagnostics);
            return null;
        }
    }

    private static void SyntaxError(SourceLocation location, string message, DiagnosticBag diagnostics) =>
        diagnostics.Error(Codes.YamlSyntax, location, $"YAML syntax error: {message}", YamlErrors.Hint);

    private static YamlNode? ReadEvents(IParser parser, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var stack = new Stack<Builder>();
        YamlNode? root = null;
        var documents = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var location = Locate(path, lineOffset, current.Start);
            switch (current)
            {
                case DocumentStart:
                    documents++;
                    if (documents > 1)
                    {
                        diagnostics.Error(Codes.MultipleDocuments, location, "the file holds more than one YAML document",
                            "remove the '---' line, or split the records into separate files");
                        return null;
                    }

                    break;
                case AnchorAlias:
                    diagnostics.Error(Codes.AliasNotAllowed, location, "YAML aliases are not allowed",
                        "write the value out in full instead of using '*name'");
                    return null;
                case NodeEvent node when !node.Anchor.IsEmpty:
                    diagnostics.Error(Codes.AliasNotAllowed, location, $"YAML anchors are not allowed ('&{node.Anchor.Value}')",
                        "remove the '&name' anchor and write values out in full");
                    return null;
                case NodeEvent node when !node.Tag.IsEmpty && !IsStandardTag(node.Tag.Value):
                    diagnostics.Error(Codes.TagNotAllowed, location, $"YAML tags are not allowed ('{node.Tag.Value}')",
                        "remove the tag; write the value as plain text");
                    return null;
                case Scalar scalar when ControlCharacters.IndexIn(scalar.Value) is var at and >= 0:
                    // The file itself has none (TextDecoder checked); an escape in quotes such as "\e" or "\0" made this one.
                    diagnostics.Error(Codes.ControlCharacter, location,
                        $"the value holds the control character {ControlCharacters.Name(scalar.Value[at])}",
                        "remove the escape (such as \\e, \\v, \\0 or \\x1b) from the quoted text");
                    return null;
                case Scalar scalar when scalar.Value.Length > MaxValueLength:
                    diagnostics.Error(Codes.ValueTooLong, location,
                        $"the value is {scalar.Value.Length} characters long; at most {MaxValueLength} are allowed",
                        "shorten it; long text belongs in an article's body");
                    return null;
                case Scalar scalar:
                    var plain = scalar.Style == ScalarStyle.Plain;
                    if (!Attach(new YamlScalar(scalar.Value, plain, location), stack, ref root, diagnostics))
                    {
                        return null;
                    }

                    break;
                case SequenceStart or MappingStart:
                    if (stack.Count >= MaxDepth)
                    {
                        diagnostics.Error(Codes.NestingTooDeep, location, $"the YAML is nested more than {MaxDepth} levels deep",
                            "flatten the structure; records in this site are at most a few levels deep");
                        return null;
                    }

                    stack.Push(new Builder(current is MappingStart, location));
                    break;
                case SequenceEnd or MappingEnd:
                    var done = stack.Pop().Build();
                    if (!Attach(done, stack, ref root, diagnostics))
                    {
                        return null;
                    }

                    break;
            }
        }

        return root;
    }

    private static bool Attach(YamlNode node, Stack<Builder> stack, ref YamlNode? root, DiagnosticBag diagnostics)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        return stack.Peek().Add(node, diagnostics);
    }

    private static bool IsStandardTag(string tag) =>
        tag is "tag:yaml.org,2002:str" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:bool"
            or "tag:yaml.org,2002:float" or "tag:yaml.org,2002:null" or "tag:yaml.org,2002:seq"
            or "tag:yaml.org,2002:map" or "!";

    private static SourceLocation Locate(string path, int lineOffset, Mark mark) =>
        new(path, (int)Math.Max(1, mark.Line) + lineOffset, (int)Math.Max(1, mark.Column));

    private static string TrimMarkPrefix(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is ours to print.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && index > 0 ? message[(index + 3)..] : message;
    }

    private sealed class Builder(bool isMapping, SourceLocation location)
    {
        private readonly List<YamlNode> items = [];
        private readonly List<KeyValuePair<YamlScalar, YamlNode>> entries = [];
        private readonly HashSet<string> keys = new(StringComparer.Ordinal);
        private YamlScalar? pendingKey;

        public bool Add(YamlNode node, DiagnosticBag diagnostics)
        {
            if (!isMapping)
            {
                items.Add(node);
                return true;
            }

            if (pendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    diagnostics.Error(Codes.WrongType, node.Location, "a mapping key must be plain text", "write the key as a simple word");
                    return false;
                }

                if (!keys.Add(key.Value))
                {
                    diagnostics.Error(Codes.DuplicateKey, key.Location, $"the key '{key.Value}' appears twice in this mapping",
                        "remove one of the two; the build never lets the last one silently win");
                    return false;
                }

                pendingKey = key;
                return true;
            }

            entries.Add(new(pendingKey, node));
            pendingKey = null;
            return true;
        }

        public YamlNode Build() =>
            isMapping ? new YamlMapping(entries, location) : new YamlSequence(items, location);
    }
}
