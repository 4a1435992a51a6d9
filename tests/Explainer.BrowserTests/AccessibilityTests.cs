using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Explainer.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteFixture fixture)
{
    internal static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },

        // Only violations come back in full; passes would carry every checked node across the wire.
        ResultTypes = [ResultType.Violations],
    };

    [Theory(Timeout = 90_000)]
    [MemberData(nameof(PageType.All), MemberType = typeof(PageType))]
    public async Task Every_page_type_has_no_WCAG_21_AA_violation_at_desktop_and_phone_width(string name)
    {
        var type = fixture.PageOfType(name);
        foreach (var width in new[] { 1280, 375 })
        {
            await using var observed = await fixture.OpenAsync(width);
            await observed.GotoAsync(type.Path, type.Status);

            var result = await observed.Page.RunAxe(Wcag21AA);

            Assert.True(result.Violations.Length == 0, $"{type.Path} at {width} px:\n{Describe(result.Violations)}");
        }
    }

    internal static string Describe(IEnumerable<AxeResultItem> violations) => string.Join('\n', violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"))));
}
