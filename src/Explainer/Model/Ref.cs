using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>A slug written in a record, kept with its position so a dangling reference points at the line to fix.</summary>
public sealed record Ref(string Slug, SourceLocation Location);
