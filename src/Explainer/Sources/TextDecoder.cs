using System.Text;
using Explainer.Diagnostics;

namespace Explainer.Sources;

/// <summary>Strict UTF-8 decoding: a byte-order mark is dropped, CRLF becomes LF, and an invalid
/// byte is reported at its line and column instead of being silently replaced.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(InputFile file, DiagnosticBag diagnostics) =>
        Validate(file, diagnostics) is { } bytes ? Part(bytes.Span) : null;

    /// <summary>The file's bytes after any byte-order mark, or null (reported) when they are not valid UTF-8.
    /// With <see cref="Part"/>, a file can be decoded piece by piece, never whole.</summary>
    public static ReadOnlyMemory<byte>? Validate(InputFile file, DiagnosticBag diagnostics)
    {
        var bytes = file.Bytes.AsMemory();
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            diagnostics.Error(Codes.InvalidUtf8, LocateInvalidByte(file.Path, bytes.Span),
                "the file is not valid UTF-8", "save the file with UTF-8 encoding");
            return null;
        }

        if (ControlCharacters.IndexIn(bytes.Span) is var at and >= 0)
        {
            diagnostics.Error(Codes.ControlCharacter, Locate(file.Path, bytes.Span, at),
                $"the file holds the control character {ControlCharacters.NameAt(bytes.Span, at)}",
                "delete it (an editor may not show it); text may hold tabs and line breaks, but no other control characters");
            return null;
        }

        return bytes;
    }

    /// <summary>Valid UTF-8 as text, line ends normalised as <see cref="Decode"/> does.</summary>
    public static string Part(ReadOnlySpan<byte> bytes)
    {
        var text = Strict.GetString(bytes);
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>The line and column of a byte of valid UTF-8, with line ends counted as <see cref="Part"/> normalises them.</summary>
    private static SourceLocation Locate(string path, ReadOnlySpan<byte> utf8, int index)
    {
        var before = utf8[..index];
        var lineStart = before.LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        var line = 1 + before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8);
        return new SourceLocation(path, line, 1 + Encoding.UTF8.GetCharCount(before[lineStart..]));
    }

    private static SourceLocation LocateInvalidByte(string path, ReadOnlySpan<byte> bytes)
    {
        int line = 1, column = 1, index = 0;
        while (index < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[index..], new char[4], out var read, out _, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData && read == 0)
            {
                break;
            }

            var b = bytes[index];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
                index++;
                continue;
            }

            var length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            if (index + length > bytes.Length || System.Text.Unicode.Utf8.IsValid(bytes.Slice(index, length)) is false)
            {
                break;
            }

            index += length;
            column++;
        }

        return new SourceLocation(path, line, column);
    }
}
