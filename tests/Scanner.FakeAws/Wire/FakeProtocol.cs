namespace Scanner.FakeAws.Wire;

internal enum FakeProtocol { RestJson, Json11, Ec2Query, AwsQuery }
