namespace Scanner.FakeAws.Wire;

/// <summary>Thrown by handlers for a client error; the server renders it in the protocol's error shape.</summary>
internal sealed class FakeBadRequestException(string code, string message, int status = 400) : Exception(message)
{
    public string Code { get; } = code;
    public int Status { get; } = status;
}
