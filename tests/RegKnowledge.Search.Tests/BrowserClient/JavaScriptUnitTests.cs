using RegKnowledge.Search.Tests.BrowserExport;
using Xunit.Abstractions;

namespace RegKnowledge.Search.Tests.BrowserClient;

/// <summary>The search client's colocated unit tests (<c>*.test.js</c>) pass under <c>node --test</c>, so the .NET test run
/// (and build.ps1 test) fails when they fail.</summary>
public sealed class JavaScriptUnitTests(ITestOutputHelper output)
{
    [Fact]
    public void Client_unit_tests_pass_under_node_test()
    {
        var files = Directory.GetFiles(NodeScript.ClientFolder, "*.test.js").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var (exit, stdout, stderr) = NodeScript.Run(["--test", .. files], NodeScript.ClientFolder);
        var summary = stdout.Split('\n').Where(line => line.StartsWith("# ", StringComparison.Ordinal)).ToList();
        foreach (var line in summary)
        {
            output.WriteLine(line);
        }

        Assert.True(exit == 0, $"node --test failed ({exit}):\n{stdout}\n{stderr}");
    }
}
