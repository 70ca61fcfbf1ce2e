using RegKnowledge.Site.Output;

namespace RegKnowledge.Site.Tests.Output;

public sealed class AtomicDirectoryTests : IDisposable
{
    private readonly string parent = Path.Combine(Path.GetTempPath(), "regk-atomic-" + Guid.NewGuid().ToString("N")[..12]);

    private string Target => Path.Combine(parent, "site");

    public void Dispose() => Directory.Delete(parent, recursive: true);

    [Fact]
    public void Replaces_the_previous_folder_as_a_whole()
    {
        AtomicDirectory.Publish(Target, folder => File.WriteAllText(Path.Combine(folder, "old.html"), "old"));
        AtomicDirectory.Publish(Target, folder => File.WriteAllText(Path.Combine(folder, "new.html"), "new"));

        Assert.Equal(["new.html"], Directory.GetFiles(Target).Select(Path.GetFileName));
        Assert.Equal(["site"], Directory.GetDirectories(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void Keeps_the_previous_folder_and_leaves_no_staging_when_writing_fails()
    {
        AtomicDirectory.Publish(Target, folder => File.WriteAllText(Path.Combine(folder, "index.html"), "previous"));

        Assert.Throws<InvalidOperationException>(() => AtomicDirectory.Publish(Target, folder =>
        {
            File.WriteAllText(Path.Combine(folder, "index.html"), "half");
            throw new InvalidOperationException("render failed");
        }));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(Target, "index.html")));
        Assert.Equal(["site"], Directory.GetDirectories(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void Cleans_up_after_a_killed_build_and_restores_an_interrupted_swap()
    {
        // A build killed while writing leaves a staging folder; one killed between the two fallback renames leaves only "previous".
        Directory.CreateDirectory(Path.Combine(parent, ".site.staging-dead"));
        var previous = Path.Combine(parent, ".site.previous-dead");
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, "index.html"), "last good");

        AtomicDirectory.Publish(Target, folder => Assert.False(File.Exists(Path.Combine(folder, "index.html"))));

        Assert.Equal(["site"], Directory.GetDirectories(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void Restores_the_previous_site_before_a_new_build_starts()
    {
        var previous = Path.Combine(parent, ".site.previous-dead");
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, "index.html"), "last good");
        string? seenDuringBuild = null;

        AtomicDirectory.Publish(Target, _ => seenDuringBuild = File.ReadAllText(Path.Combine(Target, "index.html")));

        Assert.Equal("last good", seenDuringBuild);
    }
}
