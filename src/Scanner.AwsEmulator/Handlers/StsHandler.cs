using System.Globalization;
using Scanner.AwsEmulator.Wire;
using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator.Handlers;

/// <summary>STS (awsQuery, API 2011-06-15): GetCallerIdentity and AssumeRole issuing per-account sessions.</summary>
internal sealed class StsHandler : IEmulatedHandler
{
    private const string Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    public EmulatedProtocol Protocol => EmulatedProtocol.AwsQuery;

    public string? Operation(EmulatedRequest request) =>
        request.Method == "POST" && request.Form().GetValueOrDefault("Action") is { } a && (a == "AssumeRole" || a == "GetCallerIdentity") ? a : null;

    public EmulatedResponse Handle(EmulatedRequest request, string operation, EmulatedContext ctx)
    {
        var form = request.Form();
        return operation == "GetCallerIdentity" ? CallerIdentity(request) : AssumeRole(form, ctx);
    }

    private static EmulatedResponse CallerIdentity(EmulatedRequest request)
    {
        var c = request.Caller!;
        var x = new XmlOut().Open("GetCallerIdentityResponse", Ns).Open("GetCallerIdentityResult")
            .Leaf("Arn", c.PrincipalArn).Leaf("UserId", c.AccessKeyId).Leaf("Account", c.AccountId)
            .Close("GetCallerIdentityResult").Open("ResponseMetadata").Leaf("RequestId", Guid.NewGuid().ToString()).Close("ResponseMetadata")
            .Close("GetCallerIdentityResponse");
        return EmulatedResponse.Xml(x.ToString());
    }

    private static EmulatedResponse AssumeRole(Dictionary<string, string> form, EmulatedContext ctx)
    {
        var roleArn = form.GetValueOrDefault("RoleArn") ?? throw new EmulatedBadRequestException("ValidationError", "RoleArn is required");
        var session = form.GetValueOrDefault("RoleSessionName") ?? throw new EmulatedBadRequestException("ValidationError", "RoleSessionName is required");
        var parts = roleArn.Split(':');
        var account = parts.Length == 6 ? ctx.World.Account(parts[4]) : null;
        var roleName = parts.Length == 6 && parts[5].StartsWith("role/", StringComparison.Ordinal) ? parts[5][5..] : null;
        if (account is null || roleName is null || account.Status != "ACTIVE" || !account.RoleNames.Contains(roleName) ||
            (account.RequiredExternalId is { } ext && form.GetValueOrDefault("ExternalId") != ext))
            throw new EmulatedBadRequestException("AccessDenied",
                $"User: {ctx.Caller.Id} is not authorized to perform: sts:AssumeRole on resource: {roleArn}", 403);
        var creds = ctx.IssueSession(account.Id, roleName);
        var x = new XmlOut().Open("AssumeRoleResponse", Ns).Open("AssumeRoleResult")
            .Open("Credentials").Leaf("AccessKeyId", creds.AccessKeyId).Leaf("SecretAccessKey", creds.SecretAccessKey)
            .Leaf("SessionToken", creds.SessionToken).Leaf("Expiration", DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            .Close("Credentials")
            .Open("AssumedRoleUser").Leaf("AssumedRoleId", "AROAFAKE:" + session).Leaf("Arn", creds.PrincipalArn).Close("AssumedRoleUser")
            .Leaf("PackedPolicySize", 0)
            .Close("AssumeRoleResult").Open("ResponseMetadata").Leaf("RequestId", Guid.NewGuid().ToString()).Close("ResponseMetadata")
            .Close("AssumeRoleResponse");
        return EmulatedResponse.Xml(x.ToString());
    }
}
