using PuppeteerSharp;

namespace RegKnowledge.Site.Tests.Browser;

/// <summary>Launches Debian's Chromium with the flags this machine requires (FACTS.md). Never skips: a missing browser fails the test.</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(string userDataDir)
    {
        Assert.True(File.Exists(Path), $"Chromium is required for the browser tests: install it with 'apt-get install -y chromium' ({Path} not found).");
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = Path,
            UserDataDir = userDataDir,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={userDataDir}",
                // PuppeteerSharp joins the arguments into one command line: the value with spaces must be quoted.
                "--host-resolver-rules=\"MAP * ~NOTFOUND , EXCLUDE 127.0.0.1\"",
            ],
        });
    }
}
