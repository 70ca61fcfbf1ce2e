using PuppeteerSharp;

namespace RegKnowledge.Packs.Printing;

/// <summary>How Chromium is started: headless, with the flags this project requires (FACTS.md) and a fresh, empty profile.</summary>
internal static class ChromiumLauncher
{
    /// <summary>The mandatory flags. The resolver rule sends every host name nowhere (only loopback resolves), so Chromium's own
    /// background look-ups stay on the machine; request interception in <see cref="PackPrinter"/> stops the page itself fetching anything.</summary>
    public static IReadOnlyList<string> Arguments(string profile) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
        // PuppeteerSharp joins the arguments into one command line: the value with spaces must be quoted.
        "--host-resolver-rules=\"MAP * ~NOTFOUND , EXCLUDE 127.0.0.1\"",
    ];

    public static async Task<IBrowser> LaunchAsync(string chromiumPath, string profile)
    {
        if (!File.Exists(chromiumPath))
        {
            throw new ChromiumNotFoundException(chromiumPath);
        }

        try
        {
            return await Puppeteer.LaunchAsync(new LaunchOptions
            {
                Headless = true,
                ExecutablePath = chromiumPath,
                UserDataDir = profile,
                Args = [.. Arguments(profile)],
            }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PuppeteerException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new PackPrintException($"Chromium ({chromiumPath}) did not start: {ex.Message}", ex);
        }
    }
}
