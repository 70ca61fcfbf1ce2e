using RegKnowledge.Packs.Printing;
using RegKnowledge.Testing;

namespace RegKnowledge.Packs.Tests.Printing;

[Collection(PrintedPacksCollection.Name)]
public sealed class PackPrinterTests
{
    [Fact]
    public async Task Blocks_every_request_that_is_not_the_pack_file_or_a_data_url()
    {
        await using var printer = await PackPrinter.StartAsync(PackOptions.DefaultChromiumPath, 1);
        var page = Path.Combine(printer.WorkDirectory, "probe.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><head><title>probe</title><link rel=\"stylesheet\" href=\"https://example.com/x.css\">"
            + "</head><body><p>probe</p><img src=\"http://127.0.0.1:9/pixel.png\"><img src=\"file:///etc/hostname\"><iframe src=\"https://example.com/\"></iframe>"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></body></html>");

        var pdf = await printer.PrintAsync(page, null);

        Assert.True(pdf.Length > 0);
        Assert.Equal(4, printer.BlockedRequests);
    }

    [Theory]
    [InlineData("data:image/png;base64,AAAA", true)]
    [InlineData("file:///tmp/regk-packs-x/sg.1.html", true)]
    [InlineData("https://example.com/", false)]
    [InlineData("http://127.0.0.1/", false)]
    [InlineData("ws://127.0.0.1/", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("file:///tmp/regk-packs-x/../regk-packs-y/a.html", false)]
    [InlineData("file:///tmp/regk-packs-xy/a.html", false)]
    public void Allows_only_data_urls_and_files_of_its_own_folder(string url, bool allowed) =>
        Assert.Equal(allowed, PackPrinter.IsAllowed(url, "/tmp/regk-packs-x"));

    [Fact]
    public void Without_chromium_says_how_to_install_it_or_avoid_it_and_writes_nothing()
    {
        var output = PackGraphs.TempFolder();
        try
        {
            var options = PackGraphs.Options() with { ChromiumPath = "/nonexistent/chromium" };

            var error = Assert.Throws<ChromiumNotFoundException>(() =>
                PackBuilder.Build(PackGraphs.Load(Fixtures.SampleContent), [new PackRequest("sg")], output, options));

            Assert.Contains("sudo apt-get install -y chromium", error.Message, StringComparison.Ordinal);
            Assert.Contains("--format html", error.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(output));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
