using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>
/// A Scriban output that encodes to UTF-8 as the template writes, into a pooled buffer. A page is then held once, as
/// the bytes that go to disk, instead of as a StringBuilder, its string, the base layout's StringBuilder, its string
/// and the bytes: for the largest pages (tens of megabytes) those copies were most of the memory and time.
/// </summary>
internal sealed class Utf8Output : IScriptOutput, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Encoder encoder = Utf8.GetEncoder();
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int length;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> text)
    {
        Reserve(Utf8.GetMaxByteCount(text.Length));
        length += encoder.GetBytes(text, buffer.AsSpan(length), flush: false);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Appends bytes that are already UTF-8, without decoding them.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length + 4);
        length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    /// <summary>Everything written so far.</summary>
    public ReadOnlySpan<byte> Bytes
    {
        get
        {
            Reserve(4);
            length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
            return buffer.AsSpan(0, length);
        }
    }

    public byte[] ToArray() => Bytes.ToArray();

    public string Text => Utf8.GetString(Bytes);

    /// <summary>Empty: <see cref="Scriban.Template.Render(Scriban.TemplateContext)"/> returns the output as a string,
    /// which this output never builds; read <see cref="Bytes"/> instead.</summary>
    public override string ToString() => "";

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
        length = 0;
    }

    private void Reserve(int extra)
    {
        if (length + extra <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(2L * buffer.Length, (long)length + extra)));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
