using Explainer.Cli.Serve;

namespace Explainer.Tests.Serve;

public sealed class RequestGuardTests
{
    [Fact]
    public void On_port_80_the_host_without_a_port_is_this_server()
    {
        var guard = new RequestGuard("127.0.0.1", 80);

        Assert.True(guard.IsAllowedHost("localhost"));
        Assert.True(guard.IsAllowedHost("127.0.0.1"));
        Assert.True(guard.IsAllowedHost("localhost:80"));
        Assert.True(guard.IsAllowedOrigin("http://localhost"));
        Assert.False(guard.IsAllowedHost("evil.example"));
        Assert.False(guard.IsAllowedOrigin("http://evil.example"));
    }

    [Fact]
    public void On_another_port_the_host_must_name_it()
    {
        var guard = new RequestGuard("127.0.0.1", 5080);

        Assert.True(guard.IsAllowedHost("localhost:5080"));
        Assert.False(guard.IsAllowedHost("localhost"));
        Assert.False(guard.IsAllowedHost("localhost:80"));
    }
}
