namespace Explainer.Tests.Cli;

/// <summary>A build replaces output/ whole: it indexes the new site with Pagefind when Pagefind is installed, and
/// says so when an index the previous output had is gone. A stand-in <c>node_modules/.bin/pagefind</c> plays Pagefind.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SearchIndexTests
{
    private const string Indexer = "#!/bin/sh\n# --site DIR --quiet\nmkdir -p \"$2/pagefind\"\necho 'index' > \"$2/pagefind/pagefind.js\"\n"
        + "echo '{\"version\":\"test\"}' > \"$2/pagefind/pagefind-entry.json\"\npwd > \"$2/pagefind/ran-in\"\n";

    [Fact]
    public void Build_indexes_the_site_with_pagefind_from_the_root_when_it_is_installed()
    {
        using var site = Disk.Write(TestSite.Minimal());
        Install(site, Indexer);

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.Equal("{\"version\":\"test\"}\n", File.ReadAllText(Path.Combine(site.Output, "pagefind/pagefind-entry.json")));
        Assert.Equal(site.Root, File.ReadAllText(Path.Combine(site.Output, "pagefind/ran-in")).Trim());
        Assert.True(SearchIndexExists(site));
    }

    [Fact]
    public void A_pagefind_failure_is_a_warning_and_the_site_says_search_is_unavailable()
    {
        using var site = Disk.Write(TestSite.Minimal());
        Install(site, "#!/bin/sh\nmkdir -p \"$2/pagefind\"\necho half > \"$2/pagefind/pagefind.js\"\necho 'Error: no pages found' >&2\nexit 3\n");

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("./output(1,1): warning EX0600: Pagefind could not index the site (exit code 3): Error: no pages found\n", run.Error);
        Assert.Equal("{\"version\":null,\"languages\":{}}\n", File.ReadAllText(Path.Combine(site.Output, "pagefind/pagefind-entry.json")));
        Assert.False(SearchIndexExists(site));
        Assert.Matches("^build: \\d+ pages, \\d+ files, 1 warning, 0 errors in \\d+ ms$", run.SummaryLine);
    }

    [Fact]
    public void A_build_without_pagefind_says_that_the_previous_index_is_gone()
    {
        using var site = Disk.Write(TestSite.Minimal());
        var pagefind = Install(site, Indexer);
        Assert.Equal(0, ExplainerInProcess.Start(site.Root, "build").ExitCode);
        File.Delete(pagefind);

        var dropped = ExplainerInProcess.Start(site.Root, "build");
        var again = ExplainerInProcess.Start(site.Root, "build");

        Assert.Equal(0, dropped.ExitCode);
        Assert.Contains("warning EX0601: the previous output had a search index; this build has none, because Pagefind is not installed here\n  hint: run `npm ci` once", dropped.Error);
        Assert.False(SearchIndexExists(site));
        Assert.Equal("", again.Error);
    }

    [Fact]
    public void Search_index_warnings_follow_nowarn_and_warnaserror()
    {
        using var site = Disk.Write(TestSite.Minimal());
        Install(site, "#!/bin/sh\necho 'Error: no pages found' >&2\nexit 3\n");

        var quiet = ExplainerInProcess.Start(site.Root, "build", "--nowarn", "EX0600");
        var strict = ExplainerInProcess.Start(site.Root, "build", "--warnaserror");

        Assert.Equal((0, ""), (quiet.ExitCode, quiet.Error));
        Assert.Equal(1, strict.ExitCode);
        Assert.StartsWith("./output(1,1): error EX0600: Pagefind could not index the site", strict.Error);
        Assert.Matches("^build: \\d+ pages, 0 files, 0 warnings, 1 error in \\d+ ms$", strict.SummaryLine);
    }

    private static bool SearchIndexExists(Disk site) => File.Exists(Path.Combine(site.Output, "pagefind/pagefind.js"));

    private static string Install(Disk site, string script)
    {
        var path = site.Put("node_modules/.bin/pagefind", script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
