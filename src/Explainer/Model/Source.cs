using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary><c>seeds/&lt;id&gt;.yml</c>: one source document and what it reports, claim by claim.</summary>
public sealed record Source
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    public string? Author { get; init; }
    public DateOnly? Published { get; init; }
    public DateOnly? Updated { get; init; }
    public string? Url { get; init; }
    public required IReadOnlyList<Claim> Claims { get; init; }
    public required SourceLocation Location { get; init; }

    public string PageUrl => $"/sources/{Id}/";

    public Claim? ClaimById(string id) => Claims.FirstOrDefault(c => c.Id == id);
}

/// <summary>One thing a source reports, in our own words. Its id gives it an anchor on the source's page
/// (<c>#claim-&lt;id&gt;</c>), so a citation lands on the exact claim.</summary>
public sealed record Claim(string Id, string Text, SourceLocation Location)
{
    public string Anchor => $"claim-{Id}";
}

/// <summary>A citation written in a record: <c>source-id</c> or <c>source-id#claim-id</c>, with its position.</summary>
public sealed record Cite(Ref Source, string? Claim)
{
    public SourceLocation Location => Source.Location;

    public static Cite Parse(string text, SourceLocation location)
    {
        var hash = text.IndexOf('#');
        return hash < 0
            ? new Cite(new Ref(text, location), null)
            : new Cite(new Ref(text[..hash], location), text[(hash + 1)..]);
    }

    public override string ToString() => Claim is null ? Source.Slug : $"{Source.Slug}#{Claim}";
}
