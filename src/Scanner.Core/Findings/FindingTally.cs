namespace Scanner.Core.Findings;

/// <summary>
/// Counts of findings by severity, open and suppressed, taken in one pass: summaries need them before they list the
/// findings, and a <see cref="FindingStore"/> in a temporary file is read once for all of them rather than once per count.
/// </summary>
public sealed class FindingTally
{
    private const int Severities = (int)Severity.Critical + 1;
    private readonly int[] _open = new int[Severities];
    private readonly int[] _suppressed = new int[Severities];

    private FindingTally() { }

    public static FindingTally Of(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var tally = new FindingTally();
        foreach (var f in findings)
        {
            tally.Total++;
            if (f.Suppression is null)
            {
                tally._open[(int)f.Severity]++;
                tally.Open++;
            }
            else
            {
                tally._suppressed[(int)f.Severity]++;
                tally.Suppressed++;
            }
        }
        return tally;
    }

    public int Total { get; private set; }

    /// <summary>Findings without a suppression.</summary>
    public int Open { get; private set; }

    public int Suppressed { get; private set; }

    public int OpenOf(Severity severity) => _open[(int)severity];

    public int SuppressedOf(Severity severity) => _suppressed[(int)severity];
}
