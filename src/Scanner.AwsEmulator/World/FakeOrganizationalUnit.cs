namespace Scanner.AwsEmulator.World;

public sealed record FakeOrganizationalUnit(string Id, string Name, string ParentId);
