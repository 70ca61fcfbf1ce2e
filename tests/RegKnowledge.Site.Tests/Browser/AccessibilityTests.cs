using System.Text.Json;

namespace RegKnowledge.Site.Tests.Browser;

/// <summary>axe-core (npm, injected through the DevTools protocol) finds no serious or critical violation on any page type, light or dark.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteBrowser site)
{
    public static TheoryData<string, string> PageTypes => ScreenshotTests.PageTypes;

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Has_no_serious_or_critical_axe_violations(string name, string path)
    {
        foreach (var dark in new[] { false, true })
        {
            await using var page = await site.OpenAsync(path, dark: dark);
            await page.Page.EvaluateExpressionAsync(NodeTools.AxeScript);
            var violations = await page.Page.EvaluateFunctionAsync<JsonElement>("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))
                """);
            var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
            Assert.True(found.Count == 0, $"{name}{(dark ? " (dark)" : "")}: {string.Join("\n", found)}");
        }
    }
}
