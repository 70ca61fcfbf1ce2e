using RegKnowledge.Site.Markdown;

namespace RegKnowledge.Site.Tests.Markdown;

public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("HTTPS://example.org/", true)]
    [InlineData("mailto:a@b.org", true)]
    [InlineData("../x/", true)]
    [InlineData("#section", true)]
    [InlineData("page?x=a:b", true)]
    [InlineData("http://example.org/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("//evil.example", false)]
    [InlineData("\\\\evil.example", false)]
    [InlineData("/root-absolute/", false)]
    [InlineData("", false)]
    public void Allows_https_mailto_and_relative_targets_only(string url, bool allowed) => Assert.Equal(allowed, LinkPolicy.IsAllowed(url));
}
