using System.Collections;
using System.Globalization;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Load;

/// <summary>Binds a <see cref="YamlNode"/> tree onto the content model, reporting every problem it finds (not just the first)
/// with the exact place. Written by hand instead of YamlDotNet's deserializer because that one loses positions,
/// accepts yes/no as booleans and ignores missing required values (FACTS.md).</summary>
internal sealed class ContentBinder(LoadLimits limits, List<Diagnostic> diagnostics)
{
    private static readonly HashSet<string> AmbiguousWords = new(StringComparer.Ordinal)
    {
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "on", "On", "ON", "off", "Off", "OFF", "true", "True", "TRUE", "false", "False", "FALSE",
    };

    /// <summary>Binds <paramref name="node"/> to a new <typeparamref name="T"/>.</summary>
    public T Bind<T>(YamlNode node) where T : ContentNode => (T)BindObject(typeof(T), node);

    private object BindObject(Type type, YamlNode node)
    {
        var target = (ContentNode)Activator.CreateInstance(type)!;
        target.Location = node.Location;
        var shapes = ModelShape.Of(type);
        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticCodes.WrongType, node.Location, $"expected a mapping of {Describe(type)} fields here, found {Kind(node)}");
            FillRequired(target, shapes, []);
            return target;
        }

        var byKey = shapes.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (!byKey.TryGetValue(entry.Key, out var shape))
            {
                Report(DiagnosticCodes.UnknownKey, entry.KeyLocation, UnknownKeyMessage(entry.Key, type, shapes));
                continue;
            }

            target.SetFieldLocation(shape.Key, entry.Value.Location);
            if (entry.Value is YamlScalar { IsNull: true })
            {
                continue;
            }

            var value = BindValue(shape.ValueType, entry.Value, shape);
            if (value is not null)
            {
                shape.Property.SetValue(target, value);
                present.Add(shape.Key);
            }
            else if (entry.Value is not YamlScalar { Value: var blank } || !string.IsNullOrWhiteSpace(blank))
            {
                failed.Add(shape.Key);
            }
        }

        FillRequired(target, shapes, present, mapping.Location, failed);
        return target;
    }

    /// <summary>Reports missing required fields and puts a harmless placeholder in each, so later stages never meet a null.</summary>
    private void FillRequired(ContentNode target, IReadOnlyList<PropertyShape> shapes, HashSet<string> present, SourceLocation? at = null, HashSet<string>? alreadyReported = null)
    {
        foreach (var shape in shapes.Where(s => s.Required && !present.Contains(s.Key)))
        {
            if (at is { } location && alreadyReported?.Contains(shape.Key) != true)
            {
                var where = target.Has(shape.Key) ? target.At(shape.Key) : location;
                Report(DiagnosticCodes.MissingValue, where, $"required field '{shape.Key}' is missing or empty");
            }

            shape.Property.SetValue(target, Placeholder(shape.ValueType));
        }
    }

    private object? BindValue(Type type, YamlNode node, PropertyShape shape)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            return BindList(underlying, node, shape);
        }

        if (typeof(ContentNode).IsAssignableFrom(underlying))
        {
            return BindObject(underlying, node);
        }

        if (node is not YamlScalar scalar)
        {
            Report(DiagnosticCodes.WrongType, node.Location, $"'{shape.Key}' must be {Describe(underlying)}, found {Kind(node)}");
            return null;
        }

        return BindScalar(underlying, scalar, shape);
    }

    private IList? BindList(Type listType, YamlNode node, PropertyShape shape)
    {
        if (node is not YamlSequence sequence)
        {
            Report(DiagnosticCodes.WrongType, node.Location, $"'{shape.Key}' must be a list (items starting with '- ' or [a, b]), found {Kind(node)}");
            return null;
        }

        var itemType = listType.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: true })
            {
                Report(DiagnosticCodes.MissingValue, item.Location, $"empty item in list '{shape.Key}'");
                continue;
            }

            var value = BindValue(itemType, item, shape);
            if (value is not null)
            {
                list.Add(value);
            }
        }

        return list;
    }

    private object? BindScalar(Type type, YamlScalar scalar, PropertyShape shape)
    {
        var text = scalar.Value;
        if (type == typeof(string))
        {
            if (scalar.Plain && AmbiguousWords.Contains(text))
            {
                Report(DiagnosticCodes.AmbiguousScalar, scalar.Location,
                    $"'{text}' in '{shape.Key}' reads as true/false in YAML; put it in quotes if you mean the text");
                return null;
            }

            var max = shape.MaxLength ?? limits.MaxTextLength;
            if (text.Length > max)
            {
                Report(DiagnosticCodes.TextTooLong, scalar.Location, $"'{shape.Key}' is {text.Length:N0} characters; the limit is {max:N0}");
                return null;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return shape.Required ? null : text;
            }

            return text;
        }

        if (type == typeof(bool))
        {
            if (scalar.Plain && text is "true" or "false")
            {
                return text == "true";
            }

            var code = AmbiguousWords.Contains(text) ? DiagnosticCodes.AmbiguousScalar : DiagnosticCodes.WrongType;
            Report(code, scalar.Location, $"'{shape.Key}' must be true or false (unquoted), found '{Truncate(text)}'");
            return null;
        }

        if (type == typeof(int))
        {
            if (scalar.Plain && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Report(DiagnosticCodes.WrongType, scalar.Location, $"'{shape.Key}' must be a whole number, found '{Truncate(text)}'");
            return null;
        }

        if (type == typeof(DateOnly))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Report(DiagnosticCodes.InvalidDate, scalar.Location, $"'{shape.Key}' must be a real date written YYYY-MM-DD, found '{Truncate(text)}'");
            return null;
        }

        if (type.IsEnum)
        {
            var names = ModelShape.EnumTexts(type);
            var index = names.ToList().IndexOf(text);
            if (index >= 0)
            {
                return Enum.GetValues(type).GetValue(index);
            }

            Report(DiagnosticCodes.UnknownEnumValue, scalar.Location,
                $"'{Truncate(text)}' is not a valid {shape.Key}; use one of: {string.Join(", ", names)}");
            return null;
        }

        throw new InvalidOperationException($"The content model uses an unsupported type {type.Name}.");
    }

    private static object Placeholder(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return string.Empty;
        }

        if (underlying.IsGenericType || typeof(ContentNode).IsAssignableFrom(underlying) || underlying.IsValueType)
        {
            return Activator.CreateInstance(underlying)!;
        }

        throw new InvalidOperationException($"No placeholder for {type.Name}.");
    }

    private static string UnknownKeyMessage(string key, Type type, IReadOnlyList<PropertyShape> shapes)
    {
        var closest = shapes.Select(s => s.Key).OrderBy(k => EditDistance.Between(k, key)).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
        var hint = closest is not null && EditDistance.Between(closest, key) <= (key.Length <= 3 ? 1 : Math.Max(2, key.Length / 3))
            ? $"; did you mean '{closest}'?"
            : $"; allowed: {string.Join(", ", shapes.Select(s => s.Key))}";
        return $"unknown key '{Truncate(key)}' in {Describe(type)}{hint}";
    }

    private static string Describe(Type type)
    {
        if (type == typeof(string)) return "text";
        if (type == typeof(int)) return "a whole number";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(DateOnly)) return "a date (YYYY-MM-DD)";
        if (type.IsEnum) return $"one of {string.Join(", ", ModelShape.EnumTexts(type))}";
        return "a " + ModelShape.KeyOf(type.Name).Replace('_', ' ');
    }

    private static string Kind(YamlNode node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar s => $"'{Truncate(s.Value)}'",
        _ => "something else",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private void Report(string code, SourceLocation location, string message) =>
        diagnostics.Add(new Diagnostic(code, Severity.Error, location, message));
}
