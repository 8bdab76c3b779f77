using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// What a reader holds besides its nodes, for the input's <see cref="InputMemoryBudget"/>: its text pool and the
/// packer's table (<see cref="NodePacker.TableBytes"/>), which outlive the definitions they were made for. Held when a
/// definition has been packed or outlined (after its nodes are let go, so they are not let go with them); the pool is
/// let go when the reading ends (the values made from its texts count them again, <see cref="ValuePool"/>).
/// </summary>
internal sealed class ReaderTables(InputMemoryBudget? budget, StringPool strings, NodePacker? packer)
{
    // What was held for each so far (the budget is not told of the tables themselves: it outlives the reader's pool).
    private long _strings, _packer;

    /// <summary>Holds what the tables grew by since they were last held.</summary>
    public void Hold()
    {
        if (budget is null) return;
        budget.Hold(strings.HeldBytes - _strings + (packer?.TableBytes ?? 0) - _packer);
        _strings = strings.HeldBytes;
        _packer = packer?.TableBytes ?? 0;
    }

    /// <summary>The reading is over: the reader's pool goes with the reader.</summary>
    public void Finish()
    {
        Hold();
        budget?.Release(_strings);
    }
}
