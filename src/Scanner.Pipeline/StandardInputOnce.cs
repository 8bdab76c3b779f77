using Scanner.Core.Collection;

namespace Scanner.Pipeline;

/// <summary>Standard input can be read once: a second input given as <c>-</c> is a usage error, not an empty file.</summary>
internal sealed class StandardInputOnce(Func<string> read)
{
    private string? _usedBy;

    public string Read(string flag)
    {
        if (_usedBy is not null) throw new InputException(flag, $"'-' (standard input) is already the input of {_usedBy}; it can be read only once");
        _usedBy = flag;
        return read();
    }
}
