namespace RegKnowledge.Model.Common;

/// <summary>Base of every object read from YAML: remembers where it and each of its fields came from.</summary>
/// <remarks>Validation runs long after parsing; keeping positions on the objects lets every rule point at the exact value it rejects.</remarks>
public abstract class ContentNode
{
    private Dictionary<string, SourceLocation> fieldLocations = new(StringComparer.Ordinal);

    /// <summary>Where the mapping that holds this object starts.</summary>
    [NotContent]
    public SourceLocation Location { get; set; }

    /// <summary>Records where a field's value starts; called by the loader.</summary>
    public void SetFieldLocation(string yamlKey, SourceLocation location) => fieldLocations[yamlKey] = location;

    /// <summary>Where the value of <paramref name="yamlKey"/> starts, or the object itself when the field is absent.</summary>
    public SourceLocation At(string yamlKey) =>
        fieldLocations.TryGetValue(yamlKey, out var location) ? location : Location;

    /// <summary>A shallow copy sharing positions; used to build audience-filtered views without touching the loaded content.</summary>
    public T Copy<T>() where T : ContentNode
    {
        var copy = (ContentNode)MemberwiseClone();
        copy.fieldLocations = new Dictionary<string, SourceLocation>(fieldLocations, StringComparer.Ordinal);
        return (T)copy;
    }

    /// <summary>Whether the field was written in the file at all.</summary>
    public bool Has(string yamlKey) => fieldLocations.ContainsKey(yamlKey);
}
