using Scanner.AwsEmulator.Wire;

namespace Scanner.AwsEmulator.Handlers;

internal interface IEmulatedHandler
{
    EmulatedProtocol Protocol { get; }

    /// <summary>The operation a request names (by route, X-Amz-Target or Action), or null when unknown.</summary>
    string? Operation(EmulatedRequest request);

    EmulatedResponse Handle(EmulatedRequest request, string operation, EmulatedContext context);
}
