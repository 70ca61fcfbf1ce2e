using System.Diagnostics;

namespace RegKnowledge.Model.Common;

/// <summary>Wall time and the process's peak memory so far, recorded per pipeline stage in the order the stages ran.</summary>
/// <remarks>The peak is the kernel's high-water mark of resident memory (VmHWM on Linux), so a stage's figure includes every stage
/// before it; the benchmarks report it beside the whole process's peak measured from outside.</remarks>
public sealed class StageTimer
{
    private readonly List<StageTime> stages = [];

    /// <summary>The stages recorded so far, in the order they ran.</summary>
    public IReadOnlyList<StageTime> Stages => stages;

    /// <summary>Runs <paramref name="work"/> and records its time under <paramref name="stage"/>.</summary>
    public T Time<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        Record(stage, watch.Elapsed);
        return result;
    }

    /// <summary>Records a stage timed elsewhere.</summary>
    public void Record(string stage, TimeSpan elapsed)
    {
        using var process = Process.GetCurrentProcess();
        stages.Add(new StageTime(stage, elapsed, process.PeakWorkingSet64));
    }
}

/// <summary>One stage's wall time and the process's peak resident memory when it ended.</summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed, long PeakWorkingSetBytes);
