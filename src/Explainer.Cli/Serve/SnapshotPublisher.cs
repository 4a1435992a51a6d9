using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Explainer.Diagnostics;

namespace Explainer.Cli.Serve;

/// <summary>Builds the current input and publishes the result: a successful build replaces the served files;
/// a failed one keeps the last good files under an overlay. Either way open pages are told at once.</summary>
internal sealed class SnapshotPublisher(SourceFiles files, Action<IReadOnlyList<Diagnostic>> report, TextWriter log)
{
    private BuildCache cache = new();
    private SiteSnapshot lastGood = SiteSnapshot.Succeeded(0, []);
    private int builds;

    public SiteSnapshot Current { get; private set; } = SiteSnapshot.Succeeded(0, []);

    /// <summary>Where a new snapshot goes once built; the server, after it has started.</summary>
    public Action<SiteSnapshot, string, string>? Publish { get; set; }

    /// <summary>Builds and publishes; when <paramref name="cancel"/> fires first, publishes nothing and throws
    /// <see cref="OperationCanceledException"/>.</summary>
    public void Build(IReadOnlyList<string> changed, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        // An editor's background task follows these lines: "started" opens a build, "build N:" or "failed" closes it.
        log.WriteLine($"build {builds + 1} started ({Summary(changed)})");
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(files.ToInput(), cache, null, cancel);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Fail(e);
            return;
        }

        var number = ++builds;
        string eventName = "reload", data = number.ToString(CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            var next = SiteSnapshot.Succeeded(number, result.Files);
            if (Current.Failure.Count == 0 && changed.All(IsStylesheet) && Swaps(lastGood, next) is { Length: > 0 } swaps)
            {
                (eventName, data) = ("css", swaps.Replace("\"build\":0", $"\"build\":{data}"));
            }

            lastGood = Current = next;
        }
        else
        {
            Current = SiteSnapshot.Failed(number, lastGood, result.Diagnostics, Overlay.Render(result.Diagnostics, files.Text));
        }

        report(result.Diagnostics);
        log.WriteLine(result.Succeeded
            ? $"build {number}: {result.PageCount} pages, {(cache.LastWasBodyEdit ? "article page" : $"{cache.Rendered.LastRendered}")} rendered, in {clock.ElapsedMilliseconds} ms ({Summary(changed)})"
            : $"build {number} failed with {result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")} in {clock.ElapsedMilliseconds} ms; serving the last good build");
        Publish?.Invoke(Current, eventName, data);
    }

    /// <summary>Anything that went wrong outside the diagnostics (a bug): said in the log and on the overlay, and the
    /// next build starts from nothing, since the cache may be half updated.</summary>
    public void Fail(Exception e)
    {
        cache = new BuildCache();
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

    private static bool IsStylesheet(string path) =>
        path.StartsWith("theme/static/", StringComparison.Ordinal) && path.EndsWith(".css", StringComparison.Ordinal);

    private static string Summary(IReadOnlyList<string> changed) =>
        changed.Count == 1 ? changed[0] : $"{changed.Count} files changed";

    /// <summary>{"build":0,"swaps":{"/assets/css/site.OLD.css":"/assets/css/site.NEW.css"}}: each stylesheet that
    /// vanished, paired with the new one of the same name before its fingerprint.</summary>
    private static string Swaps(SiteSnapshot before, SiteSnapshot after)
    {
        var gone = Stylesheets(before).Where(p => !after.TryGet(p, out _)).ToList();
        var added = Stylesheets(after).Where(p => !before.TryGet(p, out _)).ToDictionary(Unhashed, StringComparer.Ordinal);
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

    private static IEnumerable<string> Stylesheets(SiteSnapshot snapshot) => snapshot.Paths.Where(p => p.EndsWith(".css", StringComparison.Ordinal));

    /// <summary><c>assets/css/site.0123456789.css</c> to <c>assets/css/site.css</c>.</summary>
    private static string Unhashed(string path)
    {
        var last = path.LastIndexOf('.');
        var hash = path.LastIndexOf('.', last - 1);
        return hash > path.LastIndexOf('/') ? path[..hash] + path[last..] : path;
    }
}
