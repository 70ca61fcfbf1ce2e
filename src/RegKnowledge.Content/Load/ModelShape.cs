using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using RegKnowledge.Model.Common;

namespace RegKnowledge.Content.Load;

/// <summary>What the loader and the schema generator know of one model property: its YAML key and constraints.
/// Both read the model through this one description, so the schema can never disagree with the loader.</summary>
public sealed record PropertyShape(
    string Key,
    PropertyInfo Property,
    Type ValueType,
    bool Required,
    bool Markdown,
    int? MaxLength,
    string? References,
    string? Description);

/// <summary>Reflection over the content model, cached per type.</summary>
public static class ModelShape
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<PropertyShape>> Cache = new();

    /// <summary>The content properties of <paramref name="type"/> in declaration order.</summary>
    public static IReadOnlyList<PropertyShape> Of(Type type) => Cache.GetOrAdd(type, Describe);

    /// <summary>PascalCase → snake_case: <c>NextReview</c> → <c>next_review</c>.</summary>
    public static string KeyOf(string propertyName) => Separate(propertyName, '_');

    /// <summary>PascalCase enum member → kebab-case: <c>InForce</c> → <c>in-force</c>.</summary>
    public static string EnumText(Enum value) => Separate(value.ToString(), '-');

    /// <summary>All YAML spellings of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> EnumTexts(Type enumType) =>
        Enum.GetValues(enumType).Cast<Enum>().Select(EnumText).ToList();

    private static IReadOnlyList<PropertyShape> Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<NotContentAttribute>() is null)
            .OrderBy(p => p.MetadataToken)
            .Select(p => new PropertyShape(
                KeyOf(p.Name),
                p,
                p.PropertyType,
                p.GetCustomAttribute<RequiredMemberAttribute>() is not null,
                p.GetCustomAttribute<MarkdownAttribute>() is not null,
                p.GetCustomAttribute<MaxTextLengthAttribute>()?.Characters,
                p.GetCustomAttribute<ReferencesAttribute>()?.Kind,
                p.GetCustomAttribute<DescriptionAttribute>()?.Description))
            .ToList();

    private static string Separate(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append(separator);
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
