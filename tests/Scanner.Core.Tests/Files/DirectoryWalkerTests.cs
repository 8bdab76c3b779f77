using Scanner.Core.Files;

namespace Scanner.Core.Tests.Files;

public sealed class DirectoryWalkerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("latticescan-walk-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Files_LinksBackToTheFolderAndItsParent_EachFileOnceAndTheWalkEnds()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "sub")).FullName;
        File.WriteAllText(Path.Combine(_dir, "a.yaml"), "");
        File.WriteAllText(Path.Combine(sub, "b.yaml"), "");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "a-link"), ".");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "b-link"), ".");
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), "..");

        var files = DirectoryWalker.Files(_dir, recursive: true, f => f.EndsWith(".yaml", StringComparison.Ordinal));

        Assert.Equal([Path.Combine(_dir, "a.yaml"), Path.Combine(sub, "b.yaml")], files);
    }

    [Fact]
    public void Files_LinkedFolderOutsideTheRoot_EnteredOnce()
    {
        var outside = Directory.CreateTempSubdirectory("latticescan-walk-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "x.json"), "");
            Directory.CreateSymbolicLink(Path.Combine(_dir, "one"), outside);
            Directory.CreateSymbolicLink(Path.Combine(_dir, "two"), outside);

            var files = DirectoryWalker.Files(_dir, recursive: true, _ => true);

            Assert.Equal([Path.Combine(_dir, "one", "x.json")], files);
        }
        finally { Directory.Delete(outside, recursive: true); }
    }

    [Fact]
    public void Files_HiddenEntriesSkippedWhenAsked()
    {
        Directory.CreateDirectory(Path.Combine(_dir, ".terraform"));
        File.WriteAllText(Path.Combine(_dir, ".terraform", "p.json"), "");
        File.WriteAllText(Path.Combine(_dir, "p.json"), "");

        Assert.Equal([Path.Combine(_dir, "p.json")], DirectoryWalker.Files(_dir, true, _ => true, skipHidden: true));
        Assert.Equal(2, DirectoryWalker.Files(_dir, true, _ => true).Count);
    }
}
