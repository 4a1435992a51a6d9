using System.Buffers.Binary;
using System.IO.Compression;
using Explainer.Sources;

namespace Explainer.Tests.Cards;

/// <summary>Sharing cards: a 1200x630 PNG per deal and one for the site, the same bytes in every build, and an
/// absolute og:image on every page that points at a card the build wrote.</summary>
public sealed class CardTests
{
    [Fact]
    public void Each_deal_gets_a_1200_by_630_png_card()
    {
        var result = TestSite.Build(TestSite.Minimal());

        Expect.Success(result);
        foreach (var path in new[] { "deals/reset/card.png", "card.png" })
        {
            var png = TestSite.File(result, path).Bytes;
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
            Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.Equal(630, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        }
    }

    [Fact]
    public void Cards_are_the_same_bytes_in_every_build()
    {
        var first = TestSite.Build(TestSite.Minimal());
        var second = TestSite.Build(TestSite.Minimal());

        Assert.Equal(TestSite.File(first, "deals/reset/card.png").Bytes, TestSite.File(second, "deals/reset/card.png").Bytes);
        Assert.Equal(TestSite.File(first, "card.png").Bytes, TestSite.File(second, "card.png").Bytes);
    }

    [Fact]
    public void The_card_shows_the_deal_in_anti_aliased_text()
    {
        var card = Pixels(TestSite.File(TestSite.Build(TestSite.Minimal()), "deals/reset/card.png").Bytes);
        var retitled = Pixels(TestSite.File(TestSite.Build(TestSite.With("input/data/deals/reset.yml",
            TestSite.Minimal()["input/data/deals/reset.yml"].Replace("title: The reset", "title: A different title", StringComparison.Ordinal))),
            "deals/reset/card.png").Bytes);

        // The title's band (below the eyebrow, above the parties) is painted, in more than two shades.
        var band = card.Rows.Skip(130).Take(60).SelectMany(r => r).ToList();
        Assert.True(band.Distinct().Count() > 8, $"the title band has {band.Distinct().Count()} colours: no anti-aliased text");
        Assert.NotEqual(band, retitled.Rows.Skip(130).Take(60).SelectMany(r => r).ToList());
    }

    [Fact]
    public void Every_page_shares_an_absolute_card_that_the_build_wrote()
    {
        var result = RepositorySite.Build();
        var written = result.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = TestSite.Html(result, page.Path);
            var image = html.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            Assert.True(image is not null, $"{page.Path} has no og:image");
            Assert.StartsWith("https://", image);
            Assert.Contains(new Uri(image).AbsolutePath.TrimStart('/'), written);
            Assert.Equal("summary_large_image", html.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
            if (page.Path.StartsWith("deals/", StringComparison.Ordinal) && page.Path != "deals/index.html")
            {
                Assert.EndsWith("/" + page.Path.Replace("index.html", "card.png", StringComparison.Ordinal), image);
            }
        }
    }

    [Fact]
    public void An_unreadable_card_font_is_an_error_that_names_the_file()
    {
        var input = TestSite.Input(TestSite.Minimal());
        var files = input.Files.Select(f => f.Path == "theme/cards/bold.woff" ? new InputFile(f.Path, "not a font"u8.ToArray()) : f).ToList();

        var result = SiteBuilder.Build(input with { Files = files });

        Expect.Errors(result,
            "theme/cards/bold.woff(1,1): error EX0180: the sharing cards need two WOFF fonts with TrueType outlines, cards/regular.woff and cards/bold.woff; these are missing or unreadable\n"
            + "  hint: put both files in theme/cards/ (a .woff from Fontsource works), or remove theme/cards/ to build without cards");
    }

    [Fact]
    public void A_theme_without_card_fonts_builds_pages_without_og_image()
    {
        var input = TestSite.Input(TestSite.Minimal());
        var files = input.Files.Where(f => !f.Path.StartsWith("theme/cards/", StringComparison.Ordinal)).ToList();

        var result = SiteBuilder.Build(input with { Files = files });

        Expect.Success(result);
        Assert.DoesNotContain(result.Files, f => f.Path.EndsWith(".png", StringComparison.Ordinal));
        Assert.Null(TestSite.Html(result, "deals/reset/index.html").QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", TestSite.Html(result, "deals/reset/index.html").QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
    }

    /// <summary>The palette indexes of a palette PNG, row by row (the cards use filter 0 on every row).</summary>
    private static (List<byte[]> Rows, int Width) Pixels(byte[] png)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (System.Text.Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        var rows = new List<byte[]>();
        for (var at = 0; at + width < bytes.Length; at += width + 1)
        {
            rows.Add(bytes[(at + 1)..(at + 1 + width)]);
        }

        return (rows, width);
    }
}
