namespace Explainer.Model;

/// <summary>Every kind of record a writer adds, defined once: the name <c>explainer new</c>, the editors' schemas
/// and the diagnostics call it by, and where its files are. <c>Data/RecordFiles.cs</c> adds what each kind's files
/// hold; <c>Rendering/PageKind.cs</c> lists the pages made of them.</summary>
public sealed record RecordKind(string Name, string Folder, string Extension)
{
    public static readonly RecordKind Article = new("article", "input/articles/", ".md");
    public static readonly RecordKind Company = new("company", "input/data/companies/", ".yml");
    public static readonly RecordKind Cloud = new("cloud", "input/data/clouds/", ".yml");
    public static readonly RecordKind Deal = new("deal", "input/data/deals/", ".yml");
    public static readonly RecordKind Source = new("source", "seeds/", ".yml");

    public static readonly IReadOnlyList<RecordKind> All = [Article, Company, Cloud, Deal, Source];

    /// <summary><c>input/data/deals/reset.yml</c> for the deal <c>reset</c>.</summary>
    public string PathOf(string slug) => Folder + slug + Extension;

    /// <summary>Its files as a glob from the root: <c>input/data/deals/*.yml</c>.</summary>
    public string Files => Folder + "*" + Extension;
}
