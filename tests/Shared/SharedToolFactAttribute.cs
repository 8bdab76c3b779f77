using Xunit;

namespace Scanner.Tests.Shared;

/// <summary>
/// A test that needs the SARIF judge (<c>shared/tools/sarif-validate.sh</c> beside the repository, with bash and
/// node on PATH). Where the judge cannot run, a plain <c>dotnet test</c> on a user's machine reports the test as
/// not run, with the reason; in CI (<c>CI=true</c>, set by <c>.ci/run</c>) the test runs anyway and fails on the
/// missing tool, so the cross-check can never silently drop out of the pipeline.
/// </summary>
public sealed class SharedToolFactAttribute : FactAttribute
{
    public SharedToolFactAttribute()
    {
        if (SharedToolLocator.MissingPrerequisite() is { } missing && !SharedToolLocator.InCi)
            Skip = $"not run: {missing}. Run .ci/run (CI=true) beside the shared/ folder to run this cross-check.";
    }
}
