using System.Text.RegularExpressions;
using RegKnowledge.Model;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Validate;

/// <summary>Shared state of one validation run: the content, the clock, id registries and the findings so far.</summary>
internal sealed partial class ValidationContext(ContentSet content, IClock clock)
{
    private readonly List<Diagnostic> diagnostics = [];
    private readonly Dictionary<string, Dictionary<string, (SourceLocation Where, string Owner)>> registries = new(StringComparer.Ordinal);

    public ContentSet Content { get; } = content;
    public IClock Clock { get; } = clock;
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public void Error(string code, SourceLocation at, string message) => diagnostics.Add(Diagnostic.Error(code, at, message));

    public void Warning(string code, SourceLocation at, string message) => diagnostics.Add(Diagnostic.Warning(code, at, message));

    /// <summary>Registers an id of <paramref name="kind"/>; reports a duplicate and an ill-formed id.</summary>
    public void Register(string kind, string id, SourceLocation at, string owner = "")
    {
        if (id.Length == 0)
        {
            return;
        }

        if (!IdPattern().IsMatch(id) || id.Length > 100)
        {
            Error(DiagnosticCodes.InvalidId, at, $"{kind} id '{id}' must be lower-case letters and digits joined by '-' or '.' (at most 100 characters)");
        }

        var registry = RegistryOf(kind);
        if (registry.TryGetValue(id, out var first))
        {
            Error(DiagnosticCodes.DuplicateId, at, $"{kind} id '{id}' is already used at {first.Where}; ids must be unique and are never reused");
            return;
        }

        registry.Add(id, (at, owner));
    }

    /// <summary>Whether an id of <paramref name="kind"/> exists.</summary>
    public bool Exists(string kind, string id) => RegistryOf(kind).ContainsKey(id);

    /// <summary>The owner recorded with an id (e.g. the jurisdiction of an instrument), or null.</summary>
    public string? OwnerOf(string kind, string id) => RegistryOf(kind).TryGetValue(id, out var entry) ? entry.Owner : null;

    /// <summary>Reports a reference to a missing id, suggesting the closest existing one.</summary>
    public bool CheckReference(string kind, string id, SourceLocation at)
    {
        if (id.Length == 0 || Exists(kind, id))
        {
            return id.Length > 0;
        }

        var closest = RegistryOf(kind).Keys.OrderBy(k => Load.EditDistance.Between(k, id)).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
        var hint = closest is not null && Load.EditDistance.Between(closest, id) <= (id.Length <= 3 ? 1 : Math.Max(2, id.Length / 3)) ? $"; did you mean '{closest}'?" : "";
        Error(DiagnosticCodes.UnknownReference, at, $"unknown {kind} '{id}'{hint}");
        return false;
    }

    /// <summary>Requires an absolute https URL.</summary>
    public void CheckUrl(string? url, SourceLocation at, string field)
    {
        if (string.IsNullOrEmpty(url))
        {
            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
        {
            Error(DiagnosticCodes.InvalidUrl, at, $"'{field}' must be an absolute https:// URL, found '{Shorten(url)}'");
        }
    }

    /// <summary>Requires <paramref name="earlier"/> ≤ <paramref name="later"/> when both are set.</summary>
    public void CheckOrder(DateOnly? earlier, string earlierName, DateOnly? later, string laterName, SourceLocation at)
    {
        if (earlier is { } a && later is { } b && b < a)
        {
            Error(DiagnosticCodes.DatesOutOfOrder, at, $"'{laterName}' ({b:yyyy-MM-dd}) is before '{earlierName}' ({a:yyyy-MM-dd})");
        }
    }

    /// <summary>Reports a label less restrictive than the item holding it: the field would reach readers the item is kept from.</summary>
    public void CheckLabel(Tlp? field, Tlp parent, string fieldName, SourceLocation at)
    {
        if (field is { } label && label < parent)
        {
            Error(DiagnosticCodes.LabelLeak, at,
                $"'{fieldName}' is labelled {TlpText.Label(label)} but sits in an item labelled {TlpText.Label(parent)}; a field cannot be less restricted than its item");
        }
    }

    public List<Diagnostic> Sorted() =>
        diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();

    private Dictionary<string, (SourceLocation Where, string Owner)> RegistryOf(string kind)
    {
        if (!registries.TryGetValue(kind, out var registry))
        {
            registry = new Dictionary<string, (SourceLocation Where, string Owner)>(StringComparer.Ordinal);
            registries.Add(kind, registry);
        }

        return registry;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex("^[a-z0-9]+(?:(?:-|--|\\.)[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
