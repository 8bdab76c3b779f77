using System.Text.Json;

namespace Scanner.Collectors.Terraform.Plan;

/// <summary>
/// Which planned changes leave a resource in place after apply: create, update, no-op and both replace orders.
/// A delete-only change, a data-source read and a <c>forget</c> (removed from state, not managed any more) do not.
/// </summary>
internal static class ChangeActions
{
    public static bool WillExist(JsonElement? actions)
    {
        if (actions is not { ValueKind: JsonValueKind.Array } list) return false;
        foreach (var a in list.EnumerateArray())
        {
            if (a.ValueKind != JsonValueKind.String) continue;
            if (a.ValueEquals("create") || a.ValueEquals("update") || a.ValueEquals("no-op")) return true;
        }
        return false;
    }
}
