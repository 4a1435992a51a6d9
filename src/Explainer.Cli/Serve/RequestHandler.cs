using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Explainer.Cli.Serve;

/// <summary>Answers every request from the current snapshot in memory: nothing is read from disk, so nothing
/// outside the build's own files (symbolic links included) can ever be served.</summary>
internal sealed class RequestHandler(RequestGuard guard, ReloadChannel reload, Func<SiteSnapshot> current, CancellationToken stopping)
{
    private static readonly byte[] ReloadScript = Resource("reload.js");
    private static readonly byte[] OverlayCss = Resource("overlay.css");

    public Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!guard.IsAllowedHost(request.Headers.Host))
        {
            return Text(context, 400, "400 Bad Request: this server answers only to its own host name\n");
        }

        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (!RequestGuard.IsSafeTarget(target))
        {
            return Text(context, 400, "400 Bad Request\n");
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            return Text(context, 405, "405 Method Not Allowed\n");
        }

        var path = request.Path.Value is { Length: > 0 } value ? value : "/";
        var snapshot = current();
        return path.StartsWith(PreviewRoutes.Prefix, StringComparison.Ordinal)
            ? Own(context, path, snapshot)
            : Site(context, path, snapshot, current);
    }

    private Task Own(HttpContext context, string path, SiteSnapshot snapshot)
    {
        switch (path)
        {
            case PreviewRoutes.ReloadScript:
                return Bytes(context, 200, "text/javascript; charset=utf-8", ReloadScript);
            case PreviewRoutes.OverlayCss:
                return Bytes(context, 200, "text/css; charset=utf-8", OverlayCss);
            case PreviewRoutes.Events when guard.IsAllowedOrigin(context.Request.Headers.Origin):
                return reload.Stream(context, snapshot, stopping);
            case PreviewRoutes.Events:
                return Text(context, 403, "403 Forbidden: the reload channel is for this site's own pages\n");
            default:
                return Text(context, 404, "404 Not Found\n");
        }
    }

    private static async Task Site(HttpContext context, string path, SiteSnapshot snapshot, Func<SiteSnapshot> current)
    {
        var resolution = snapshot.Resolve(path);
        // A page that was rendering when a newer site replaced its own stops: it is asked of the newer site instead.
        while (resolution.Status == 404 && snapshot.Site is { IsRetired: true } && current() is var newer && !ReferenceEquals(newer, snapshot))
        {
            snapshot = newer;
            resolution = snapshot.Resolve(path);
        }

        var response = context.Response;
        if (resolution.Location is { } location)
        {
            response.StatusCode = resolution.Status;
            response.Headers.Location = location;
            return;
        }

        if (resolution.File is not { } file)
        {
            await Text(context, resolution.Status, "404 Not Found\n");
            return;
        }

        response.StatusCode = resolution.Status;
        response.ContentType = ContentTypes.For(file.Path);
        if (!ContentTypes.IsHtml(file.Path))
        {
            await Bytes(context, resolution.Status, response.ContentType, file.Bytes);
            return;
        }

        // Injected at serve time only: the reload script (and the overlay after a failed build) before </body>.
        var bytes = file.Bytes;
        var at = bytes.AsSpan().LastIndexOf("</body>"u8);
        at = at < 0 ? bytes.Length : at;
        var injection = snapshot.Injection;
        response.ContentLength = bytes.Length + injection.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        // One flush for the three parts: each write to Response.Body would be a send of its own.
        var writer = response.BodyWriter;
        writer.Write(bytes.AsSpan(0, at));
        writer.Write(injection);
        writer.Write(bytes.AsSpan(at));
        await writer.FlushAsync(context.RequestAborted);
    }

    private static Task Text(HttpContext context, int status, string text) =>
        Bytes(context, status, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text));

    private static Task Bytes(HttpContext context, int status, string contentType, byte[] bytes)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(RequestHandler).Assembly.GetManifestResourceStream("Explainer.Cli.Serve." + name)
            ?? throw new InvalidOperationException($"the resource {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
