using System.Text.Json;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Organizations;

/// <summary>An organization member account (the SDK's <c>Account</c>). <see cref="Status"/>: ACTIVE, SUSPENDED, PENDING_CLOSURE.</summary>
public sealed record OrganizationAccount
{
    public required string Id { get; init; }
    public string? Arn { get; init; }
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Status { get; init; }

    /// <summary>The newer lifecycle field (PENDING_ACTIVATION, ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED) when present.</summary>
    public string? State { get; init; }

    /// <summary>ACTIVE by <see cref="State"/> when present, else by <see cref="Status"/>.</summary>
    public bool IsActive => (State ?? Status) == "ACTIVE";

    internal static OrganizationAccount FromJson(JsonElement e) => new()
    {
        Id = e.Str("Id") ?? "",
        Arn = e.Str("Arn"),
        Name = e.Str("Name"),
        Email = e.Str("Email"),
        Status = e.Str("Status"),
        State = e.Str("State"),
    };
}
