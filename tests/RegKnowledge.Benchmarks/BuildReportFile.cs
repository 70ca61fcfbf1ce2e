using System.Text.Json;

namespace RegKnowledge.Benchmarks;

/// <summary>Reads the per-step times that <c>regk build --report</c> wrote (none for other commands, or when the run failed early).</summary>
internal static class BuildReportFile
{
    public static IReadOnlyList<StepTime> Steps(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("stages").EnumerateArray()
            .Select(s => new StepTime(s.GetProperty("stage").GetString()!, s.GetProperty("ms").GetDouble(), s.GetProperty("peak_bytes").GetInt64()))
            .ToList();
    }
}
