namespace Scanner.Collectors.Aws.Ram;

/// <summary>RAM's required <c>resourceOwner</c>: shares the caller owns, or shares other accounts share with it.</summary>
public enum ResourceOwner
{
    /// <summary><c>SELF</c></summary>
    Self,
    /// <summary><c>OTHER-ACCOUNTS</c></summary>
    OtherAccounts,
}
