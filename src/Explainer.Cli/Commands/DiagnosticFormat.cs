using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Explainer.Diagnostics;

namespace Explainer.Cli.Commands;

/// <summary>How <c>build</c> and <c>check</c> print their diagnostics: MSBuild-style text for people and editors,
/// one JSON array for tools, or workflow commands that GitHub Actions shows as annotations on the changed lines.</summary>
internal enum DiagnosticFormat
{
    Text,
    Json,
    GitHub,
}

internal static class DiagnosticFormats
{
    public static Option<string?> Option()
    {
        var option = new Option<string?>("--format")
        {
            Description = "How to print diagnostics: text, json (one array on standard output) or github (annotations); default github when GITHUB_ACTIONS=true, else text",
        };
        option.AcceptOnlyFromAmong("text", "json", "github");
        return option;
    }

    public static DiagnosticFormat Choose(string? requested) => requested switch
    {
        "text" => DiagnosticFormat.Text,
        "json" => DiagnosticFormat.Json,
        "github" => DiagnosticFormat.GitHub,
        _ => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? DiagnosticFormat.GitHub : DiagnosticFormat.Text,
    };

    /// <summary>Prints every diagnostic of a run, in one call: JSON must be one array. Only text groups a file's
    /// warnings of one code (unless <paramref name="verbose"/>): tools and annotations get every finding.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format, string root, bool verbose = false)
    {
        switch (format)
        {
            case DiagnosticFormat.Json:
                Console.Out.Write(Json(diagnostics));
                break;
            case DiagnosticFormat.GitHub:
                Console.Out.Write(GitHub(diagnostics, root));
                break;
            default:
                Reporter.Print(diagnostics, verbose);
                break;
        }
    }

    /// <summary><c>[{"code", "severity", "path", "line", "column", "message", "hint"}, ...]</c>; paths are relative to the root.</summary>
    public static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("path", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("message", d.Message);
                json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary><c>::error file=...,line=...,col=...,title=EX0102::message</c>. GitHub wants paths from the repository
    /// root, where a workflow runs: a path is given from the current folder, through <paramref name="root"/>.</summary>
    public static string GitHub(IReadOnlyList<Diagnostic> diagnostics, string root)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics)
        {
            var path = Path.IsPathRooted(d.Location.Path) || d.Location.Path.StartsWith('-')
                ? d.Location.Path
                : Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(root, d.Location.Path)).Replace('\\', '/');
            var message = d.Hint is null ? d.Message : $"{d.Message}\nhint: {d.Hint}";
            text.Append($"::{(d.IsError ? "error" : "warning")} file={Property(path)},line={d.Location.Line},col={d.Location.Column},title={d.Code}::{Data(message)}\n");
        }

        return text.ToString();
    }

    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
