using Scanner.Collectors.CloudFormation.Parsing;
using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// Reads inline suppressions from a resource's <c>Metadata</c>:
/// <c>latticescan: { skip: [ { id: RULE-ID, reason: text } ] }</c> (<see cref="InlineSuppressionConvention"/>).
/// Metadata is read literally (no intrinsics). An entry without an id is reported; one without a reason gets a
/// generic reason, so the report still says where the suppression came from.
/// </summary>
internal static class MetadataSuppressions
{
    public const string DefaultReason = "suppressed in template Metadata";

    public static void Read(TemplateResource r, IDictionary<string, string> into, DiagnosticSink diagnostics)
    {
        if (r.Metadata?.Get(InlineSuppressionConvention.MetadataKey) is not { } node) return;
        if (node is not MappingNode ours || ours.Get("skip") is not SequenceNode skip)
        {
            diagnostics.Warn(DiagnosticSink.InvalidValue, r.LogicalId, "Metadata", $"'{InlineSuppressionConvention.MetadataKey}' must be a mapping with a 'skip' list of {{id, reason}}", node.Line, node.Column);
            return;
        }
        foreach (var entry in skip.Items)
        {
            if (entry is MappingNode m && m.Get("id") is ScalarNode { Kind: ScalarKind.String, Text.Length: > 0 } id)
            {
                var reason = m.Get("reason") is ScalarNode { Kind: not ScalarKind.Null } rs && rs.Text.Trim().Length > 0 ? rs.Text.Trim() : DefaultReason;
                into[id.Text.Trim()] = reason;
            }
            else
                diagnostics.Warn(DiagnosticSink.InvalidValue, r.LogicalId, "Metadata", "a latticescan skip entry has no 'id'; it is ignored", entry.Line, entry.Column);
        }
    }
}
