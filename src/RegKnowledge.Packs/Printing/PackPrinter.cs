using System.Threading.Channels;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace RegKnowledge.Packs.Printing;

/// <summary>One Chromium for a whole run, with a few tabs that print packs side by side. Each tab runs no script and may load nothing
/// but the pack file it was sent to (and data: URLs): every other request is aborted, so a pack can never fetch anything.</summary>
internal sealed class PackPrinter : IAsyncDisposable
{
    private readonly IBrowser browser;
    private readonly Channel<IPage> tabs = Channel.CreateUnbounded<IPage>();
    private int blocked;

    private PackPrinter(IBrowser browser, string workDirectory)
    {
        this.browser = browser;
        WorkDirectory = workDirectory;
    }

    /// <summary>A private temporary folder: the profile and the HTML files being printed; removed on dispose.</summary>
    public string WorkDirectory { get; }

    /// <summary>Requests the tabs refused (a pack from this project makes none).</summary>
    public int BlockedRequests => Volatile.Read(ref blocked);

    public static async Task<PackPrinter> StartAsync(string chromiumPath, int tabCount)
    {
        if (!File.Exists(chromiumPath))
        {
            throw new ChromiumNotFoundException(chromiumPath);
        }

        var work = Directory.CreateTempSubdirectory("regk-packs-").FullName;
        var profile = Directory.CreateDirectory(Path.Combine(work, "profile")).FullName;
        IBrowser browser;
        try
        {
            browser = await ChromiumLauncher.LaunchAsync(chromiumPath, profile).ConfigureAwait(false);
        }
        catch
        {
            TryDelete(work);
            throw;
        }

        var printer = new PackPrinter(browser, work);
        for (var i = 0; i < Math.Max(1, tabCount); i++)
        {
            var tab = await browser.NewPageAsync().ConfigureAwait(false);
            await tab.SetJavaScriptEnabledAsync(false).ConfigureAwait(false);
            await tab.SetRequestInterceptionAsync(true).ConfigureAwait(false);
            tab.Request += printer.OnRequest;
            printer.tabs.Writer.TryWrite(tab);
        }

        return printer;
    }

    /// <summary>Prints <paramref name="htmlFile"/> (inside <see cref="WorkDirectory"/>) to A4 PDF. With <paramref name="templates"/> it is the
    /// final print: running header and footer, a tagged structure and an outline (bookmarks) from the headings. Without, it is a draft
    /// for finding page numbers: same page size and margins, so the same page breaks, but quicker (no tagging, no outline).</summary>
    public async Task<byte[]> PrintAsync(string htmlFile, PrintTemplates? templates)
    {
        var tab = await tabs.Reader.ReadAsync().ConfigureAwait(false);
        try
        {
            await tab.GoToAsync(new Uri(htmlFile).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }).ConfigureAwait(false);
            return await tab.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PrintBackground = true,
                PreferCSSPageSize = true,
                DisplayHeaderFooter = templates is not null,
                HeaderTemplate = templates?.Header ?? "",
                FooterTemplate = templates?.Footer ?? "",
                MarginOptions = new MarginOptions { Top = "20mm", Bottom = "18mm", Left = "16mm", Right = "16mm" },
                Outline = templates is not null,
                Tagged = templates is not null,
            }).ConfigureAwait(false);
        }
        catch (PuppeteerException ex)
        {
            throw new PackPrintException($"Chromium could not print {Path.GetFileName(htmlFile)}: {ex.Message}", ex);
        }
        finally
        {
            tabs.Writer.TryWrite(tab);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync().ConfigureAwait(false);
        await browser.DisposeAsync().ConfigureAwait(false);
        TryDelete(WorkDirectory);
    }

    private async void OnRequest(object? sender, RequestEventArgs e)
    {
        try
        {
            if (IsAllowed(e.Request.Url, WorkDirectory))
            {
                await e.Request.ContinueAsync().ConfigureAwait(false);
            }
            else
            {
                Interlocked.Increment(ref blocked);
                await e.Request.AbortAsync(RequestAbortErrorCode.BlockedByClient).ConfigureAwait(false);
            }
        }
        catch (PuppeteerException)
        {
            // The tab moved on (navigation or close) before the decision arrived; nothing was loaded.
        }
    }

    /// <summary>data: URLs and files inside <paramref name="workDirectory"/>; nothing else (no http, https, ws, ftp, other files).</summary>
    internal static bool IsAllowed(string url, string workDirectory)
    {
        if (url.StartsWith("data:", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile
            && Path.GetFullPath(uri.LocalPath).StartsWith(workDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
