namespace Scanner.Collectors.Aws.Tests.Conformance;

/// <summary>
/// A fact that needs the official-client judge: on a plain <c>dotnet test</c> without it, the test is reported as not
/// run with the reason; under CI=true it runs and fails on the missing judge.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute
{
    public ConformanceFactAttribute()
    {
        if (!OfficialClientJudge.Required && OfficialClientJudge.Unavailable() is { } reason)
            Skip = "Not run: " + reason + ". CI (CI=true) runs it and fails without it.";
    }
}
