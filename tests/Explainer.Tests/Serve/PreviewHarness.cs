using System.Net;
using Explainer.Cli.Serve;
using Explainer.Sources;

namespace Explainer.Tests.Serve;

/// <summary>A site copied to a temporary folder and served on an ephemeral loopback port, over real HTTP.
/// Every wait is bounded so that a broken server fails the test instead of hanging it.</summary>
internal sealed class PreviewHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly PreviewSession session;
    private readonly StringWriter log;
    private readonly TextWriter synchronizedLog;

    private PreviewHarness(string root, PreviewSession session, StringWriter log, TextWriter synchronizedLog)
    {
        Root = root;
        this.session = session;
        this.log = log;
        this.synchronizedLog = synchronizedLog;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = session.Address, Timeout = Timeout };
    }

    public string Root { get; }

    public HttpClient Client { get; }

    public Uri Address => session.Address;

    public PreviewSession Session => session;

    /// <summary>What serve printed so far (its build lines).</summary>
    public string Log
    {
        get
        {
            // TextWriter.Synchronized locks the wrapper for every write.
            lock (synchronizedLog)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Serves <see cref="TestSite.Minimal"/> (or <paramref name="files"/>) with the repository's theme.</summary>
    public static async Task<PreviewHarness> Start(Dictionary<string, string>? files = null, bool poll = false)
    {
        var root = Directory.CreateTempSubdirectory("explainer-serve-").FullName;
        foreach (var (path, text) in TestSite.Theme.Concat(files ?? TestSite.Minimal()))
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        TestSite.WriteThemeBinaries(root);

        var settings = new ServeSettings(root, null, IPAddress.Loopback, "127.0.0.1", 0, new BuildOptions { Preview = true })
        {
            Poll = poll,
            PollInterval = TimeSpan.FromMilliseconds(50),
        };
        var log = new StringWriter { NewLine = "\n" };
        var synchronizedLog = TextWriter.Synchronized(log);
        var session = await PreviewSession.StartAsync(settings, _ => { }, synchronizedLog);
        return new PreviewHarness(root, session, log, synchronizedLog);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public Task<HttpResponseMessage> Get(string path) => Client.GetAsync(path);

    public async Task<string> Text(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public Task<ReloadEvents> Events() => ReloadEvents.Open(Client, session.Current.Build);

    /// <summary>Polls until <paramref name="condition"/> holds; fails after <see cref="Timeout"/>.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        using var limit = new CancellationTokenSource(Timeout);
        while (!await condition())
        {
            if (limit.IsCancellationRequested)
            {
                Assert.Fail($"timed out waiting until {what}");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await session.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
