using System.CommandLine;

namespace Explainer.Cli.Commands;

/// <summary>The options build, check and serve share.</summary>
internal sealed class SiteOptions
{
    public Option<string> Root { get; } = new("--root") { Description = "The folder holding input/, seeds/ and theme/", DefaultValueFactory = _ => "." };
    public Option<string?> Output { get; } = new("--output") { Description = "Where to write the site (default: <root>/output)" };
    public Option<string?> Theme { get; } = new("--theme") { Description = "A theme folder to use instead of <root>/theme" };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include articles marked draft: true" };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Replace base_url of input/site.yml" };

    /// <summary>serve has no --output (it writes nothing) and no --drafts (it always shows drafts, with a banner).</summary>
    public void AddTo(Command command, bool forServe = false)
    {
        command.Options.Add(Root);
        if (!forServe)
        {
            command.Options.Add(Output);
        }

        command.Options.Add(Theme);
        if (!forServe)
        {
            command.Options.Add(Drafts);
        }

        command.Options.Add(BaseUrl);
    }
}
