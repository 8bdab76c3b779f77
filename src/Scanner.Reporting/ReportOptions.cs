namespace Scanner.Reporting;

/// <summary>Settings shared by the file report writers (SARIF, JSON).</summary>
public sealed record ReportOptions
{
    /// <summary>
    /// IaC file paths are made relative to this folder (forward slashes, percent-encoded in SARIF, no <c>./</c> or
    /// leading <c>/</c>). Default: the current directory, which is the checkout root in CI.
    /// </summary>
    public string RepositoryRoot { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// The folder relative input paths were given from (the CLI's working directory). Null: the
    /// <see cref="RepositoryRoot"/> itself.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// When set, every rule's SARIF <c>helpUri</c> is this base + rule id + <c>.md</c> (a <c>/</c> is added to
    /// the base when missing), e.g. <c>https://github.com/latticescan/latticescan/blob/main/docs/rules/</c>.
    /// When null, a rule's own absolute http(s) <c>HelpUri</c> is used if it has one; otherwise no helpUri.
    /// </summary>
    public string? HelpUriBase { get; init; }

    /// <summary>
    /// SARIF <c>automationDetails.id</c> (GitHub's analysis category; a trailing <c>/</c> is added when missing).
    /// Default: derived from the report's sources — <c>latticescan/terraform/&lt;input dir&gt;/</c>,
    /// <c>latticescan/aws/&lt;account&gt;/</c> or <c>latticescan/aws/accounts-&lt;hash&gt;/</c>. Scopes uploaded by
    /// separate jobs need distinct values, or each upload closes the other's alerts.
    /// </summary>
    public string? AutomationId { get; init; }

    /// <summary>
    /// Leave <c>automationDetails</c> out, so the uploader's category (GitHub upload-sarif <c>category:</c>) applies:
    /// GitHub ignores the input when the SARIF sets <c>automationDetails.id</c> itself.
    /// </summary>
    public bool OmitAutomationDetails { get; init; }

    /// <summary>
    /// Whether baseline findings this scan no longer produces appear in SARIF (<c>baselineState: absent</c>,
    /// <c>kind: pass</c>, <c>level: none</c>: fixed, never a failure). Default <c>false</c>: GitHub would show them as results.
    /// </summary>
    public bool IncludeAbsentInSarif { get; init; }

    /// <summary>
    /// Whether suppressed findings appear in SARIF (as results carrying <c>suppressions</c>). Default <c>false</c>:
    /// GitHub code scanning ignores <c>suppressions</c> and would open an alert for every suppressed finding.
    /// Set it for consumers that read <c>suppressions</c> (SARIF viewers).
    /// The JSON report always contains suppressed findings.
    /// </summary>
    public bool IncludeSuppressedInSarif { get; init; }
}
