#:project ../../src/Explainer/Explainer.csproj
#:property PublishAot=false

// Times the preview's engine in one process, without the server, the watcher or HTTP: a first build of a site, then
// edits of one kind, each an update of the same BuildSession (what `explainer serve` runs on every save) followed by
// the rest of the build, which the preview does in the background (every page checked, the changed ones rendered, the
// data files and cards made).
//
//   dotnet run -c Release tests/Explainer.Benchmarks/edit-timings.cs -- /tmp/corpus-10000 company 10
//
// Kinds: title (the first article's title), company (the first company's summary), source (the first source's title).
// A line per edit: the update (to "served") with its stages, then the rest of the build, the pages it rendered and the
// cards it painted, the collector's pauses and what every thread allocated meanwhile.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Explainer;
using Explainer.Sources;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: edit-timings.cs -- SITE_ROOT title|company|source [EDITS]");
    return 2;
}

var root = args[0];
var kind = args[1];
var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
var theme = Directory.Exists(Path.Combine(root, "theme")) ? null : Path.Combine(FindRepository(), "theme");
var input = SiteReader.Read(root, theme, new BuildOptions { Preview = true });
var files = input.Files.ToList();
var (folder, key) = kind switch
{
    "title" => ("input/articles/", "title"),
    "company" => ("input/data/companies/", "summary"),
    "source" => ("seeds/", "title"),
    _ => throw new ArgumentException($"unknown kind {kind}"),
};
var index = files.FindIndex(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && !f.Path.EndsWith(".json", StringComparison.Ordinal));
var path = files[index].Path;
var original = Encoding.UTF8.GetString(files[index].Bytes);

var session = new BuildSession();
var clock = Stopwatch.StartNew();
session.Update(input).Complete();
Console.WriteLine($"first build: {clock.ElapsedMilliseconds} ms; editing {path} ({key}) {edits} times");
for (var i = 0; i < edits; i++)
{
    var text = Regex.Replace(original, $"(?m)^{key}: .*$", $"{key}: \"Edit {i}\"", RegexOptions.None, TimeSpan.FromSeconds(1));
    files[index] = new InputFile(path, Encoding.UTF8.GetBytes(text));
    var (paused, allocated) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
    clock.Restart();
    var state = session.Update(input with { Files = files.ToList() }, [path]);
    var update = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    state.Complete();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"update {update,5:0.0} ms ({session.LastTimings}); the rest {clock.ElapsedMilliseconds} ms, {session.LastRendered} pages rendered, "
        + $"{session.LastPaintedCards} cards painted; collector {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms, "
        + $"{(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB allocated"));
}

return 0;

static string FindRepository()
{
    for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Explainer.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("run this from inside the repository");
}
