#:project ../../src/Explainer/Explainer.csproj
#:property PublishAot=false

// Times MarkdownRenderer.Render on hostile article bodies: the quadratic cases of issue 13 and CommonMark's
// pathological tests (cmark's test/pathological_tests.py, at its sizes). Each measurement runs in a child process
// that is killed once it has used the limit of CPU time, so a quadratic case cannot hold up the others. Times are CPU
// seconds, which a busy machine changes far less than wall-clock seconds.
//
//   dotnet run -c Release tests/Explainer.Benchmarks/markdown-timings.cs               every case, 60 s limit
//   dotnet run -c Release tests/Explainer.Benchmarks/markdown-timings.cs -- 20 www     cases whose name contains "www", 20 s limit
//
// Prints a Markdown table: case, repetitions, body size, CPU seconds of one render (after a small warm-up), outcome.
using System.Diagnostics;
using System.Globalization;
using Explainer.Content;
using Explainer.Diagnostics;

var cases = new (string Name, Func<int, string> Body, int[] Sizes)[]
{
    ("identical headings `## Same`", n => Repeat("## Same\n\n", n), [10_000, 20_000, 40_000, 110_000]),
    ("`www.` autolinks", n => Repeat("www.a.b ", n), [50_000, 100_000, 125_000]),
    ("unclosed links `[a](b`", n => Repeat("[a](b", n), [50_000, 100_000, 200_000]),
    ("pattern `[ (](`", n => Repeat("[ (](", n), [100_000, 200_000]),
    ("link reference definitions", n => string.Concat(Enumerable.Range(1, n).Select(i => $"[{i}]: u\n")) + Repeat("[0] ", n), [100_000]),
    ("unused footnotes", n => string.Concat(Enumerable.Range(0, n).Select(i => $"[^{i}]: x\n\n")), [40_000, 80_000]),
    ("nested strong emph", n => Repeat("*a **a ", n) + "b" + Repeat(" a** a*", n), [32_500]),
    ("many emph closers with no openers", n => Repeat("a_ ", n), [32_500]),
    ("many emph openers with no closers", n => Repeat("_a ", n), [32_500]),
    ("many link closers with no openers", n => Repeat("a]", n), [32_500]),
    ("many link openers with no closers", n => Repeat("[a", n), [32_500]),
    ("mismatched openers and closers", n => Repeat("*a_ ", n), [25_000]),
    ("cmark issue 389", n => Repeat("*a ", n) + Repeat("_a*_ ", n), [20_000]),
    ("openers and closers multiple of 3", n => "a**b" + Repeat("c* ", n), [25_000]),
    ("link openers and emph closers", n => Repeat("[ a_", n), [25_000]),
    ("pattern `![[]()`", n => Repeat("![[]()", n), [160_000]),
    ("nested brackets", n => new string('[', n) + "a" + new string(']', n), [25_000]),
    ("nested block quotes", n => Repeat("> ", n) + "a", [25_000]),
    ("deeply nested lists", n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "* a\n")), [500]),
    ("backticks", n => string.Concat(Enumerable.Range(1, n - 1).Select(i => "e" + new string('`', i))), [2_500]),
    ("unclosed links `[a](<b`", n => Repeat("[a](<b", n), [30_000]),
    ("unclosed `<!--`", n => "</" + Repeat("<!--", n), [300_000]),
    ("empty lines in deeply nested lists", n => Repeat("- ", n) + "x" + new string('\n', n), [30_000]),
    ("empty lines in nested lists in a quote", n => "> " + Repeat("- ", n) + "x\n" + Repeat(">\n", n), [30_000]),
    ("emph in deep block quote", n => new string('>', n) + Repeat("a*", n), [100_000]),
    ("nested inlines", n => new string('*', n) + "a" + new string('*', n), [20_000]),
};

if (args is ["child", var childCase, var childSize])
{
    var body = cases.Single(c => c.Name == childCase).Body;
    Render(body(10));
    var text = body(int.Parse(childSize, CultureInfo.InvariantCulture));
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var diagnostics = Render(text);
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    var errors = diagnostics.ToSortedList().Where(d => d.IsError).Select(d => d.Format()).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{used.TotalSeconds:F2}\t{text.Length}\t{(errors.Count == 0 ? "rendered" : Shorten(errors[0]))}"));
    return;
}

var limit = TimeSpan.FromSeconds(args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60);
var filter = args.Length > 1 ? args[1] : "";
Console.WriteLine("| case | repetitions | body | CPU seconds | outcome |");
Console.WriteLine("|---|---:|---:|---:|---|");
foreach (var (name, _, sizes) in cases.Where(c => c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
{
    foreach (var size in sizes)
    {
        var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["child", name, size.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        })!;
        var output = child.StandardOutput.ReadToEndAsync();
        while (!child.WaitForExit(200) && CpuTime(child) < limit)
        {
        }

        if (!child.HasExited)
        {
            child.Kill();
            child.WaitForExit();
            Console.WriteLine($"| {name} | {size:N0} | | > {limit.TotalSeconds:F0} | stopped |");
            continue;
        }

        var parts = (await output).Trim().Split('\t');
        Console.WriteLine(parts.Length == 3
            ? $"| {name} | {size:N0} | {Kilobytes(parts[1])} | {parts[0]} | {parts[2]} |"
            : $"| {name} | {size:N0} | | | crashed: {Shorten(string.Join(' ', parts))} |");
    }
}

static TimeSpan CpuTime(Process process)
{
    try
    {
        return process.TotalProcessorTime;
    }
    catch (InvalidOperationException)
    {
        return TimeSpan.Zero; // it has just exited
    }
}

static string Repeat(string unit, int count) => new System.Text.StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

static DiagnosticBag Render(string body)
{
    var diagnostics = new DiagnosticBag();
    MarkdownRenderer.Render("input/articles/a.md", body, 6, RawHtml.Omit, diagnostics);
    return diagnostics;
}

static string Kilobytes(string chars) => $"{int.Parse(chars, CultureInfo.InvariantCulture) / 1024:N0} KB";

static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "...";
