using Scanner.Tests.Shared;

namespace Scanner.Reporting.Tests.Support;

/// <summary>The SARIF judge from the shared reference folder beside the repository (see <see cref="SharedToolLocator"/>).</summary>
internal static class SharedTools
{
    /// <summary>A lock shared by every test process that runs the SARIF judge (its first run installs tools).</summary>
    public static FileStream AcquireJudgeLock()
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream("/tmp/latticescan-sarif-judge.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }
}
