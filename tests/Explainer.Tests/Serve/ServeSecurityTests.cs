using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Explainer.Tests.Serve;

[Trait("Category", "Slow")]
public sealed class ServeSecurityTests
{
    public static TheoryData<string> TraversalTargets => new()
    {
        "/../../../../etc/passwd",
        "/articles/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/input/site.yml",
        "/..%2f..%2fetc%2fpasswd",
        "/..%5c..%5cetc%5cpasswd",
        "/%252e%252e%252fetc%252fpasswd",
        "/index.html%00.txt",
        "/assets/..\\..\\input/site.yml",
        "/input/site.yml",
        "/seeds/report.yml",
        "/theme/layouts/base.html",
        "//etc/passwd",
        "/" + new string('a', 20 * 1024),
    };

    [Theory]
    [MemberData(nameof(TraversalTargets))]
    public async Task Traversal_attempts_get_400_or_404_and_the_server_stays_up(string target)
    {
        await using var site = await PreviewHarness.Start();

        var (status, body) = await Raw(site.Address, target, $"127.0.0.1:{site.Address.Port}");

        Assert.True(status is 400 or 404, $"{target[..Math.Min(60, target.Length)]} answered {status}");
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("title:", body);
        Assert.Equal(HttpStatusCode.OK, (await site.Get("/")).StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:1")]
    [InlineData("")]
    public async Task A_foreign_or_missing_Host_gets_400(string host)
    {
        await using var site = await PreviewHarness.Start();

        var (status, _) = await Raw(site.Address, "/", host.Replace("{port}", site.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Loopback_names_with_the_port_are_accepted(string name)
    {
        await using var site = await PreviewHarness.Start();

        var (status, _) = await Raw(site.Address, "/", $"{name}:{site.Address.Port}");

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Reload_channel_refuses_a_foreign_Origin()
    {
        await using var site = await PreviewHarness.Start();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/__explainer/events");
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await site.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Methods_other_than_GET_and_HEAD_are_refused()
    {
        await using var site = await PreviewHarness.Start();

        using var response = await site.Client.PostAsync("/", new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    /// <summary>Sends the target byte for byte: HttpClient would normalise the dot segments away.</summary>
    private static async Task<(int Status, string Body)> Raw(Uri address, string target, string host)
    {
        using var client = new TcpClient();
        using var limit = new CancellationTokenSource(PreviewHarness.Timeout);
        await client.ConnectAsync(address.Host, address.Port, limit.Token);
        var stream = client.GetStream();
        var hostLine = host.Length == 0 ? "" : $"Host: {host}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\n{hostLine}Connection: close\r\n\r\n"), limit.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(limit.Token);
        var status = text.Length >= 12 && int.TryParse(text.AsSpan(9, 3), out var code) ? code : 0;
        return (status, text);
    }
}
