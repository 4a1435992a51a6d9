using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>One HTML page to render: its URL, its layout under <c>theme/layouts/</c> and the data it receives as
/// <c>page</c>, built on first use (by the thread that renders the page) and then kept.</summary>
public sealed record Page(string Url, string Layout, Func<ScriptObject> MakeData, string Origin, Content.RenderedMarkdown? Body = null)
{
    private readonly Lazy<ScriptObject> data = new(MakeData);

    public ScriptObject Data => data.Value;

    /// <summary><c>/companies/openai/</c> to <c>companies/openai/index.html</c>; <c>/404.html</c> stays as it is.</summary>
    public string OutputPath => Url.EndsWith('/') ? Url.TrimStart('/') + "index.html" : Url.TrimStart('/');
}
