namespace Scanner.Collectors.Aws.Tests.Security;

/// <summary>Tests that change the process environment run in this collection, alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironmentCollection), DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection;
