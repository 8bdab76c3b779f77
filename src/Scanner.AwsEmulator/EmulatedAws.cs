using System.Collections.Concurrent;
using System.Security.Cryptography;
using Scanner.AwsEmulator.Handlers;
using Scanner.AwsEmulator.Validation;
using Scanner.AwsEmulator.Wire;
using Scanner.AwsEmulator.World;

namespace Scanner.AwsEmulator;

/// <summary>
/// AWS as the scanner sees it, without a network: answers the operations the scanner uses in their real wire protocols
/// (rest-json for VPC Lattice and RAM, awsJson1.1 for Organizations, EC2 query and STS query XML) from a
/// <see cref="EmulatedWorld"/>. Requests are routed by the SigV4 credential scope (service, region), signatures are verified
/// with the secret of the access key, AssumeRole issues per-account sessions, lists come in pages of
/// <see cref="PageSize"/>, faults are injected on demand, and every call is recorded. In <see cref="Strict"/> mode (the
/// default) every request is first validated against the service model (Models/&lt;service&gt;.json) and rejected with
/// the service's own error when AWS would reject it: see <see cref="RequestValidator"/>.
/// <see cref="RespondAsync"/> is the one entry point; <see cref="EmulatorHttpHandler"/> serves it to HTTP clients in
/// process, and a socket host can serve it too.
/// </summary>
internal sealed class EmulatedAws
{
    private readonly ConcurrentDictionary<string, EmulatedCredentials> _credentials = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<EmulatedCall> _calls = new();
    private readonly ConcurrentQueue<EmulatedExchange> _exchanges = new();
    private readonly ConcurrentDictionary<(string Account, string Region, string Service, string Operation), TokenBucket> _buckets = new();
    private readonly Dictionary<string, IEmulatedHandler> _handlers = new(StringComparer.Ordinal)
    {
        ["vpc-lattice"] = new LatticeHandler(),
        ["ram"] = new RamHandler(),
        ["organizations"] = new OrganizationsHandler(),
        ["ec2"] = new Ec2Handler(),
        ["sts"] = new StsHandler(),
    };
    private readonly EmulatedPageTokens _tokens = new();
    private int _sessions;

    public EmulatedAws(EmulatedWorld world)
    {
        World = world;
        ManagementCredentials = CreateStaticCredentials(world.ManagementAccountId, "AKIAFAKEMANAGEMENT01");
    }

    public EmulatedWorld World { get; }
    public EmulatedFaults Faults { get; } = new();

    /// <summary>
    /// Validate every request against the service model first, as AWS does (default true): protocol framing, operation,
    /// signing name and region, member locations, required members, enums, lengths, patterns, ranges, documented
    /// constraints. Off, the emulator answers whatever its handlers understand (for tests of a client's own framing).
    /// </summary>
    public bool Strict { get; set; } = true;

    /// <summary>Items per list page (default 2, so every paginator has to follow tokens).</summary>
    public int PageSize { get; set; } = 2;

    /// <summary>Added to every authenticated call before it is answered (a service's response time); zero by default.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// Requests per second each account may make to each API (service and operation) in each region before the service's
    /// throttling error, as a token bucket holding <see cref="RateLimitBurst"/> tokens (full at the key's first call), as
    /// AWS meters API rates per account and Region; null (default) = no limit.
    /// </summary>
    public double? RateLimitPerSecond { get; set; }

    /// <summary>Bucket size for <see cref="RateLimitPerSecond"/>; default: one second's worth.</summary>
    public double? RateLimitBurst { get; set; }

    /// <summary>Long-term keys of the organization's management account (the scanner's own credentials).</summary>
    public EmulatedCredentials ManagementCredentials { get; }

    public IReadOnlyList<EmulatedCall> Calls => _calls.ToArray();

    /// <summary>Every request and response body, in arrival order.</summary>
    public IReadOnlyList<EmulatedExchange> Exchanges => _exchanges.ToArray();

    /// <summary>Every secret and session token the emulator has issued (for leak checks).</summary>
    public IReadOnlyList<string> IssuedSecrets =>
        _credentials.Values.SelectMany(c => new[] { c.SecretAccessKey, c.SessionToken }).OfType<string>().ToArray();

    /// <summary>The environment a scan of this emulator needs: endpoint, static keys of the management account, region.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables(Uri endpoint, string region = "us-east-1") => new Dictionary<string, string>
    {
        ["AWS_ENDPOINT_URL"] = endpoint.ToString(),
        ["AWS_ACCESS_KEY_ID"] = ManagementCredentials.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = ManagementCredentials.SecretAccessKey,
        ["AWS_REGION"] = region,
    };

    public void ClearCalls()
    {
        _calls.Clear();
        _exchanges.Clear();
    }

    /// <summary>Forgets every rate-limit bucket (the next call of each key finds a full one).</summary>
    public void ResetRateLimits() => _buckets.Clear();

    /// <summary>Long-term keys for any account of the world (for scans as a member account).</summary>
    public EmulatedCredentials CreateStaticCredentials(string accountId, string? accessKeyId = null)
    {
        var key = accessKeyId ?? "AKIAFAKE" + accountId;
        var creds = new EmulatedCredentials(key, "fakeSecret/" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)), null, accountId,
            $"arn:aws:iam::{accountId}:user/scanner");
        _credentials[key] = creds;
        return creds;
    }

    /// <summary>
    /// Answers one HTTP request as AWS would: <paramref name="rawTarget"/> is the request target as sent (path and query,
    /// still encoded), header names in any case.
    /// </summary>
    public async Task<EmulatedResponse> RespondAsync(string method, string rawTarget, IEnumerable<KeyValuePair<string, string>> headers, byte[] body)
    {
        var q = rawTarget.IndexOf('?');
        var lowered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in headers) lowered[k.ToLowerInvariant()] = v;
        var scope = SigV4Verifier.Parse(lowered.GetValueOrDefault("authorization"));
        var request = new EmulatedRequest
        {
            Method = method,
            RawPath = q < 0 ? rawTarget : rawTarget[..q],
            RawQuery = q < 0 ? "" : rawTarget[q..],
            Headers = lowered,
            Body = body,
            Service = scope?.Service ?? "",
            Region = scope?.Region ?? "",
        };
        var response = await AnswerAsync(request, scope).ConfigureAwait(false);
        response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        return response;
    }

    private EmulatedCredentials IssueSession(string accountId, string roleName)
    {
        var n = Interlocked.Increment(ref _sessions);
        var creds = new EmulatedCredentials($"ASIAFAKE{n:D12}", "fakeSessionSecret/" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)),
            "fakeSessionToken/" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), accountId,
            $"arn:aws:sts::{accountId}:assumed-role/{roleName}/latticescan");
        _credentials[creds.AccessKeyId] = creds;
        return creds;
    }

    private async Task<EmulatedResponse> AnswerAsync(EmulatedRequest request, SigV4Verifier.Scope? scope)
    {
        if (scope is null) return EmulatedErrors.For(EmulatedProtocol.RestJson, "MissingAuthenticationTokenException", "Missing or unknown SigV4 credential scope.", 403);
        var model = Strict ? ServiceIdentifier.Identify(request) ?? ServiceModel.All.GetValueOrDefault(scope.Service) : null;
        var validation = model is null ? null : RequestValidator.Validate(model, request);
        if (model is not null && ScopeViolation(model, scope) is { } scoped) return Record(request, scope, validation!.Operation ?? "Unknown", scoped);
        if (!_handlers.TryGetValue(scope.Service, out var handler))
            return EmulatedErrors.For(EmulatedProtocol.RestJson, "MissingAuthenticationTokenException", "Missing or unknown SigV4 credential scope.", 403);
        var operation = handler.Operation(request) ?? "Unknown";
        var response = await AuthorizeAndHandleAsync(request, scope, handler, operation, model, validation).ConfigureAwait(false);
        return Record(request, scope, operation, response);
    }

    private EmulatedResponse Record(EmulatedRequest request, SigV4Verifier.Scope scope, string operation, EmulatedResponse response)
    {
        var call = new EmulatedCall(request.Caller?.AccountId, scope.Region, scope.Service, operation, response.Status, response.ErrorCode);
        _calls.Enqueue(call);
        _exchanges.Enqueue(new EmulatedExchange(call, request.Method, request.RawPath, request.RawQuery, request.Header("x-amz-target"), request.Body,
            response.ContentType, response.Body) { RequestHeaders = request.Headers });
        return response;
    }

    /// <summary>
    /// The credential scope must name the service the request is for (its model's signing name) and a region the emulator
    /// serves; global services (Organizations) are signed for us-east-1 only.
    /// </summary>
    private EmulatedResponse? ScopeViolation(ServiceModel model, SigV4Verifier.Scope scope)
    {
        if (model.SigningName != scope.Service)
            return ViolationResponses.Render(model, [new(ViolationKind.WrongSigningName, "",
                $"Credential should be scoped to correct service: '{model.SigningName}'.")]);
        var valid = model.Service == "organizations"
            ? scope.Region == "us-east-1"
            : World.AllRegions.Contains(scope.Region) || World.Accounts.Any(a => a.EnabledRegions.Contains(scope.Region));
        return valid ? null : ViolationResponses.Render(model, [new(ViolationKind.WrongRegion, "",
            $"Credential should be scoped to a valid region, not '{scope.Region}'.")]);
    }

    /// <param name="model">The service model in strict mode (null otherwise); it names the same service as the scope.</param>
    private async Task<EmulatedResponse> AuthorizeAndHandleAsync(EmulatedRequest request, SigV4Verifier.Scope scope, IEmulatedHandler handler, string operation,
        ServiceModel? model, RequestValidator.Result? validation)
    {
        if (model is not null && validation is not null)
        {
            // Framing first: a request AWS cannot route never reaches authentication.
            if (validation.Violations.FirstOrDefault(v => v.Kind is ViolationKind.UnknownOperation or ViolationKind.WrongProtocol) is { } unroutable)
                return ViolationResponses.Render(model, [unroutable]);
        }
        else if (operation == "Unknown")
            return EmulatedErrors.For(handler.Protocol, "UnknownOperationException", "The operation is not supported by this endpoint.", 404);
        if (!_credentials.TryGetValue(scope.AccessKeyId, out var creds)) return EmulatedErrors.InvalidToken(handler.Protocol);
        if (!SigV4Verifier.Verify(request, scope, creds.SecretAccessKey, out var canonical)) return EmulatedErrors.BadSignature(handler.Protocol, canonical);
        if (creds.SessionToken is not null && request.Header("x-amz-security-token") != creds.SessionToken)
            return EmulatedErrors.InvalidToken(handler.Protocol);
        request.Caller = creds;
        var account = World.Account(creds.AccountId);
        if (account is null || account.Status != "ACTIVE") return EmulatedErrors.InvalidToken(handler.Protocol);
        if (scope.Service != "organizations" && !account.EnabledRegions.Contains(scope.Region)) return EmulatedErrors.InvalidToken(handler.Protocol);
        if (model is not null && validation is { Violations.Count: > 0 }) return ViolationResponses.Render(model, validation.Violations);

        if (Latency > TimeSpan.Zero) await Task.Delay(Latency).ConfigureAwait(false);
        if (RateLimitPerSecond is { } rate && !TakeToken(creds.AccountId, scope.Region, scope.Service, operation, rate))
            return EmulatedErrors.Fault(handler.Protocol, scope.Service, EmulatedFaultKind.Throttle, operation);
        if (Faults.Take(scope.Service, operation, creds.AccountId, scope.Region) is { } fault)
        {
            if (fault.Kind == EmulatedFaultKind.Garbage)
                return new EmulatedResponse(200, handler.Protocol is EmulatedProtocol.Ec2Query or EmulatedProtocol.AwsQuery ? "text/xml" : "application/json",
                    "<html><body>502 Bad Gateway</body>"u8.ToArray());
            if (fault.Kind != EmulatedFaultKind.Delay) return EmulatedErrors.Fault(handler.Protocol, scope.Service, fault.Kind, operation);
            await Task.Delay(fault.Delay).ConfigureAwait(false);
        }
        var context = new EmulatedContext
        {
            World = World, Caller = account, Region = scope.Region, PageSize = PageSize, IssueSession = IssueSession,
            Operation = scope.Service + ":" + operation, Tokens = _tokens,
        };
        try
        {
            lock (World) return handler.Handle(request, operation, context);
        }
        catch (EmulatedViolationException e)
        {
            return ViolationResponses.Render(model ?? ServiceModel.All[scope.Service], [e.Violation]);
        }
        catch (EmulatedBadRequestException e)
        {
            return EmulatedErrors.For(handler.Protocol, e.Code, e.Message, e.Status, e.Reason is null ? null : w => w.WriteString("reason", e.Reason));
        }
        catch (EmulatedAccessDeniedException)
        {
            return EmulatedErrors.AccessDenied(handler.Protocol, scope.Service, operation);
        }
    }

    private bool TakeToken(string account, string region, string service, string operation, double rate)
    {
        var bucket = _buckets.GetOrAdd((account, region, service, operation), _ => new TokenBucket(RateLimitBurst ?? Math.Max(1, rate)));
        return bucket.TryTake(rate, System.Diagnostics.Stopwatch.GetTimestamp());
    }
}
