namespace Explainer.Rendering;

/// <summary>HTML that templates write as it is: the rendered Markdown body and embedded blocks.
/// Every other value a template writes is escaped.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}

/// <summary>HTML already encoded as UTF-8, such as an article body: copied into the page as it is.</summary>
public sealed class Utf8Html(byte[] bytes)
{
    public byte[] Bytes => bytes;

    public override string ToString() => System.Text.Encoding.UTF8.GetString(bytes);
}
