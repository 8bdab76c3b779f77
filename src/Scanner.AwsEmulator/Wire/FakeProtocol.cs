namespace Scanner.AwsEmulator.Wire;

internal enum FakeProtocol { RestJson, Json11, Ec2Query, AwsQuery }
