using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using RegKnowledge.SiteTemplates.ViewModels;

namespace RegKnowledge.Site.Rendering;

/// <summary>Renders page components to HTML strings with Blazor's <see cref="HtmlRenderer"/>, outside any web host.</summary>
internal sealed class PageRenderer : IDisposable
{
    private readonly HtmlRenderer renderer = new(new NoServices(), NullLoggerFactory.Instance);

    /// <summary>Renders <paramref name="component"/> with its <c>Model</c> parameter set to <paramref name="model"/>.</summary>
    public string Render(Type component, PageModel model)
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>(StringComparer.Ordinal) { ["Model"] = model });
        var html = renderer.Dispatcher
            .InvokeAsync(async () => (await renderer.RenderComponentAsync(component, parameters)).ToHtmlString())
            .GetAwaiter()
            .GetResult();
        return VoidElements.Normalise(html);
    }

    /// <inheritdoc/>
    public void Dispose() => renderer.Dispose();

    /// <summary>The components need no services: everything they show arrives in their model.</summary>
    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
