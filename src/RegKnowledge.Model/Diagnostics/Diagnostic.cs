using RegKnowledge.Model.Common;

namespace RegKnowledge.Model.Diagnostics;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a build.</summary>
    Warning,
    /// <summary>The content is wrong; validation exits with 1.</summary>
    Error,
}

/// <summary>A finding about content, with a stable code and the place it refers to.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceLocation Location, string Message)
{
    /// <summary>An error: the content is wrong.</summary>
    public static Diagnostic Error(string code, SourceLocation location, string message) => new(code, Severity.Error, location, message);

    /// <summary>A warning: worth fixing, never fails a build.</summary>
    public static Diagnostic Warning(string code, SourceLocation location, string message) => new(code, Severity.Warning, location, message);

    /// <summary>Compiler-style text: <c>file:line:col: error RK1002: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
