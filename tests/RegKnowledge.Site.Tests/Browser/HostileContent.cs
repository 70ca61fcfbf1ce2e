using System.Collections;
using System.Reflection;
using RegKnowledge.Content.Validate;
using RegKnowledge.Model;
using RegKnowledge.Model.Common;
using RegKnowledge.Testing;

namespace RegKnowledge.Site.Tests.Browser;

/// <summary>The sample content with script payloads in every text field, URL fields set to javascript:, and hostile Markdown.
/// Ids and references are left alone so the graph still resolves; the content is never validated (it would not pass).</summary>
public static class HostileContent
{
    public const string Text = "<script>window.__xss=1</script>\"'><img src=x onerror=\"window.__xss=1\"><svg onload=window.__xss=1>";
    public const string Url = "javascript:window.__xss=1//";

    public const string Markdown = """


        [click](javascript:window.__xss=1) <javascript:window.__xss=1> [data](data:text/html,<script>window.__xss=1</script>)
        ![img](data:image/svg+xml,<svg onload=window.__xss=1>) [vb](vbscript:x) [proto](//evil.example/x)

        <script>window.__xss=1</script> <img src=x onerror=window.__xss=1> <iframe src="javascript:window.__xss=1"></iframe>

        ## Heading {#main onclick=window.__xss=1 style=position:fixed}

        <form action="https://evil.example"><input name=p></form> <a href="javascript:window.__xss=1">raw</a>
        """;

    private static readonly HashSet<string> KeepAsIs = new(StringComparer.Ordinal) { "Id", "DefaultAudience", "Root" };

    public static ContentSet Create()
    {
        var content = CheckedContent.From(Fixtures.SampleContent, FakeClock.Default).Content;
        Poison(content, []);
        return content;
    }

    private static void Poison(object target, HashSet<object> seen)
    {
        if (!seen.Add(target))
        {
            return;
        }

        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<NotContentAttribute>() is not null)
            {
                continue;
            }

            var value = property.GetValue(target);
            if (property.PropertyType == typeof(string) && property.CanWrite && value is string text)
            {
                if (KeepAsIs.Contains(property.Name) || property.GetCustomAttribute<ReferencesAttribute>() is not null)
                {
                    continue;
                }

                property.SetValue(target, property.Name.EndsWith("Url", StringComparison.Ordinal) ? Url
                    : property.GetCustomAttribute<MarkdownAttribute>() is not null ? text + Markdown
                    : text + Text);
            }
            else if (value is ContentNode node)
            {
                Poison(node, seen);
            }
            else if (value is IEnumerable items and not string)
            {
                foreach (var item in items.OfType<ContentNode>())
                {
                    Poison(item, seen);
                }
            }
        }
    }
}
