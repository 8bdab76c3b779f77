using Scanner.Pipeline;
using Scanner.Reporting.Output;

namespace Scanner.Cli.Commands;

/// <summary>Claims a command's output files up front (before any scanning), with the run's inputs ruled out as targets.</summary>
internal static class CommandOutputs
{
    public static OutputSet For(ScanRequest request, string? configPath, IEnumerable<string> otherInputs)
    {
        IEnumerable<string?> inputs =
        [
            .. request.TerraformPlans, .. request.CloudFormationTemplates, .. request.Inventories,
            request.BaselineFile, request.SuppressionsFile, configPath, .. otherInputs,
        ];
        return new OutputSet(inputs.OfType<string>());
    }

    /// <summary>Claims <paramref name="path"/> for <paramref name="option"/> when the flag was given.</summary>
    public static OutputTarget? ClaimIfGiven(this OutputSet set, string option, string? path) => path is null ? null : set.Claim(option, path);
}
