using Scanner.Core.Inventory;
using Scanner.Core.Schema;

namespace Scanner.Core.Normalisation;

/// <summary>
/// Which identity goes where, for every source alike. A resource's identity (kind, origin, key, ARN, id, name,
/// address, account, region) lives in the <see cref="Resource"/>'s own fields, which rule paths read first; the
/// property map repeats none of it. The one exception is an identity value the source does not know yet (a name
/// known only after apply, a <c>Name</c> built from an unresolved parameter): a field cannot hold "unknown", so the
/// map carries it, and a rule on <c>name</c> sees unknown rather than absent.
/// </summary>
public static class IdentityProperties
{
    /// <summary>The identity names a property map must not carry as known values.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        CommonProperties.Kind.Name, CommonProperties.Origin.Name, CommonProperties.Arn.Name, CommonProperties.Id.Name,
        CommonProperties.Name.Name, CommonProperties.Address.Name, CommonProperties.AccountId.Name, CommonProperties.Region.Name,
    ];

    /// <summary>The map member for an identity value: the value when it is unknown, else nothing (null).</summary>
    public static Value? MapMember(Value? value) => value is { IsUnknown: true } ? Value.Unknown : null;

    /// <summary>The field for an identity value: its text when it is a known string.</summary>
    public static string? Field(Value? value) => value is { IsString: true } s ? s.AsString : null;
}
