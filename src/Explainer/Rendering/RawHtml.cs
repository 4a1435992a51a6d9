namespace Explainer.Rendering;

/// <summary>HTML that templates write as it is: the rendered Markdown body and embedded blocks.
/// Every other value a template writes is escaped.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
