using PuppeteerSharp;

namespace RegKnowledge.Search.Tests.BrowserClient;

/// <summary>Launches Debian's Chromium headless with the flags every browser run here must use (FACTS.md): no sandbox, no
/// GPU, no QUIC, no background traffic, a fresh profile, and no name resolution except 127.0.0.1.</summary>
internal static class ChromiumBrowser
{
    public const string Executable = "/usr/bin/chromium";

    public static Task<IBrowser> Launch(string userDataDirectory)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: install it with 'apt-get install -y chromium' (build.ps1 test does)");
        Directory.CreateDirectory(userDataDirectory);
        return Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            UserDataDir = userDataDirectory,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                // PuppeteerSharp joins the arguments into one command line, so the one with spaces is quoted.
                "\"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1\"",
            ],
        });
    }
}
