using System.Runtime.InteropServices;

namespace RegKnowledge.Site.Output;

/// <summary>Replaces a folder with a newly written one so readers see the old or the new site, never half of one.</summary>
/// <remarks>The new site is written to a hidden sibling (same file system, so renames are atomic) and swapped in. On Linux the swap is
/// one <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere two renames, and a swap interrupted between them is undone on the next run.
/// A build that fails or is killed while writing leaves only a hidden staging folder, removed on the next run.</remarks>
internal static class AtomicDirectory
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    public static void Publish(string target, Action<string> write)
    {
        target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("the output folder cannot be a root", nameof(target));
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        RecoverInterruptedSwap(parent, name, target);
        RemoveLeftovers(parent, name);

        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            write(staging);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        Swap(staging, target, parent, name);
    }

    private static void Swap(string staging, string target, string parent, string name)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        if (OperatingSystem.IsLinux() && TryExchange(staging, target))
        {
            TryDelete(staging); // now holds the previous site
            return;
        }

        var previous = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");
        Directory.Move(target, previous);
        Directory.Move(staging, target);
        TryDelete(previous);
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // an old C library: fall back to two renames
        }
    }

    /// <summary>A run killed between the two fallback renames leaves no target but a complete previous site: put it back.</summary>
    private static void RecoverInterruptedSwap(string parent, string name, string target)
    {
        if (Directory.Exists(target))
        {
            return;
        }

        var previous = Directory.EnumerateDirectories(parent, $".{name}.previous-*").Order(StringComparer.Ordinal).LastOrDefault();
        if (previous is not null)
        {
            Directory.Move(previous, target);
        }
    }

    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in new[] { $".{name}.staging-*", $".{name}.previous-*" })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
            {
                TryDelete(leftover);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Removed on the next run.
        }
        catch (UnauthorizedAccessException)
        {
            // Removed on the next run.
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
