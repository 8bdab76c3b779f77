namespace Scanner.AwsEmulator.Wire;

internal enum EmulatedProtocol { RestJson, Json11, Ec2Query, AwsQuery }
