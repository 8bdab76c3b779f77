namespace Scanner.Reporting.Markdown;

/// <summary>Settings of the Markdown summary (job summaries and pull-request comments).</summary>
public sealed record MarkdownOptions
{
    /// <summary>
    /// The most characters the summary may have. Default 60,000: below GitHub's 65,536-character limit for a
    /// pull-request comment (a job summary may hold 1 MiB). Rows past the cap are counted, not shown.
    /// </summary>
    public int MaxCharacters { get; init; } = 60_000;

    /// <summary>
    /// Prefix for file links (<c>https://github.com/org/repo/blob/SHA/</c>); null: links relative to the
    /// repository root, as the paths are.
    /// </summary>
    public string? LinkBase { get; init; }

    /// <summary>Where the full report is (a path or URL), named when the summary leaves rows out; null: none was written.</summary>
    public string? FullReport { get; init; }
}
