namespace Explainer.Output;

/// <summary>One file of the built site: its path under the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes, string Origin);
