using System.Runtime.CompilerServices;

namespace RegKnowledge.Site.Tests.Approval;

/// <summary>Approval ("snapshot") checks: compares text with <c>Snapshots/NAME.approved.EXT</c> beside the calling test file.</summary>
/// <remarks>On a mismatch it writes <c>NAME.received.EXT</c> next to it (git-ignored) and fails; rename it to approve. A missing approved file
/// fails on CI (CI=true) and is created from the received text locally, so a new snapshot is never silently accepted on CI.</remarks>
public static class Approver
{
    public static void Verify(string received, string name, string extension = "html", [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        Directory.CreateDirectory(folder);
        var approvedPath = Path.Combine(folder, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        received = received.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (!File.Exists(approvedPath))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                File.WriteAllText(receivedPath, received);
                Assert.Fail($"No approved snapshot {approvedPath}. Review {receivedPath} and commit it as .approved.{extension}.");
            }

            File.WriteAllText(approvedPath, received);
            return;
        }

        var approved = File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (approved == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail($"{name} differs from its approved snapshot ({FirstDifference(approved, received)}). " +
                    $"Compare {receivedPath} with {approvedPath}; if the change is right, replace the approved file with the received one.");
    }

    private static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < r.Length ? r[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: approved «{Clip(left)}», received «{Clip(right)}»";
            }
        }

        return "line endings";
    }

    private static string Clip(string line) => line.Length <= 160 ? line : line[..160] + "…";
}
