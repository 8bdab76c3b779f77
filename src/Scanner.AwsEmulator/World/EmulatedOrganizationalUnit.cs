namespace Scanner.AwsEmulator.World;

public sealed record EmulatedOrganizationalUnit(string Id, string Name, string ParentId);
