using System.Text.Json.Nodes;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Tests.Conformance;

/// <summary>
/// One logical call the collector makes: the input in the model's member names (what the official clients take), who
/// makes it where, the response paths the collector reads, and the same call through the project's own client.
/// </summary>
internal sealed record ConformanceCall(string Service, string Operation, string Label, string AccountId, string Region, string InputJson,
    IReadOnlyList<string> Reads, Func<AwsClientOptions, Task> Thin)
{
    /// <summary>The list member holding the items (for counting), or null for a single-object answer.</summary>
    public string? ItemsMember { get; init; }

    /// <summary>The next-token member of input and output (nextToken, NextToken), or null when the operation does not page.</summary>
    public string? TokenMember { get; init; }

    /// <summary>Items the fake's scenario holds for this call (so the reads are checked on real items, not an empty list).</summary>
    public int MinItems { get; init; }

    /// <summary>The error the service answers for this call in the scenario (a policy that is not there), or null.</summary>
    public string? ExpectError { get; init; }

    public JsonObject Input => JsonNode.Parse(InputJson)!.AsObject();
}
