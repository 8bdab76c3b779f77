using Scanner.AwsEmulator.Wire;

namespace Scanner.AwsEmulator.Handlers;

internal interface IFakeHandler
{
    FakeProtocol Protocol { get; }

    /// <summary>The operation a request names (by route, X-Amz-Target or Action), or null when unknown.</summary>
    string? Operation(FakeRequest request);

    FakeResponse Handle(FakeRequest request, string operation, FakeContext context);
}
