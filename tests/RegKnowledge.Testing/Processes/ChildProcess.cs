using System.Diagnostics;
using System.Globalization;

namespace RegKnowledge.Testing.Processes;

/// <summary>How a child process ended: exit code, output, wall time and peak resident memory.</summary>
/// <remarks><see cref="PeakMemoryBytes"/> is null when it could not be measured; <see cref="MemoryMethod"/> says how it was:
/// "/usr/bin/time" (the kernel's exact figure) or "VmHWM poll".</remarks>
public sealed record ChildRun(int ExitCode, string Output, string Error, TimeSpan Elapsed, long? PeakMemoryBytes, string MemoryMethod, bool TimedOut)
{
    /// <summary>User plus system CPU seconds of the child (only under /usr/bin/time): steadier than wall time on a shared machine.</summary>
    public double? CpuSeconds { get; init; }
}

/// <summary>Runs a program as a child process with a hang guard, and measures its wall time and peak memory.</summary>
/// <remarks>Peak memory cannot be read from <see cref="Process"/> after exit on Linux (the /proc entry is gone), so the child
/// runs under <c>/usr/bin/time</c> when present (Debian package <c>time</c>), which reports the kernel's maximum resident set.
/// Without it, /proc/&lt;pid&gt;/status VmHWM is polled while the child runs, which can miss growth in its last milliseconds.</remarks>
public static class ChildProcess
{
    private const string TimeProgram = "/usr/bin/time";

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/>; kills the whole tree after <paramref name="timeout"/>.</summary>
    public static ChildRun Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var useTime = File.Exists(TimeProgram) && OperatingSystem.IsLinux();
        var peakFile = useTime ? Path.Combine(Path.GetTempPath(), $"regk-peak-{Guid.NewGuid():N}.txt") : null;
        var start = new ProcessStartInfo(useTime ? TimeProgram : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (useTime)
        {
            foreach (var arg in new[] { "-f", "%M %U %S", "-o", peakFile!, fileName })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var polled = 0L;
        var deadline = watch.Elapsed + timeout;
        while (!process.WaitForExit(10))
        {
            if (!useTime)
            {
                polled = Math.Max(polled, VmHwm(process.Id) ?? 0);
            }

            if (watch.Elapsed > deadline)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ChildRun(-1, output.Result, error.Result, watch.Elapsed, null, "none", TimedOut: true);
            }
        }

        process.WaitForExit();
        watch.Stop();
        var (peak, cpu) = useTime ? ReadTimeFigures(peakFile!) : (polled > 0 ? polled : null, null);
        return new ChildRun(process.ExitCode, output.Result, error.Result, watch.Elapsed, peak, useTime ? "/usr/bin/time" : "VmHWM poll", TimedOut: false)
        {
            CpuSeconds = cpu,
        };
    }

    /// <summary>/usr/bin/time -f "%M %U %S" writes the maximum resident set in KiB and the user and system CPU seconds
    /// (preceded by a status line when the child failed).</summary>
    private static (long? PeakBytes, double? CpuSeconds) ReadTimeFigures(string file)
    {
        try
        {
            var fields = (File.ReadAllLines(file).LastOrDefault(l => l.Length > 0) ?? "").Split(' ');
            if (fields.Length == 3 && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib)
                && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
                && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system))
            {
                return (kib * 1024, user + system);
            }

            return (null, null);
        }
        catch (IOException)
        {
            return (null, null);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static long? VmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kib = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kib, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // The child exited between the check and the read.
        }

        return null;
    }
}
