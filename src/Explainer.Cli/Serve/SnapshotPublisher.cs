using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Explainer.Diagnostics;

namespace Explainer.Cli.Serve;

/// <summary>Builds the current input and publishes the result: a site that reads and checks without errors is served at
/// once, each page rendered when a browser first asks for it; then every other page is rendered, and a page that fails
/// to render turns the build into a failed one, which keeps the last good site under an overlay. Either way open pages
/// are told at once.</summary>
internal sealed class SnapshotPublisher(SourceFiles files, Action<IReadOnlyList<Diagnostic>> report, TextWriter log, bool verbose = false)
{
    private BuildSession session = new();
    private SiteSnapshot lastGood = SiteSnapshot.Empty;
    private int builds;

    public SiteSnapshot Current { get; private set; } = SiteSnapshot.Empty;

    /// <summary>Where a new snapshot goes once built; the server, after it has started.</summary>
    public Action<SiteSnapshot, string, string>? Publish { get; set; }

    /// <summary>Builds and publishes; <paramref name="changed"/> is the watcher's change set (null: compare every file).
    /// When <paramref name="cancel"/> fires before the site is served, throws <see cref="OperationCanceledException"/>
    /// (the next build takes these changes too); once it is served, it stays, and its other pages render when asked for.</summary>
    public void Build(IReadOnlyList<string>? changed, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var summary = changed is null ? "the first build" : Summary(changed);
        // An editor's background task follows these lines: "started" opens a build, "build N:" or "failed" closes it.
        log.WriteLine($"build {builds + 1} started ({summary})");
        SiteState state;
        try
        {
            state = session.Update(files.ToInput(), changed, cancel);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Fail(e);
            return;
        }

        var number = ++builds;
        if (!state.Succeeded)
        {
            Failed(number, state.Diagnostics, clock);
            return;
        }

        try
        {
            state.RenderFirst(Current.Site, cancel);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Fail(e);
            return;
        }

        var next = SiteSnapshot.Succeeded(number, state);
        Retire(Current);
        string eventName = "reload", data = number.ToString(CultureInfo.InvariantCulture);
        if (Current.Failure.Count == 0 && changed is not null && changed.All(IsStylesheet) && Swaps(Current, next) is { Length: > 0 } swaps)
        {
            (eventName, data) = ("css", swaps.Replace("\"build\":0", $"\"build\":{data}"));
        }

        Current = next;
        var served = clock.ElapsedMilliseconds;
        Publish?.Invoke(Current, eventName, data);
        if (verbose)
        {
            log.WriteLine($"build {number} served in {served} ms ({session.LastTimings}); rendering the other pages");
        }
        BuildResult result;
        try
        {
            result = state.Complete(null, cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // A newer save: this site is served and its changes are in the session, so the next build starts from it;
            // the pages not rendered yet render when asked for.
            log.WriteLine($"build {number}: {state.PageCount} pages, served in {served} ms, then replaced by a newer save ({summary})");
            return;
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Fail(e);
            return;
        }

        if (!result.Succeeded)
        {
            Failed(++builds, result.Diagnostics, clock);
            return;
        }

        lastGood = next;
        report(result.Diagnostics);
        log.WriteLine($"build {number}: {result.PageCount} pages, {session.LastRendered} rendered, served in {served} ms, "
            + $"complete in {clock.ElapsedMilliseconds} ms ({summary})");
    }

    /// <summary>Anything that went wrong outside the diagnostics (a bug): said in the log and on the overlay, and the
    /// next build starts from nothing, since the session may be half updated.</summary>
    public void Fail(Exception e)
    {
        session = new BuildSession();
        var number = ++builds;
        Diagnostic[] failure =
        [
            new(Severity.Error, Codes.BuildCrashed, SourceLocation.File("explainer"), $"the build stopped unexpectedly: {e.GetType().Name}: {e.Message}",
                "this is a bug in Explainer (the server log has the details); the preview keeps the last good build and rebuilds on the next save"),
        ];
        Current = SiteSnapshot.Failed(number, lastGood, failure, Overlay.Render(failure, _ => null));
        report(failure);
        log.WriteLine($"build {number} failed because it stopped unexpectedly; serving the last good build: {e}");
        Publish?.Invoke(Current, "reload", number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A site no snapshot serves any more stops the pages it is rendering for requests (they ask again).</summary>
    private void Retire(SiteSnapshot replaced)
    {
        if (replaced.Site is { } site && !ReferenceEquals(site, lastGood.Site))
        {
            site.Retire();
        }
    }

    private void Failed(int number, IReadOnlyList<Diagnostic> diagnostics, Stopwatch clock)
    {
        Retire(Current);
        Current = SiteSnapshot.Failed(number, lastGood, diagnostics, Overlay.Render(diagnostics, files.Text));
        report(diagnostics);
        var errors = diagnostics.Count(d => d.IsError);
        log.WriteLine($"build {number} failed with {errors} error{(errors == 1 ? "" : "s")} in {clock.ElapsedMilliseconds} ms; serving the last good build");
        Publish?.Invoke(Current, "reload", number.ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsStylesheet(string path) =>
        path.StartsWith("theme/static/", StringComparison.Ordinal) && path.EndsWith(".css", StringComparison.Ordinal);

    private static string Summary(IReadOnlyList<string> changed) =>
        changed.Count == 1 ? changed[0] : $"{changed.Count} files changed";

    /// <summary>{"build":0,"swaps":{"/assets/css/site.OLD.css":"/assets/css/site.NEW.css"}}: each stylesheet that
    /// vanished, paired with the new one of the same name before its fingerprint.</summary>
    private static string Swaps(SiteSnapshot before, SiteSnapshot after)
    {
        // A stylesheet is a static file: the pages' paths (a site has thousands) need no looking at, and asking for a path
        // with TryGet would make the data files.
        var (was, now) = (before.StaticPaths.ToHashSet(StringComparer.Ordinal), after.StaticPaths.ToHashSet(StringComparer.Ordinal));
        var gone = was.Where(p => IsCss(p) && !now.Contains(p)).ToList();
        var added = now.Where(p => IsCss(p) && !was.Contains(p)).ToDictionary(Unhashed, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("build", 0);
            json.WriteStartObject("swaps");
            foreach (var path in gone.Where(p => added.ContainsKey(Unhashed(p))))
            {
                json.WriteString("/" + path, "/" + added[Unhashed(path)]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return gone.Count == 0 ? "" : Encoding.UTF8.GetString(stream.ToArray());
    }

    private static bool IsCss(string path) => path.EndsWith(".css", StringComparison.Ordinal);

    /// <summary><c>assets/css/site.0123456789.css</c> to <c>assets/css/site.css</c>.</summary>
    private static string Unhashed(string path)
    {
        var last = path.LastIndexOf('.');
        var hash = path.LastIndexOf('.', last - 1);
        return hash > path.LastIndexOf('/') ? path[..hash] + path[last..] : path;
    }
}
