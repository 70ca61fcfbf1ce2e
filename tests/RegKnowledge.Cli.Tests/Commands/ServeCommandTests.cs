using System.Diagnostics;
using RegKnowledge.Testing;
using RegKnowledge.Testing.Processes;
using RegKnowledge.Testing.Web;

namespace RegKnowledge.Cli.Tests.Commands;

/// <summary><c>regk serve</c> as a user starts it: a child process that keeps serving and rebuilding until it is stopped.</summary>
/// <remarks>The preview tests drive <c>PreviewSession</c> directly; this one guards the command around it (an earlier version disposed the
/// session as soon as the command's action returned, so the real CLI served nothing and never rebuilt).</remarks>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempContent content = TempContent.FromSample();
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task The_cli_serves_the_site_and_rebuilds_after_an_edit()
    {
        var port = LocalPorts.Free();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { RegkCli.DllPath, "serve", "--content", content.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var address = $"http://127.0.0.1:{port}/";
            Assert.True(await LocalPorts.Eventually(async () => (await TryGet(address + "jurisdictions/sg/")).Contains("Singapore", StringComparison.Ordinal)),
                "regk serve never served the site");

            content.Write("jurisdictions/sg.yaml", content.Read("jurisdictions/sg.yaml").Replace("name: Singapore", "name: Singapura", StringComparison.Ordinal));
            Assert.True(await LocalPorts.Eventually(async () => (await TryGet(address + "jurisdictions/sg/")).Contains("Singapura", StringComparison.Ordinal)),
                "regk serve did not rebuild after the edit");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private async Task<string> TryGet(string url)
    {
        try
        {
            return await http.GetStringAsync(url);
        }
        catch (HttpRequestException)
        {
            return "";
        }
    }

    public void Dispose()
    {
        http.Dispose();
        content.Dispose();
    }
}
