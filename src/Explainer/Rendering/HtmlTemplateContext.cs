using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Explainer.Rendering;

/// <summary>A template context that escapes every value written by <c>{{ ... }}</c>, except <see cref="RawHtml"/>.
/// Literal template text is written by Scriban through another path and stays as it is.</summary>
internal sealed class HtmlTemplateContext(Scriban.Runtime.ScriptObject builtins) : TemplateContext(builtins)
{
    /// <summary>Every template path this page's render included: what the preview server's cache depends on.</summary>
    public HashSet<string> Included { get; } = new(StringComparer.Ordinal);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            Write(raw.Value);
            return this;
        }

        if (textAsObject is Utf8Html utf8)
        {
            WriteUtf8(utf8.Bytes);
            return this;
        }

        if (textAsObject is RenderedHtml rendered)
        {
            WriteUtf8(rendered.Output.Bytes);
            return this;
        }

        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text))
        {
            Write(WebUtility.HtmlEncode(text));
        }

        return this;
    }

    /// <summary>Copies the bytes when no indentation applies; otherwise writes the text as Scriban would. The last
    /// line break goes through Scriban so that it knows, as it would, whether the output ends a line.</summary>
    private void WriteUtf8(ReadOnlySpan<byte> bytes)
    {
        if (!string.IsNullOrEmpty(CurrentIndent) || Output is not Utf8Output output)
        {
            Write(System.Text.Encoding.UTF8.GetString(bytes));
            return;
        }

        WriteBytes(output, bytes);
    }

    /// <summary>Writes HTML already encoded as UTF-8 into <paramref name="output"/>, this context's output.</summary>
    public void WriteBytes(Utf8Output output, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        if (bytes[^1] == (byte)'\n')
        {
            output.Append(bytes[..^1]);
            Write("\n");
        }
        else
        {
            output.Append(bytes);
            ResetPreviousNewLine();
        }
    }
}
