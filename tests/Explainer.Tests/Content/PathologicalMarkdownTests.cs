using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Tests.Content;

/// <summary>
/// CommonMark's pathological inputs (cmark's test/pathological_tests.py, at its sizes) and the quadratic cases found in
/// Markdig: each body of 50 to 1,000 KB renders in well under a second, and says what it should.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class PathologicalMarkdownTests
{
    /// <summary>Each renders in well under a second here (and took from 5 to over 60 before); the budget leaves room for
    /// a busy machine, and the faster of two renders is taken.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static TheoryData<string> Cases() => [.. Bodies.Keys];

    private static readonly Dictionary<string, (Func<int, string> Body, int Size, string Expected)> Bodies = new()
    {
        ["identical headings"] = (n => Repeat("## Same\n\n", n), 40_000, "<h2 id=\"same-39999\">"),
        ["bare www links"] = (n => Repeat("www.a.b ", n), 100_000, "(<a href=\"http://www.a.b\">www.a.b</a> ){99999}"),
        ["unclosed links [a](b"] = (n => Repeat("[a](b", n), 100_000, @"^<p>(\[a\]\(b){100000}</p>"),
        ["pattern [ (]("] = (n => Repeat("[ (](", n), 100_000, @"^<p>(\[ \(\]\(){100000}</p>"),
        ["many reference definitions"] = (n => string.Concat(Enumerable.Range(1, n).Select(i => $"[{i}]: u\n")) + Repeat("[0] ", n), 100_000, @"^<p>(\[0\] ){99999}\[0\]</p>"),
        ["reference definitions before a setext underline"] = (n => string.Concat(Enumerable.Range(1, n).Select(i => $"[{i}]: u\n")) + "x\n===\n\n[7]", 100_000, "<h1 id=\"x\">"),
        ["unused footnotes"] = (n => string.Concat(Enumerable.Range(0, n).Select(i => $"[^{i}]: x\n\n")), 80_000, "^<div class=\"footnotes\">\n<hr />\n<ol>\n</ol>"),
        ["used footnotes"] = (n => string.Concat(Enumerable.Range(0, n).Select(i => $"[^{i}]: x\n\n")) + string.Concat(Enumerable.Range(0, n).Select(i => $"[^{i}] ")), 40_000, "<li id=\"fn:40000\">"),
        ["nested strong emph"] = (n => Repeat("*a **a ", n) + "b" + Repeat(" a** a*", n), 32_500, "^<p>"),
        ["many emph closers with no openers"] = (n => Repeat("a_ ", n), 32_500, "^<p>(a_ ){32499}a_</p>"),
        ["many emph openers with no closers"] = (n => Repeat("_a ", n), 32_500, "^<p>(_a ){32499}_a</p>"),
        ["many link closers with no openers"] = (n => Repeat("a]", n), 32_500, @"^<p>(a\]){32500}</p>"),
        ["many link openers with no closers"] = (n => Repeat("[a", n), 32_500, @"^<p>(\[a){32500}</p>"),
        ["mismatched openers and closers"] = (n => Repeat("*a_ ", n), 25_000, @"^<p>(\*a_ ){24999}\*a_</p>"),
        ["cmark issue 389"] = (n => Repeat("*a ", n) + Repeat("_a*_ ", n), 20_000, "^<p>"),
        ["openers and closers multiple of 3"] = (n => "a**b" + Repeat("c* ", n), 25_000, @"^<p>a\*\*b(c\* ){24999}c\*</p>"),
        ["link openers and emph closers"] = (n => Repeat("[ a_", n), 25_000, @"^<p>(\[ a_){25000}</p>"),
        ["pattern ![[]()"] = (n => Repeat("![[]()", n), 40_000, "^<p>!\\[<a href=\"\"></a>!\\["),
        ["nested brackets"] = (n => new string('[', n) + "a" + new string(']', n), 25_000, @"^<p>\[{25000}a\]{25000}</p>"),
        ["deeply nested lists"] = (n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "* a\n")), 45, "^<ul>\n(<li>a\n<ul>\n){44}<li>a</li>"),
        ["backticks"] = (n => string.Concat(Enumerable.Range(1, n - 1).Select(i => "e" + new string('`', i))), 1_000, "^<p>[e`]*</p>\n$"),
        ["unclosed links [a](<b"] = (n => Repeat("[a](<b", n), 30_000, @"^<p>(\[a\]\(&lt;b){30000}</p>"),
        ["unclosed <!--"] = (n => "</" + Repeat("<!--", n), 300_000, "^<p>&lt;/&lt;!"),
        ["empty lines in deeply nested lists"] = (n => Repeat("- ", n) + "x" + new string('\n', n), 45, "^(<\\w+>\n?)+x(</\\w+>\n)+$"),
        ["empty lines in nested lists in a quote"] = (n => "> " + Repeat("- ", n) + "x\n" + Repeat(">\n", n), 45, "^(<\\w+>\n?)+x(</\\w+>\n)+$"),
        ["emph in deep block quote"] = (n => new string('>', n) + Repeat("a*", n), 90, "^(<\\w+>\n)+<p>.*</p>\n(</\\w+>\n)+$"),
        ["nested inlines"] = (n => new string('*', n) + "a" + new string('*', n), 20_000, @"^<p>\*+a\*+</p>"),
        ["a megabyte of mixed hostile text"] = (n => Repeat("[a](b *c _d www.e.f [ (]( ![[]() `g <!-- \n", n), 20_000, "^<p>"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_body_renders_in_well_under_a_second(string name)
    {
        var (body, size, expected) = Bodies[name];
        Render(body(10));
        var text = body(size);

        var (html, diagnostics, used) = TimedRender(text);
        if (used >= Budget)
        {
            used = TimeSpan.FromTicks(Math.Min(used.Ticks, TimedRender(text).Used.Ticks));
        }

        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.IsError);
        Assert.True(used < Budget, $"{text.Length / 1024} KB took {used.TotalSeconds:F2} s of CPU");
        Assert.Matches(new Regex(expected), html);
    }

    [Theory]
    [InlineData("> ", 201)]
    [InlineData("- ", 101)]
    public void Nesting_deeper_than_a_hundred_is_an_error_found_quickly(string unit, int column)
    {
        Render(unit + "x");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        var (_, diagnostics) = Render("x\n\n" + Repeat(unit, 500_000) + "a");

        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Assert.Equal(new SourceLocation("a.md", 8, column), Assert.Single(diagnostics.ToSortedList()).Location);
        Assert.True(used < Budget, $"took {used.TotalSeconds:F2} s of CPU");
    }

    private static (string Html, DiagnosticBag Diagnostics, TimeSpan Used) TimedRender(string body)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (html, diagnostics) = Render(body);
        return (html, diagnostics, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static (string Html, DiagnosticBag Diagnostics) Render(string body)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = MarkdownRenderer.Render("a.md", body, 6, RawHtml.Omit, diagnostics);
        return (Encoding.UTF8.GetString(rendered.Html), diagnostics);
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
