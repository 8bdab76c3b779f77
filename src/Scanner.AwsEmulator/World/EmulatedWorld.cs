namespace Scanner.AwsEmulator.World;

/// <summary>
/// Everything the AWS emulator knows: an organization (id, root, OUs, management account), accounts inside and outside
/// it, and what each account owns per region. Handlers read it; tests build and mutate it.
/// </summary>
public sealed class EmulatedWorld
{
    public EmulatedWorld(string organizationId, string managementAccountId, string rootId = "r-ab12")
    {
        OrganizationId = organizationId;
        ManagementAccountId = managementAccountId;
        RootId = rootId;
    }

    public string OrganizationId { get; }
    public string ManagementAccountId { get; }
    public string RootId { get; }

    /// <summary>Regions DescribeRegions lists (each account enables a subset).</summary>
    public List<string> AllRegions { get; } = [];
    public List<EmulatedOrganizationalUnit> OrganizationalUnits { get; } = [];
    public List<EmulatedAccount> Accounts { get; } = [];

    public string OrganizationArn => $"arn:aws:organizations::{ManagementAccountId}:organization/{OrganizationId}";
    public string OuArn(string ouId) => $"arn:aws:organizations::{ManagementAccountId}:ou/{OrganizationId}/{ouId}";

    public EmulatedAccount? Account(string id)
    {
        // Indexed by id; the index is rebuilt when accounts were added or removed (tests add them to the list directly).
        if (_byId is null || _indexed != Accounts.Count)
        {
            _byId = new Dictionary<string, EmulatedAccount>(StringComparer.Ordinal);
            foreach (var a in Accounts) _byId.TryAdd(a.Id, a);
            _indexed = Accounts.Count;
        }
        return _byId.GetValueOrDefault(id);
    }

    private Dictionary<string, EmulatedAccount>? _byId;
    private int _indexed;

    public EmulatedAccount AddAccount(string id, string name, string? parentId = null, params string[] regions)
    {
        var a = new EmulatedAccount(id, name) { ParentId = parentId ?? RootId };
        foreach (var r in regions.Length > 0 ? regions : AllRegions.ToArray()) a.EnabledRegions.Add(r);
        Accounts.Add(a);
        return a;
    }

    /// <summary>The OU chain of an account (its parent OU, that OU's parent, … up to the root).</summary>
    public IEnumerable<string> ParentChain(EmulatedAccount account)
    {
        var id = account.ParentId;
        while (id is not null)
        {
            yield return id;
            id = OrganizationalUnits.FirstOrDefault(o => o.Id == id)?.ParentId;
        }
    }

    /// <summary>True when a share principal (account id, organization ARN, OU ARN) covers the account.</summary>
    public bool PrincipalCovers(string principal, EmulatedAccount account)
    {
        if (principal == account.Id) return true;
        if (!account.InOrganization || account.Status != "ACTIVE") return false;
        if (principal == OrganizationArn) return true;
        return ParentChain(account).Any(p => principal == OuArn(p));
    }

    /// <summary>True when the principal lies outside the organization of the share owner (RAM's external flag).</summary>
    public bool IsExternal(string principal)
    {
        if (principal.StartsWith("arn:aws:organizations::", StringComparison.Ordinal)) return false;
        var a = Account(principal);
        return a is null || !a.InOrganization;
    }

    public IEnumerable<EmulatedRegion> RegionsNamed(string region) =>
        Accounts.Select(a => a.Region(region));
}
