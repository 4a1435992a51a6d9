using System.Text;
using Explainer.Sources;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>A matrix too large for one page (the real site plus 40 labs on 20 more clouds): <c>/matrix/</c> is an
/// index of parts, and each part has the Before/After switch.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MatrixPartsTests(SiteFixture fixture)
{
    private static InputFile[] WideMatrix()
    {
        var files = new List<InputFile>
        {
            File("input/data/companies/wide-operator.yml", "name: Wide Operator\nroles: [cloud]\nsummary: Runs many clouds.\n"),
        };
        for (var c = 0; c < 20; c++)
        {
            files.Add(File($"input/data/clouds/wide-{c:00}.yml", $"name: Wide Cloud {c:00}\noperator: wide-operator\n"));
        }

        var access = new StringBuilder();
        for (var l = 0; l < 40; l++)
        {
            files.Add(File($"input/data/companies/wide-lab-{l:00}.yml", $"name: Wide Lab {l:00}\nroles: [lab]\nsummary: A lab.\n"));
            access.Append($"  - lab: wide-lab-{l:00}\n    cloud: wide-{l % 20:00}\n    before: unknown\n    after: available\n");
        }

        files.Add(File("input/data/deals/wide-deal.yml", $"title: The wide deal\nparties: [wide-operator, microsoft]\nsummary: Many labs.\naccess:\n{access}"));
        return [.. files];
    }

    private static InputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact(Timeout = 120_000)]
    public async Task The_index_leads_to_a_part_whose_switch_shows_only_before_or_after()
    {
        using var site = BuiltSite.Build(RepositoryRoot.Path, WideMatrix());
        await using var server = await StaticSiteServer.StartAsync(site.Directory);
        await using var observed = await ObservedPage.OpenAsync(fixture.Browser, server.Address, 1280, 900);
        var page = observed.Page;

        await observed.GotoAsync("/matrix/");
        Assert.Equal(0, await page.Locator("table.matrix").CountAsync());
        await page.Locator("ol.matrix-parts > li > a").First.ClickAsync();
        await page.WaitForURLAsync("**/matrix/labs/1/");

        var view = page.Locator(".matrix-view");
        var before = view.Locator("td .state-before").First;
        var after = view.Locator("td .state-after").First;
        await Assertions.Expect(before).ToBeVisibleAsync();
        await view.GetByText("After", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(before).ToBeHiddenAsync();
        await Assertions.Expect(after).ToBeVisibleAsync();
        Assert.Contains("after the latest deal", await view.Locator("caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".legend").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Next: ") }).ClickAsync();
        await page.WaitForURLAsync("**/matrix/labs/2/");
        Assert.Equal(1, await page.Locator("table.matrix").CountAsync());
        Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));
    }
}
