using System.CommandLine;
using Explainer.Diagnostics;
using Explainer.Sources;

namespace Explainer.Cli.Commands;

/// <summary>The options build, check and serve share.</summary>
internal sealed class SiteOptions
{
    public Option<string> Root { get; } = new("--root") { Description = "The folder holding input/, seeds/ and theme/", DefaultValueFactory = _ => "." };
    public Option<string?> Output { get; } = new("--output") { Description = "Where to write the site (default: <root>/output)" };
    public Option<string?> Theme { get; } = new("--theme") { Description = "A theme folder to use instead of <root>/theme" };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include articles marked draft: true" };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Replace base_url of input/site.yml" };
    public Option<string[]> NoWarn { get; } = new("--nowarn") { Description = "Leave out warnings of these codes (EX0201 or EX0201,EX0202; may be repeated)" };
    public Option<bool> WarnAsError { get; } = new("--warnaserror") { Description = "Treat every warning as an error: the build fails" };
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "List every warning instead of one a file and code" };

    /// <summary>The build options these command-line options say; null (with the reason printed) when a --nowarn code is not a warning.</summary>
    public BuildOptions? ToBuildOptions(ParseResult result, bool preview = false)
    {
        var codes = (result.GetValue(NoWarn) ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        foreach (var code in codes.Where(c => !Codes.Warnings.ContainsKey(c)))
        {
            Console.Error.WriteLine($"error: --nowarn {code}: not a warning code; {Suggest.Hint(code, Codes.Warnings.Keys, $"warning codes are {string.Join(", ", Codes.Warnings.Keys.Order(StringComparer.Ordinal))}")}");
            return null;
        }

        return new BuildOptions
        {
            Drafts = result.GetValue(Drafts),
            BaseUrl = result.GetValue(BaseUrl),
            Preview = preview,
            NoWarn = codes,
            WarningsAsErrors = result.GetValue(WarnAsError),
        };
    }

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
        command.Options.Add(NoWarn);
        command.Options.Add(WarnAsError);
        command.Options.Add(Verbose);
    }
}
