namespace Explainer.Output;

/// <summary>One file of the built site: its path under the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes, string Origin);

/// <summary>Takes one file of a build as it is made, from several threads at once. The bytes are only valid during
/// the call: they may be a buffer the renderer reuses.</summary>
public delegate void OutputSink(string path, ReadOnlySpan<byte> bytes);
