using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using RegKnowledge.Testing.Web;

namespace RegKnowledge.Benchmarks;

/// <summary>Starts <c>regk serve</c> on a copy of a corpus, changes one content file several times and reads the rebuild time it logs.</summary>
/// <remarks>Each edit appends a YAML comment: the content stays valid and the whole rebuild (load, validate, graph, site) runs as for any
/// change, because the preview rebuilds everything on every change.</remarks>
internal static partial class ServeRebuildMeter
{
    private const int Edits = 5;

    public static ServeRebuild? Measure(RegkProgram regk, string content, string work, IReadOnlyDictionary<string, string> environment, TextWriter log)
    {
        if (!regk.Commands.Contains("serve"))
        {
            return null;
        }

        var copy = Path.Combine(work, "content");
        CopyFolder(content, copy);
        var edited = Directory.EnumerateFiles(Path.Combine(copy, "jurisdictions"), "*.yaml").Order(StringComparer.Ordinal).First();
        var start = new ProcessStartInfo(regk.FileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in regk.Prefix.Concat(["serve", "--content", copy, "--port", LocalPorts.Free().ToString(CultureInfo.InvariantCulture)]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start regk serve");
        var lines = new System.Collections.Concurrent.BlockingCollection<(string Line, long At)>();
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { lines.Add((line, Stopwatch.GetTimestamp())); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { lines.Add((line, Stopwatch.GetTimestamp())); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var initial = NextRebuild(lines, TimeSpan.FromMinutes(5)) ?? throw new TimeoutException("regk serve did not finish its first build");
            NextLine(lines, "Previewing on", TimeSpan.FromMinutes(1));
            var rebuilds = new List<double>();
            var walls = new List<double>();
            for (var i = 0; i < Edits; i++)
            {
                Thread.Sleep(500); // let the watcher settle so each edit is its own rebuild
                var written = Stopwatch.GetTimestamp();
                File.AppendAllText(edited, $"# bench edit {i}\n");
                var rebuild = NextRebuild(lines, TimeSpan.FromMinutes(2)) ?? throw new TimeoutException("regk serve did not rebuild after an edit");
                rebuilds.Add(rebuild.Ms);
                walls.Add(Stopwatch.GetElapsedTime(written, rebuild.At).TotalMilliseconds);
            }

            rebuilds.Sort();
            walls.Sort();
            log.WriteLine($"  serve: first build {initial.Ms:F0} ms; one-file rebuild p50 {rebuilds[Edits / 2]:F0} ms (max {rebuilds[^1]:F0}), write→rebuilt p50 {walls[Edits / 2]:F0} ms");
            return new ServeRebuild(Edits, rebuilds[Edits / 2], rebuilds[^1], walls[Edits / 2], initial.Ms);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static (double Ms, long At)? NextRebuild(System.Collections.Concurrent.BlockingCollection<(string Line, long At)> lines, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && lines.TryTake(out var item, timeout - deadline.Elapsed))
        {
            if (Rebuilt().Match(item.Line) is { Success: true } match)
            {
                return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), item.At);
            }

            if (item.Line.Contains("error(s) after", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("regk serve reported content errors: " + item.Line);
            }
        }

        return null;
    }

    private static void NextLine(System.Collections.Concurrent.BlockingCollection<(string Line, long At)> lines, string start, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && lines.TryTake(out var item, timeout - deadline.Elapsed))
        {
            if (item.Line.StartsWith(start, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new TimeoutException($"regk serve did not print '{start}'");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"preview: rebuilt in (\d+) ms")]
    private static partial Regex Rebuilt();
}
