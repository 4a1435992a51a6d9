using Explainer.Cli.Serve;
using Explainer.Sources;

namespace Explainer.Tests.Serve;

public sealed class RebuilderTests
{
    [Fact]
    public async Task Edits_during_a_build_cause_exactly_one_more_build()
    {
        var root = Directory.CreateTempSubdirectory("explainer-rebuilder-").FullName;
        var article = Path.Combine(root, "input/articles/a.md");
        Directory.CreateDirectory(Path.GetDirectoryName(article)!);
        var other = Path.Combine(root, "input/articles/b.md");
        await File.WriteAllTextAsync(article, "first");
        await File.WriteAllTextAsync(other, "first");
        var files = new SourceFiles(root, Path.Combine(root, "theme"), new BuildOptions());
        files.Rescan();
        var builds = new List<IReadOnlyList<string>>();
        using var firstBuildStarted = new SemaphoreSlim(0);
        using var release = new SemaphoreSlim(0);
        var rebuilder = new Rebuilder(files, (changed, _) =>
        {
            int count;
            lock (builds)
            {
                builds.Add(changed);
                count = builds.Count;
            }

            // The first build holds until every edit below has arrived, however slow the machine: a build that
            // gave up waiting would let the last edits start a third build.
            if (count == 1)
            {
                firstBuildStarted.Release();
                release.Wait();
            }
        }, e => Assert.Fail(e.ToString()));
        int Built()
        {
            lock (builds)
            {
                return builds.Count;
            }
        }

        using var stopping = new CancellationTokenSource();
        var loop = Task.Run(() => rebuilder.Run(stopping.Token));
        try
        {
            await File.WriteAllTextAsync(article, "second");
            rebuilder.Changed("input/articles/a.md");
            Assert.True(await firstBuildStarted.WaitAsync(PreviewHarness.Timeout), "the first edit never built");
            for (var i = 0; i < 5; i++)
            {
                await File.WriteAllTextAsync(article, $"edit {i}");
                rebuilder.Changed("input/articles/a.md");
                await Task.Delay(30);
            }

            release.Release();
            await PreviewHarness.Eventually(() => Task.FromResult(Built() == 2), "the second build ran");
            Assert.Equal("edit 4", files.Text("input/articles/a.md"));

            // A later edit of another file is the signal that the queue is empty: had the five edits left a
            // build behind, it would run first, or take this file into it.
            await File.WriteAllTextAsync(other, "second");
            rebuilder.Changed("input/articles/b.md");
            await PreviewHarness.Eventually(() => Task.FromResult(Built() == 3), "the later edit built");

            lock (builds)
            {
                Assert.Equal([["input/articles/a.md"], ["input/articles/a.md"], ["input/articles/b.md"]], builds);
            }

            Assert.Equal(3, rebuilder.Rebuilds);
        }
        finally
        {
            release.Release();
            await stopping.CancelAsync();
            await loop;
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_lost_event_is_made_good_by_a_full_rescan()
    {
        var root = Directory.CreateTempSubdirectory("explainer-rescan-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "input/articles"));
        await File.WriteAllTextAsync(Path.Combine(root, "input/articles/a.md"), "first");
        var files = new SourceFiles(root, Path.Combine(root, "theme"), new BuildOptions());
        files.Rescan();
        var built = new TaskCompletionSource<IReadOnlyList<string>>();
        var rebuilder = new Rebuilder(files, (changed, _) => built.TrySetResult(changed), e => built.TrySetException(e));
        using var stopping = new CancellationTokenSource();
        var loop = Task.Run(() => rebuilder.Run(stopping.Token));
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root, "input/articles/b.md"), "never announced");
            await File.WriteAllTextAsync(Path.Combine(root, "input/articles/a.md"), "changed silently");

            rebuilder.Rescan();

            var changed = await built.Task.WaitAsync(PreviewHarness.Timeout);
            Assert.Equal(["input/articles/a.md", "input/articles/b.md"], changed.Order(StringComparer.Ordinal));
        }
        finally
        {
            await stopping.CancelAsync();
            await loop;
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_build_that_throws_is_reported_and_the_next_save_builds_again()
    {
        var root = Directory.CreateTempSubdirectory("explainer-crash-").FullName;
        var article = Path.Combine(root, "input/articles/a.md");
        Directory.CreateDirectory(Path.GetDirectoryName(article)!);
        await File.WriteAllTextAsync(article, "first");
        var files = new SourceFiles(root, Path.Combine(root, "theme"), new BuildOptions());
        files.Rescan();
        var failures = new List<Exception>();
        var built = new TaskCompletionSource<IReadOnlyList<string>>();
        var rebuilder = new Rebuilder(files, (changed, _) =>
        {
            if (files.Text("input/articles/a.md") == "second")
            {
                throw new InvalidOperationException("a bug");
            }

            built.TrySetResult(changed);
        }, failures.Add);
        using var stopping = new CancellationTokenSource();
        var loop = Task.Run(() => rebuilder.Run(stopping.Token));
        try
        {
            await File.WriteAllTextAsync(article, "second");
            rebuilder.Changed("input/articles/a.md");
            await PreviewHarness.Eventually(() => Task.FromResult(failures.Count == 1), "the failure was reported");

            await File.WriteAllTextAsync(article, "third");
            rebuilder.Changed("input/articles/a.md");

            await built.Task.WaitAsync(PreviewHarness.Timeout);
            Assert.False(loop.IsCompleted);
            Assert.Equal("a bug", Assert.Single(failures).Message);
        }
        finally
        {
            await stopping.CancelAsync();
            await loop;
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_newer_edit_cancels_the_build_in_progress_and_the_next_build_has_both_changes()
    {
        var root = Directory.CreateTempSubdirectory("explainer-cancel-").FullName;
        var article = Path.Combine(root, "input/articles/a.md");
        Directory.CreateDirectory(Path.GetDirectoryName(article)!);
        await File.WriteAllTextAsync(article, "first");
        await File.WriteAllTextAsync(Path.Combine(root, "input/articles/b.md"), "first");
        var files = new SourceFiles(root, Path.Combine(root, "theme"), new BuildOptions());
        files.Rescan();
        using var slowStarted = new SemaphoreSlim(0);
        var cancelled = new TaskCompletionSource<System.Diagnostics.Stopwatch>();
        var second = new TaskCompletionSource<IReadOnlyList<string>>();
        var edit = new System.Diagnostics.Stopwatch();
        var calls = 0;
        var rebuilder = new Rebuilder(files, (changed, token) =>
        {
            if (++calls == 1)
            {
                slowStarted.Release();
                if (token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)))
                {
                    cancelled.TrySetResult(edit);
                }

                token.ThrowIfCancellationRequested();
            }

            second.TrySetResult(changed);
        }, e => second.TrySetException(e));
        using var stopping = new CancellationTokenSource();
        var loop = Task.Run(() => rebuilder.Run(stopping.Token));
        try
        {
            await File.WriteAllTextAsync(article, "slow");
            rebuilder.Changed("input/articles/a.md");
            Assert.True(await slowStarted.WaitAsync(PreviewHarness.Timeout), "the slow build never started");

            edit.Start();
            await File.WriteAllTextAsync(Path.Combine(root, "input/articles/b.md"), "second");
            rebuilder.Changed("input/articles/b.md");

            await cancelled.Task.WaitAsync(PreviewHarness.Timeout);
            Assert.True(edit.Elapsed < TimeSpan.FromSeconds(1), $"the build was cancelled {edit.ElapsedMilliseconds} ms after the edit");
            var changed = await second.Task.WaitAsync(PreviewHarness.Timeout);
            Assert.Equal(["input/articles/a.md", "input/articles/b.md"], changed.Order(StringComparer.Ordinal));
        }
        finally
        {
            await stopping.CancelAsync();
            await loop;
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_truncated_then_written_is_never_built_half_written()
    {
        var root = Directory.CreateTempSubdirectory("explainer-truncate-").FullName;
        var article = Path.Combine(root, "input/articles/a.md");
        Directory.CreateDirectory(Path.GetDirectoryName(article)!);
        await File.WriteAllTextAsync(article, "first");
        var files = new SourceFiles(root, Path.Combine(root, "theme"), new BuildOptions());
        files.Rescan();
        var seen = new List<string?>();
        var done = new TaskCompletionSource();
        var rebuilder = new Rebuilder(files, (_, _) =>
        {
            var text = files.Text("input/articles/a.md");
            lock (seen)
            {
                seen.Add(text);
            }

            if (text == "second, in full")
            {
                done.TrySetResult();
            }
        }, e => done.TrySetException(e));
        using var stopping = new CancellationTokenSource();
        var loop = Task.Run(() => rebuilder.Run(stopping.Token));
        try
        {
            await File.WriteAllTextAsync(article, "");
            rebuilder.Changed("input/articles/a.md");
            await Task.Delay(80);
            await File.WriteAllTextAsync(article, "second, in full");
            rebuilder.Changed("input/articles/a.md");

            await done.Task.WaitAsync(PreviewHarness.Timeout);
            lock (seen)
            {
                Assert.DoesNotContain("", seen);
            }
        }
        finally
        {
            await stopping.CancelAsync();
            await loop;
            Directory.Delete(root, recursive: true);
        }
    }
}
