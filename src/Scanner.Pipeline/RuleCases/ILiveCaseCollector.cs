namespace Scanner.Pipeline.RuleCases;

/// <summary>
/// Runs a <c>live</c> case: serves the case's world description (what AWS returns, in AWS's shapes) from an AWS
/// emulator and collects it with the real AWS collector, as a scan of the described organization would.
/// </summary>
public interface ILiveCaseCollector
{
    /// <param name="worldJson">The case's <c>live</c> mapping as JSON.</param>
    /// <param name="display">The case, for messages (<c>file#case</c>).</param>
    /// <exception cref="Scanner.Core.Collection.InputException">The description cannot be served (a missing or unknown field).</exception>
    LiveCaseCollection Collect(string worldJson, string display);
}
