using System.Text.Json;

namespace Explainer.Tests.Data;

public sealed class DealTests
{
    private const string Path = "input/data/deals/reset.yml";
    private const string Head = "title: The reset\nparties: [microsoft, openai]\nsummary: Terms changed.\n";

    [Fact]
    public void Deal_with_one_party_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, "title: The reset\nparties: [microsoft]\nsummary: Terms changed.\n"));

        Expect.Errors(result,
            "input/data/deals/reset.yml(2,10): error EX0124: deal 'reset' names 1 party\n  hint: a deal has two or more parties: list their company slugs");
    }

    [Fact]
    public void Deal_without_parties_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, "title: The reset\nsummary: Terms changed.\n"));

        Expect.Errors(result, "input/data/deals/reset.yml(1,1): error EX0110: deal 'reset' has no 'parties'\n  hint: add a line 'parties: ...'");
    }

    [Theory]
    [InlineData("    after: New\n", "added")]
    [InlineData("    before: Old\n", "removed")]
    [InlineData("    before: Old\n    after: New\n", "changed")]
    [InlineData("    before: Same\n    after: Same\n", "unchanged")]
    public void Change_is_derived_from_before_and_after_when_omitted(string values, string change)
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "terms:\n  - id: t\n    label: T\n" + values));

        Expect.Success(result);
        var row = TestSite.Html(result, "deals/reset/index.html").QuerySelector("table.compare tbody tr")!;
        Assert.Equal($"change-{change}", row.ClassName);
        Assert.Equal(change, Term(result).GetProperty("change").GetString());
    }

    [Theory]
    [InlineData("    after: New\n", "removed", "term 't' says 'removed' but has no 'before'", "added")]
    [InlineData("    before: Old\n", "added", "term 't' says 'added' but has no 'after'", "removed")]
    [InlineData("    before: Old\n    after: New\n", "unchanged", "term 't' says 'unchanged' but 'before' and 'after' differ", "changed")]
    [InlineData("    before: Same\n    after: Same\n", "changed", "term 't' says 'changed' but 'before' and 'after' are the same text", "unchanged")]
    [InlineData("    before: Same\n    after: Same\n", "removed", "term 't' says 'removed' but 'before' and 'after' are the same text", "unchanged")]
    [InlineData("    before: Same\n    after: Same\n", "added", "term 't' says 'added' but 'before' and 'after' are the same text", "unchanged")]
    [InlineData("    before: Old\n", "changed", "term 't' says 'changed' but has no 'after'", "removed")]
    public void Stated_change_that_contradicts_before_and_after_is_an_error(string values, string stated, string message, string derived)
    {
        var text = Head + "terms:\n  - id: t\n    label: T\n" + values + $"    change: {stated}\n";
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("    change:", StringComparison.Ordinal)) + 1;

        var result = TestSite.Build(TestSite.With(Path, text));

        Expect.Errors(result,
            $"input/data/deals/reset.yml({line},13): error EX0122: {message}\n  hint: from 'before' and 'after' the change is '{derived}': fix the values or the change");
    }

    [Fact]
    public void Stated_removed_may_say_what_replaced_the_term()
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "terms:\n  - id: t\n    label: T\n    before: Shared\n    after: No revenue is shared\n    change: removed\n"));

        Expect.Success(result);
        Assert.Equal("removed", Term(result).GetProperty("change").GetString());
    }

    [Fact]
    public void Change_that_is_not_a_change_kind_is_an_error_with_a_suggestion()
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "terms:\n  - id: t\n    label: T\n    before: a\n    after: b\n    change: chnged\n"));

        Expect.Errors(result,
            "input/data/deals/reset.yml(9,13): error EX0113: 'chnged' is not a change\n"
            + "  hint: did you mean 'changed'? write one of: added, removed, changed, unchanged, or leave it out to derive it");
    }

    [Fact]
    public void Term_without_before_and_after_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "terms:\n  - id: t\n    label: T\n"));

        Expect.Errors(result,
            "input/data/deals/reset.yml(5,5): error EX0110: term 't' has neither 'before' nor 'after'\n  hint: say what the term was, what it is, or both");
    }

    [Fact]
    public void Two_terms_with_one_id_are_an_error_at_the_second()
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "terms:\n  - id: t\n    label: A\n    after: x\n  - id: t\n    label: B\n    after: y\n"));

        Expect.Errors(result, "input/data/deals/reset.yml(8,9): error EX0123: two terms have the id 't'\n  hint: give each term of a deal its own id");
    }

    [Fact]
    public void Unknown_key_in_a_term_lists_the_term_keys()
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "terms:\n  - id: t\n    label: T\n    after: x\n    sorce: report\n"));

        Expect.Errors(result,
            "input/data/deals/reset.yml(8,5): error EX0101: unknown key 'sorce' in a term\n  hint: did you mean 'source'? allowed keys: id, label, before, after, change, source, sources");
    }

    [Theory]
    [InlineData("exclusiv", "did you mean 'exclusive'? ")]
    [InlineData("open", "")]
    public void Access_level_outside_the_allowed_list_is_an_error(string level, string guess)
    {
        var result = TestSite.Build(TestSite.With(Path, Head + $"access:\n  - lab: openai\n    cloud: azure\n    before: {level}\n    after: available\n"));

        Expect.Errors(result,
            $"input/data/deals/reset.yml(7,13): error EX0113: '{level}' is not an access level\n  hint: {guess}levels are: exclusive, priority, available, restricted, unknown");
    }

    [Fact]
    public void Access_lab_without_the_lab_role_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "access:\n  - lab: microsoft\n    cloud: azure\n    before: exclusive\n    after: available\n"));

        Expect.Errors(result,
            "input/data/deals/reset.yml(5,10): error EX0121: 'microsoft' is not a lab (its roles: cloud, investor)\n"
            + "  hint: name a company with the role 'lab', or add 'lab' to input/data/companies/microsoft.yml");
    }

    [Fact]
    public void Unknown_cloud_in_access_is_an_error_with_a_suggestion()
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "access:\n  - lab: openai\n    cloud: azur\n    before: exclusive\n    after: available\n"));

        Expect.Errors(result, "input/data/deals/reset.yml(6,12): error EX0105: unknown cloud 'azur'\n  hint: did you mean 'azure'?");
    }

    [Fact]
    public void Cloud_named_by_its_operator_suggests_the_operators_cloud()
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "access:\n  - lab: openai\n    cloud: microsoft\n    before: exclusive\n    after: available\n"));

        Expect.Errors(result,
            "input/data/deals/reset.yml(6,12): error EX0105: unknown cloud 'microsoft'\n  hint: did you mean 'azure'? 'microsoft' is the company that operates it");
    }

    [Fact]
    public void Access_with_a_bad_level_still_has_its_references_checked_in_the_same_run()
    {
        var result = TestSite.Build(TestSite.With(Path, Head + "access:\n  - lab: openai\n    cloud: azur\n    before: exclusiv\n    after: available\n"));

        Assert.Equal(["EX0105", "EX0113"], result.Diagnostics.Where(d => d.IsError).Select(d => d.Code));
    }

    [Fact]
    public void Same_lab_and_cloud_twice_in_one_deal_is_an_error()
    {
        var access = "  - lab: openai\n    cloud: azure\n    before: exclusive\n    after: available\n";
        var result = TestSite.Build(TestSite.With(Path, Head + "access:\n" + access + access));

        Expect.Errors(result, "input/data/deals/reset.yml(9,5): error EX0125: 'openai' on 'azure' is listed twice in this deal\n  hint: keep one entry per lab and cloud");
    }

    [Fact]
    public void Announced_date_is_checked_and_shown()
    {
        var bad = TestSite.Build(TestSite.With(Path, Head + "announced: 2026-02-30\n"));
        var good = TestSite.Build(TestSite.With(Path, Head + "announced: 2026-10-28\n"));

        Expect.Errors(bad, "input/data/deals/reset.yml(4,12): error EX0112: '2026-02-30' is not a valid date for 'announced'\n  hint: write an ISO date that exists, such as 2026-11-20");
        Expect.Success(good);
        Assert.Equal("2026-10-28", TestSite.Html(good, "deals/reset/index.html").QuerySelector("main time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Deal_without_a_date_says_no_source_gives_one()
    {
        var result = TestSite.Build(TestSite.Minimal());

        Assert.Contains("no source gives the date", TestSite.MainText(result, "deals/reset/index.html"), StringComparison.OrdinalIgnoreCase);
    }

    private static JsonElement Term(BuildResult result)
    {
        using var json = JsonDocument.Parse(TestSite.File(result, "data/explainer.json").Bytes);
        var deal = json.RootElement.GetProperty("deals").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "reset");
        return deal.GetProperty("terms")[0].Clone();
    }
}
