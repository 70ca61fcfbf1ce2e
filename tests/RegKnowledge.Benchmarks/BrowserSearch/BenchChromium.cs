using PuppeteerSharp;

namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>Debian's Chromium, headless, with the flags every run here must use (FACTS.md).</summary>
internal static class BenchChromium
{
    public static Task<IBrowser> Launch(string userDataDirectory)
    {
        const string executable = "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException("Chromium is required: apt-get install -y chromium", executable);
        }

        Directory.CreateDirectory(userDataDirectory);
        return Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            UserDataDir = userDataDirectory,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "\"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1\"",
            ],
        });
    }
}
