using System.Security.Cryptography;
using System.Text;
using Scanner.Core.Findings;
using Scanner.Reporting.Common;

namespace Scanner.Reporting.Sarif;

/// <summary>
/// The default GitHub analysis category (<c>automationDetails.id</c>): stable for the same scope, distinct for
/// scopes that are uploaded separately. Live scans: <c>latticescan/aws/&lt;account&gt;/</c> for one account,
/// <c>latticescan/aws/accounts-&lt;12 hex of sha256 over the sorted accounts&gt;/</c> for several. IaC scans:
/// <c>latticescan/terraform/</c> plus the input files' common folder when it lies inside the repository.
/// Several sources are joined with '+', in ordinal order.
/// </summary>
internal static class AutomationIds
{
    private static readonly string[] LiveSources = ["aws", "inventory"];

    public static string For(ScanReport report, ReportOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.AutomationId))
            return options.AutomationId.EndsWith('/') ? options.AutomationId : options.AutomationId + "/";
        var sources = report.Sources.Select(s => Sanitize(s.Trim().ToLowerInvariant())).Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var id = "latticescan/" + (sources.Count == 0 ? "scan" : string.Join('+', sources)) + "/";
        if (sources.Any(s => LiveSources.Contains(s)))
        {
            var accounts = report.Accounts.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal).ToList();
            if (accounts.Count == 1) id += Sanitize(accounts[0]) + "/";
            else if (accounts.Count > 1)
                id += "accounts-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', accounts))))[..12] + "/";
        }
        else
        {
            var folder = CommonFolder(report.InputFiles, options);
            if (folder.Length > 0) id += folder + "/";
        }
        return id;
    }

    private static string CommonFolder(IReadOnlyList<string> inputFiles, ReportOptions options)
    {
        var (root, cwd) = (options.RepositoryRoot, options.WorkingDirectory);
        if (inputFiles.Count == 0 || inputFiles.Any(f => !RepositoryPaths.IsInside(f, root, cwd))) return "";
        var folders = inputFiles.Select(f =>
        {
            var rel = RepositoryPaths.ToRelative(f, root, cwd).Split('/');
            // A directory given as input counts as a folder; a file contributes its parent.
            var isDir = Directory.Exists(Path.GetFullPath(f, Path.GetFullPath(cwd ?? root)));
            return isDir ? rel : rel[..^1];
        }).ToList();
        var common = new List<string>();
        for (var i = 0; folders.All(p => p.Length > i) && folders.All(p => p[i] == folders[0][i]); i++) common.Add(folders[0][i]);
        return string.Join('/', common.Select(Sanitize));
    }

    private static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '~' or '-' ? c : '_');
        return sb.ToString();
    }
}
