using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Ram;

/// <summary>
/// A thin rest-json client for AWS RAM (API 2018-01-04): every read is <c>POST /&lt;operation in lower case&gt;</c>
/// with camelCase JSON members; items sit under an operation-specific key; <c>nextToken</c> in the body.
/// </summary>
public sealed class RamClient : IRamClient
{
    /// <summary>The model's maximum page size (1..500).</summary>
    private const int PageSize = 500;

    private readonly AwsJsonTransport _transport;

    public RamClient(AwsClientOptions options) => _transport = new AwsJsonTransport(options, AwsService.Ram);

    public AwsEndpoint Endpoint => _transport.Endpoint;

    public IAsyncEnumerable<ResourceShare> GetResourceSharesAsync(ResourceOwner resourceOwner, string? resourceShareStatus = null, CancellationToken ct = default) =>
        List("GetResourceShares", "resourceShares", w =>
        {
            w.WriteString("resourceOwner", Owner(resourceOwner));
            if (resourceShareStatus is not null) w.WriteString("resourceShareStatus", resourceShareStatus);
        }, ResourceShare.FromJson, ct);

    public IAsyncEnumerable<SharedResource> ListResourcesAsync(ResourceOwner resourceOwner, IReadOnlyList<string>? resourceShareArns = null,
        CancellationToken ct = default) =>
        List("ListResources", "resources", w =>
        {
            w.WriteString("resourceOwner", Owner(resourceOwner));
            Arns(w, resourceShareArns);
        }, SharedResource.FromJson, ct);

    public IAsyncEnumerable<ResourceShareAssociation> GetResourceShareAssociationsAsync(string associationType,
        IReadOnlyList<string>? resourceShareArns = null, CancellationToken ct = default) =>
        List("GetResourceShareAssociations", "resourceShareAssociations", w =>
        {
            w.WriteString("associationType", associationType);
            Arns(w, resourceShareArns);
        }, ResourceShareAssociation.FromJson, ct);

    public IAsyncEnumerable<ResourceSharePermission> ListResourceSharePermissionsAsync(string resourceShareArn, CancellationToken ct = default) =>
        List("ListResourceSharePermissions", "permissions", w => w.WriteString("resourceShareArn", resourceShareArn), ResourceSharePermission.FromJson, ct);

    private static string Owner(ResourceOwner owner) => owner == ResourceOwner.Self ? "SELF" : "OTHER-ACCOUNTS";

    private static void Arns(Utf8JsonWriter w, IReadOnlyList<string>? arns)
    {
        if (arns is not { Count: > 0 }) return;
        w.WriteStartArray("resourceShareArns");
        foreach (var a in arns) w.WriteStringValue(a);
        w.WriteEndArray();
    }

    private IAsyncEnumerable<T> List<T>(string operation, string itemsKey, Action<Utf8JsonWriter> members, Func<JsonElement, T> item, CancellationToken ct) =>
        Paginator.All<T>(async (token, t) =>
        {
            using var doc = await _transport.RestAsync(operation, HttpMethod.Post, operation.ToLowerInvariant(), null, w =>
            {
                members(w);
                w.WriteNumber("maxResults", PageSize);
                if (token is not null) w.WriteString("nextToken", token);
            }, t).ConfigureAwait(false);
            return (doc.RootElement.Array(itemsKey).Select(item).ToList(), doc.RootElement.Str("nextToken"));
        }, ct);
}
