namespace Explainer.Content;

/// <summary>A title or summary written with inline Markdown: <see cref="Html"/> for headings and cards, <see cref="Plain"/>
/// (no markup, no backticks) for everything that cannot hold markup: <c>&lt;title&gt;</c>, meta descriptions, the feed,
/// JSON-LD, social cards and search.</summary>
public sealed record InlineText(string Plain, string Html);
