namespace RegKnowledge.Workflow.Export;

/// <summary>A table to export: a name (sheet or file), a header row, and rows of cells (text, whole numbers or null).</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
