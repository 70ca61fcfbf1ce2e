using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Cli.Reporting;

/// <summary>SARIF 2.1.0 for GitHub code scanning: one run, a rule per code used, a result per diagnostic.</summary>
internal static class SarifReport
{
    public static string Build(IReadOnlyList<Diagnostic> diagnostics, string prefix)
    {
        var codeNames = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(f => (string)f.GetValue(null)!, f => f.Name, StringComparer.Ordinal);
        var rules = new JsonArray();
        foreach (var code in diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal))
        {
            rules.Add(new JsonObject
            {
                ["id"] = code,
                ["name"] = codeNames.GetValueOrDefault(code, code),
                ["shortDescription"] = new JsonObject { ["text"] = codeNames.GetValueOrDefault(code, code) },
            });
        }

        var results = new JsonArray();
        foreach (var d in diagnostics)
        {
            results.Add(new JsonObject
            {
                ["ruleId"] = d.Code,
                ["level"] = DiagnosticWriter.SeverityWord(d),
                ["message"] = new JsonObject { ["text"] = d.Message },
                ["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = prefix + d.Location.File },
                        ["region"] = new JsonObject { ["startLine"] = d.Location.Line, ["startColumn"] = d.Location.Column },
                    },
                }),
            });
        }

        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "regk",
                        ["informationUri"] = "https://github.com/damc-org/regknowledge",
                        ["rules"] = rules,
                    },
                },
                ["results"] = results,
            }),
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
