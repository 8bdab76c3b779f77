using System.Web;
using Scanner.AwsEmulator.Wire;

namespace Scanner.AwsEmulator.Validation;

/// <summary>
/// Tells which service a request is for from the request alone (X-Amz-Target prefix, query Action and Version, or a
/// rest-json method and path), the way AWS knows it from the host name; the emulator has one host for all services, so
/// this is what the SigV4 credential scope is checked against.
/// </summary>
internal static class ServiceIdentifier
{
    public static ServiceModel? Identify(EmulatedRequest request)
    {
        var models = ServiceModel.All.Values;
        if (request.Header("x-amz-target") is { } target && target.LastIndexOf('.') is > 0 and var dot)
            return models.FirstOrDefault(m => m.TargetPrefix == target[..dot]);
        if (request.Header("content-type")?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = HttpUtility.ParseQueryString(request.BodyText);
            var action = form["Action"];
            var version = form["Version"];
            var candidates = models.Where(m => m.Protocol is "ec2" or "query" && action is not null && m.Operations.ContainsKey(action)).ToList();
            return candidates.FirstOrDefault(m => m.ApiVersion == version) ?? (candidates.Count == 1 ? candidates[0] : null);
        }
        return models.FirstOrDefault(m => m.Protocol == "rest-json" && m.Operations.Values.Any(o => o.Method == request.Method && o.Bind(request.RawPath) is not null));
    }
}
