using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Load;

/// <summary>Stops reading one file; carries the diagnostic that explains why.</summary>
internal sealed class ContentLoadException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
