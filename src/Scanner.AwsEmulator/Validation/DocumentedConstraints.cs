namespace Scanner.AwsEmulator.Validation;

/// <summary>
/// The constraints the served operations' documentation states and their shapes do not encode, each derived from
/// the quoted sentence (tags stripped) in Models/&lt;service&gt;.json. Found by reading every served operation's and
/// input member's documentation for "must", "either", "cannot".
/// </summary>
public static class DocumentedConstraints
{
    public static IReadOnlyList<DocumentedConstraint> All { get; } =
    [
        new("vpc-lattice", "ListServiceNetworkVpcAssociations", ConstraintRule.AtLeastOne, ["serviceNetworkIdentifier", "vpcIdentifier"],
            "You must provide either the ID of the service network identifier or the ID of the VPC."),
        new("vpc-lattice", "ListServiceNetworkServiceAssociations", ConstraintRule.AtLeastOne, ["serviceNetworkIdentifier", "serviceIdentifier"],
            "You must provide either the service network identifier or the service identifier."),
        new("ram", "GetResourceShareAssociations", ConstraintRule.ForbiddenWhen, ["resourceArn"],
            "You cannot specify this parameter if the association type is PRINCIPAL.") { WhenMember = "associationType", WhenValue = "PRINCIPAL" },
        new("ram", "GetResourceShareAssociations", ConstraintRule.ForbiddenWhen, ["principal"],
            "You cannot specify this parameter if the association type is RESOURCE.") { WhenMember = "associationType", WhenValue = "RESOURCE" },
        new("ec2", "DescribeNetworkInterfaces", ConstraintRule.NotTogether, ["MaxResults", "NetworkInterfaceIds"],
            "You cannot specify this parameter and the network interface IDs parameter in the same request."),
    ];

    public static IEnumerable<DocumentedConstraint> For(string service, string operation) =>
        All.Where(c => c.Service == service && c.Operation == operation);
}
