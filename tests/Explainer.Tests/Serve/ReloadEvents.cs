namespace Explainer.Tests.Serve;

/// <summary>The reload channel read as a page would: one server-sent event at a time.</summary>
internal sealed class ReloadEvents : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private ReloadEvents(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public static async Task<ReloadEvents> Open(HttpClient client, int build)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/__explainer/events?build={build}");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        return new ReloadEvents(response, reader);
    }

    /// <summary>The next named event and its data; comments (connection, keep-alive) are skipped.</summary>
    public async Task<(string Name, string Data)> Next()
    {
        using var limit = new CancellationTokenSource(PreviewHarness.Timeout);
        string? name = null, data = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(limit.Token) ?? throw new InvalidOperationException("the event stream ended");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
            else if (line.Length == 0 && name is not null)
            {
                return (name, data ?? "");
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
