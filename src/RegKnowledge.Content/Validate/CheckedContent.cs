using RegKnowledge.Content.Load;
using RegKnowledge.Model;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Validate;

/// <summary>Content after loading and validation, with every diagnostic of both stages.</summary>
public sealed record CheckedContent(ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Loads <paramref name="root"/> and validates it. Validation is skipped for files that failed to load, never for the rest.
    /// A <see cref="StageTimer"/> passed in receives the load and validate times.</summary>
    public static CheckedContent From(string root, IClock clock, LoadLimits? limits = null, StageTimer? timer = null)
    {
        timer ??= new StageTimer();
        var loaded = timer.Time("load", () => ContentLoader.Load(root, limits));
        var validated = timer.Time("validate", () => ContentValidator.Validate(loaded.Content, clock));
        var all = loaded.Diagnostics.Concat(validated)
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new CheckedContent(loaded.Content, all);
    }
}
