namespace Explainer.BrowserTests;

/// <summary>All browser tests share one built site, one server and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "browser";
}
