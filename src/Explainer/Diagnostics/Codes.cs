namespace Explainer.Diagnostics;

/// <summary>
/// Every diagnostic code with its meaning. Codes are stable: a writer can search for one,
/// and the README lists them all (a test keeps the two in step).
/// </summary>
public static class Codes
{
    // Reading files
    public const string InvalidUtf8 = "EX0001";
    public const string ReadFailed = "EX0002";
    public const string FrontMatterNotClosed = "EX0003";
    public const string FrontMatterMissing = "EX0004";
    public const string UnexpectedFile = "EX0005";
    public const string InvalidSlug = "EX0006";

    // YAML
    public const string YamlSyntax = "EX0010";
    public const string DuplicateKey = "EX0011";
    public const string AliasNotAllowed = "EX0012";
    public const string TagNotAllowed = "EX0013";
    public const string NestingTooDeep = "EX0014";
    public const string MultipleDocuments = "EX0015";

    // Reading files, continued
    public const string FolderReadFailed = "EX0016";
    public const string BuildCrashed = "EX0017";
    public const string NotRegularFile = "EX0018";

    // Records
    public const string UnknownKey = "EX0101";
    public const string UnknownCompany = "EX0102";
    public const string UnknownDeal = "EX0103";
    public const string UnknownSource = "EX0104";
    public const string UnknownCloud = "EX0105";
    public const string MissingKey = "EX0110";
    public const string WrongType = "EX0111";
    public const string InvalidDate = "EX0112";
    public const string ValueNotAllowed = "EX0113";
    public const string InvalidUrl = "EX0115";
    public const string UpdatedBeforeDate = "EX0116";
    public const string EmptyValue = "EX0117";
    public const string DuplicateValue = "EX0118";
    public const string OperatorNotCloud = "EX0120";
    public const string AccessLabNotLab = "EX0121";
    public const string ChangeContradicts = "EX0122";
    public const string DuplicateTermId = "EX0123";
    public const string TooFewParties = "EX0124";
    public const string DuplicateAccess = "EX0125";
    public const string TagNotLowerCase = "EX0126";
    public const string UnknownClaim = "EX0127";
    public const string CitedSourceNotListed = "EX0128";
    public const string DatedAfterSource = "EX0129";
    public const string DuplicateClaimId = "EX0131";
    public const string UrlCollision = "EX0130";
    public const string Placeholder = "EX0160";

    // Limits
    public const string ControlCharacter = "EX0150";
    public const string SlugTooLong = "EX0151";
    public const string ValueTooLong = "EX0152";
    public const string YamlTooLong = "EX0153";

    // Sharing and tags
    public const string CardFont = "EX0180";
    public const string TagUsedOnce = "EX0181";

    // Markdown
    public const string RawHtmlOmitted = "EX0201";
    public const string UnsafeUrl = "EX0202";
    public const string MarkdownFailed = "EX0203";
    public const string UnknownBlock = "EX0204";
    public const string BlockArguments = "EX0205";
    public const string BlockNotClosed = "EX0206";
    public const string AlertLookalike = "EX0230";
    public const string InlineMarkdownTooLong = "EX0231";
    public const string ImageBlockedByCsp = "EX0260";

    // Templates
    public const string TemplateSyntax = "EX0301";
    public const string TemplateRuntime = "EX0302";
    public const string TemplateMissing = "EX0303";
    public const string TemplateTimeout = "EX0304";
    public const string TemplateOutsideTheme = "EX0305";

    // Links (explainer check)
    public const string BrokenLink = "EX0401";
    public const string BrokenAnchor = "EX0402";

    // Output
    public const string OutputRefused = "EX0501";
    public const string SymlinkSkipped = "EX0502";
    public const string WriteFailed = "EX0503";
    public const string OutputNotOurs = "EX0504";
    public const string BuildTimeout = "EX0505";

    // Search index (explainer build)
    public const string SearchIndexFailed = "EX0600";
    public const string SearchIndexDropped = "EX0601";

    // Scale
    public const string PageTooLarge = "EX0740";
    public const string ChangedDuringBuild = "EX0750";

    /// <summary>The codes that are warnings, with what a file's summary of them says; only these can be ignored
    /// (<c>--nowarn</c>, <c>ignore_warnings:</c>).</summary>
    public static IReadOnlyDictionary<string, string> Warnings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RawHtmlOmitted] = "raw HTML omitted",
        [UnsafeUrl] = "unsafe URL removed",
        [SymlinkSkipped] = "symbolic link not copied",
        [AlertLookalike] = "block quote that looks like an alert",
        [InlineMarkdownTooLong] = "Markdown shown as written",
        [SearchIndexFailed] = "search index not made",
        [SearchIndexDropped] = "search index dropped",
        [PageTooLarge] = "page over the size limit",
    };

    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (InvalidUtf8, "a file is not valid UTF-8"),
        (ReadFailed, "a file could not be read"),
        (FrontMatterNotClosed, "an article's front matter has no closing `---`"),
        (FrontMatterMissing, "an article has no front matter"),
        (UnexpectedFile, "a file in a data folder does not have the expected extension"),
        (InvalidSlug, "a file name is not a valid slug (lower-case ASCII letters, digits, hyphens)"),
        (YamlSyntax, "YAML syntax error"),
        (DuplicateKey, "a key appears twice in one mapping"),
        (AliasNotAllowed, "YAML anchors and aliases are not allowed"),
        (TagNotAllowed, "YAML tags such as `!!python/object` are not allowed"),
        (NestingTooDeep, "YAML nested too deeply"),
        (MultipleDocuments, "more than one YAML document in a file"),
        (FolderReadFailed, "a folder could not be listed, or a symbolic link could not be followed (a loop)"),
        (BuildCrashed, "the build stopped on an unexpected error, a bug in Explainer (`serve` shows it and keeps running)"),
        (NotRegularFile, "a named pipe, socket or device among the site's files (not read)"),
        (UnknownKey, "a key the content model does not know (the hint lists the allowed keys)"),
        (UnknownCompany, "a company slug that does not exist"),
        (UnknownDeal, "a deal slug that does not exist"),
        (UnknownSource, "a source id that does not exist in `seeds/`"),
        (UnknownCloud, "a cloud slug that does not exist"),
        (MissingKey, "a required key is missing"),
        (WrongType, "a value has the wrong type (text, list or mapping)"),
        (InvalidDate, "a date is not a valid ISO date `YYYY-MM-DD`"),
        (ValueNotAllowed, "a value is not one of the allowed values"),
        (InvalidUrl, "a URL is not an absolute http(s) URL"),
        (UpdatedBeforeDate, "an article's `updated` is before its `date`"),
        (EmptyValue, "a required value is empty"),
        (DuplicateValue, "a list holds the same value twice"),
        (OperatorNotCloud, "a cloud's operator is a company without the `cloud` role"),
        (AccessLabNotLab, "an access entry's lab is a company without the `lab` role"),
        (ChangeContradicts, "a term's stated change contradicts its before/after"),
        (DuplicateTermId, "two terms (or two figures) of one deal share an id"),
        (TooFewParties, "a deal names fewer than two parties"),
        (DuplicateAccess, "a deal lists the same lab and cloud twice in `access`"),
        (TagNotLowerCase, "a tag is not lower case"),
        (UnknownClaim, "a citation `source#claim` names a claim the source does not have"),
        (CitedSourceNotListed, "a deal cites a source that its `sources` list does not name"),
        (DatedAfterSource, "a deal is announced after a source that states its date was published"),
        (DuplicateClaimId, "two claims of one source share an id"),
        (UrlCollision, "two sources would write the same URL"),
        (Placeholder, "placeholder text from `explainer new` is left in (a value starting `TODO`, or an article line starting `TODO:`)"),
        (ControlCharacter, "a text holds a control character (NUL, ESC, vertical tab, ...; tabs and line breaks are fine)"),
        (SlugTooLong, "a file name or tag is longer than 100 characters (it becomes a folder name)"),
        (ValueTooLong, "a YAML value is longer than 10,000 characters"),
        (YamlTooLong, "a YAML file or front matter is longer than 1 MiB (1,048,576 characters)"),
        (RawHtmlOmitted, "raw HTML in Markdown was omitted (warning; `raw_html:` in site.yml says what is kept)"),
        (CardFont, "the theme's card fonts (`theme/cards/regular.woff`, `bold.woff`) are missing or unreadable"),
        (TagUsedOnce, "a tag only one article uses (warning: tags are a small, shared set)"),
                (UnsafeUrl, "a link or image URL with an unsafe scheme was neutralised (warning)"),
        (MarkdownFailed, "Markdown could not be rendered (for example nested too deeply)"),
        (UnknownBlock, "an embedded data block of an unknown kind"),
        (BlockArguments, "an embedded data block with missing or extra arguments"),
        (BlockNotClosed, "an embedded data block has no closing `:::` line"),
        (AlertLookalike, "a block quote that begins like an alert but is not one (warning): unknown kind, text on the marker's line, or nested"),
        (InlineMarkdownTooLong, "an article's title or summary is too long for its Markdown to be read; it is shown as written (warning)"),
        (ImageBlockedByCsp, "an image from another host, which the site's Content-Security-Policy blocks (warning)"),
        (TemplateSyntax, "a theme template has a syntax error"),
        (TemplateRuntime, "a theme template failed while rendering (misspelt variable or member, ...)"),
        (TemplateMissing, "a theme template the site needs is missing"),
        (TemplateTimeout, "a page took longer than 10 s to render (an endless loop in a template?); the build stops there"),
        (TemplateOutsideTheme, "an include names a file outside `theme/`"),
        (BrokenLink, "an internal link points at a page that does not exist (`explainer check`)"),
        (BrokenAnchor, "an internal link's `#anchor` does not exist on its page (`explainer check`)"),
        (OutputRefused, "the output folder is not allowed (`/`, the home folder, the root or its ancestor, or it overlaps `input/`, `seeds/` or the theme)"),
        (SymlinkSkipped, "a symbolic link pointing outside its folder was not copied (warning)"),
        (WriteFailed, "the output could not be written"),
        (SearchIndexFailed, "Pagefind could not index the site; the search page says search is unavailable (warning)"),
        (SearchIndexDropped, "the previous output had a search index, and this build has none because Pagefind is not installed (warning)"),
        (PageTooLarge, "a page is larger than 1 MB (1,000,000 bytes) of HTML (warning): the hint says what to shorten or split"),
        (ChangedDuringBuild, "an article changed or was removed on disk while the site was being built (its page is read from disk again as it renders); the previous output stays"),
        (OutputNotOurs, "the output folder holds files no Explainer build wrote (it has no `.explainer-build` file)"),
        (BuildTimeout, "the whole build took longer than its budget (10 minutes) and was stopped"),
    ];
}
