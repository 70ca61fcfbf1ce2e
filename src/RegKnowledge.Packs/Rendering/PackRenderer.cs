using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using RegKnowledge.SiteTemplates.Packs;
using RegKnowledge.SiteTemplates.ViewModels.Packs;

namespace RegKnowledge.Packs.Rendering;

/// <summary>Renders the pack component to an HTML string with Blazor's <see cref="HtmlRenderer"/>, outside any web host.</summary>
internal sealed class PackRenderer : IDisposable
{
    private readonly HtmlRenderer renderer = new(new NoServices(), NullLoggerFactory.Instance);

    public string Render(PackDocumentModel model)
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>(StringComparer.Ordinal) { ["Model"] = model });
        var html = renderer.Dispatcher
            .InvokeAsync(async () => (await renderer.RenderComponentAsync<PackDocument>(parameters)).ToHtmlString())
            .GetAwaiter()
            .GetResult();
        return html.TrimEnd() + "\n";
    }

    /// <inheritdoc/>
    public void Dispose() => renderer.Dispose();

    /// <summary>The components need no services: everything they show arrives in their model.</summary>
    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
