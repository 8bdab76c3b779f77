using System.Text.RegularExpressions;
using Scanner.AwsEmulator;
using Scanner.FakeAws;
using Scanner.AwsEmulator.Validation;
using static Scanner.FakeAws.FieldReportIds;

namespace Scanner.Collectors.Aws.Tests.StrictFake;

/// <summary>
/// The strict fake rejects, with the service's own error code, status and body shape, at least one request of every
/// class AWS rejects (<see cref="ViolationKind"/>); the near-miss valid request beside each is answered.
/// </summary>
public sealed class StrictFakeTests : IAsyncLifetime
{
    private FakeAwsServer _aws = null!;
    private EmulatedCredentials _provider = null!;
    private EmulatedCredentials _management = null!;

    public async Task InitializeAsync()
    {
        _aws = await FakeAwsServer.StartAsync(FakeScenarios.FieldReportOrganization());
        _provider = _aws.CreateStaticCredentials(Provider);
        _management = _aws.ManagementCredentials;
    }

    public async Task DisposeAsync() => await _aws.DisposeAsync();

    private Task<RawAwsResponse> Send(RawAwsRequest request, EmulatedCredentials? as_ = null) => request.SendAsync(_aws, as_ ?? _provider);

    private static void Rejected(RawAwsResponse r, int status, string code, string? messagePart = null)
    {
        Assert.True(r.Status == status && r.Code == code, $"expected {status} {code}, got {r.Status} {r.Code}: {r.Body}");
        if (messagePart is not null) Assert.Contains(messagePart, r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidRequests_EveryProtocol_Answered()
    {
        Assert.Equal(200, (await Send(RawAwsRequest.Rest("GET", $"/servicenetworkvpcassociations?vpcIdentifier=vpc-0c1a0000000000001&maxResults=100"))).Status);
        Assert.Equal(200, (await Send(RawAwsRequest.Ram("GetResourceShares", """{"resourceOwner":"SELF","maxResults":500}"""))).Status);
        Assert.Equal(200, (await Send(RawAwsRequest.Organizations("ListChildren", $$"""{"ParentId":"{{RootId}}","ChildType":"ACCOUNT","MaxResults":20}"""), _management)).Status);
        Assert.Equal(200, (await Send(RawAwsRequest.Query("ec2", "Action=DescribeSecurityGroups&Version=2016-11-15&MaxResults=1000&Filter.1.Name=group-id&Filter.1.Value.1=sg-1"))).Status);
        Assert.Equal(200, (await Send(RawAwsRequest.Query("sts", "Action=GetCallerIdentity&Version=2011-06-15", "us-east-1"), _management)).Status);
    }

    [Fact]
    public async Task UnknownOperation_EachProtocol_ServiceErrorCode()
    {
        Rejected(await Send(RawAwsRequest.Rest("GET", "/servicenetworkz")), 404, "UnknownOperationException");
        Rejected(await Send(RawAwsRequest.Rest("DELETE", $"/servicenetworks/{TokyoNetwork}")), 404, "UnknownOperationException");
        Rejected(await Send(RawAwsRequest.Organizations("ListHandshakesForAccount", "{}"), _management), 400, "UnknownOperationException");
        Rejected(await Send(RawAwsRequest.Query("ec2", "Action=DescribeInstances&Version=2016-11-15")), 400, "InvalidAction");
    }

    [Fact]
    public async Task WrongProtocol_JsonRpcToRestJsonAndRestToJsonRpc_Rejected()
    {
        var jsonRpc = new RawAwsRequest("POST", "/", "vpc-lattice", Tokyo) { Body = "{}", ContentType = "application/x-amz-json-1.1", Target = "VpcLattice.ListServiceNetworks" };
        Rejected(await Send(jsonRpc), 404, "UnknownOperationException", "X-Amz-Target");
        Rejected(await Send(RawAwsRequest.Rest("GET", "/accounts", "organizations", "us-east-1"), _management), 400, "SerializationException", "awsJson1.1");
        Rejected(await Send(RawAwsRequest.Organizations("ListAccounts", "{}") with { ContentType = "application/json" }, _management), 400, "SerializationException", "Content-Type");
        Rejected(await Send(RawAwsRequest.Query("ec2", "Action=DescribeRegions&Version=2014-10-01")), 400, "InvalidParameterValue", "Version must be 2016-11-15");
        var jsonToQuery = new RawAwsRequest("POST", "/", "sts", "us-east-1") { Body = "{\"Action\":\"GetCallerIdentity\"}", ContentType = "application/json" };
        Rejected(await Send(jsonToQuery, _management), 400, "InvalidParameterValue", "form-encoded");
    }

    [Fact]
    public async Task WrongSigningName_ScopeNamesAnotherService_InvalidSignature()
    {
        Rejected(await Send(RawAwsRequest.Rest("GET", "/servicenetworks?maxResults=100", service: "vpclattice")), 403, "InvalidSignatureException",
            "Credential should be scoped to correct service: 'vpc-lattice'");
        Rejected(await Send(RawAwsRequest.Ram("GetResourceShares", """{"resourceOwner":"SELF"}""") with { SigningName = "vpc-lattice" }), 403, "InvalidSignatureException",
            "'ram'");
        Rejected(await Send(RawAwsRequest.Query("ec2", "Action=DescribeRegions&Version=2016-11-15") with { SigningName = "ec2-api" }), 401, "AuthFailure", "'ec2'");
    }

    [Fact]
    public async Task WrongRegion_GlobalServiceOrUnknownRegion_InvalidSignature()
    {
        Rejected(await Send(RawAwsRequest.Organizations("DescribeOrganization", "{}", region: Tokyo), _management), 403, "InvalidSignatureException", "valid region");
        Rejected(await Send(RawAwsRequest.Rest("GET", "/servicenetworks", region: "mars-east-1")), 403, "InvalidSignatureException", "valid region");
        Rejected(await Send(RawAwsRequest.Query("sts", "Action=GetCallerIdentity&Version=2011-06-15", "us-east-7"), _management), 403, "SignatureDoesNotMatch", "valid region");
    }

    [Fact]
    public async Task MissingRequired_RequiredMemberAbsent_ServiceValidationError()
    {
        Rejected(await Send(RawAwsRequest.Ram("GetResourceShares", "{}")), 400, "InvalidParameterException", "Value null at 'resourceOwner'");
        Rejected(await Send(RawAwsRequest.Rest("GET", "/accesslogsubscriptions")), 400, "ValidationException", "resourceIdentifier");
        Rejected(await Send(RawAwsRequest.Organizations("ListChildren", $$"""{"ParentId":"{{RootId}}"}"""), _management), 400, "InvalidInputException", "ChildType");
        Rejected(await Send(RawAwsRequest.Query("sts", $"Action=AssumeRole&Version=2011-06-15&RoleArn=arn:aws:iam::{Provider}:role/{RoleName}", "us-east-1"), _management),
            400, "ValidationError", "RoleSessionName");
        var organizations = await Send(RawAwsRequest.Organizations("ListAccountsForParent", "{}"), _management);
        Assert.Equal("INPUT_REQUIRED", organizations.Json("Reason"));
    }

    [Fact]
    public async Task DocumentedConstraint_EitherFilterMissingOrExclusiveMembersTogether_Rejected()
    {
        var lattice = await Send(RawAwsRequest.Rest("GET", "/servicenetworkvpcassociations?maxResults=100"));
        Rejected(lattice, 400, "ValidationException", "You must provide either the ID of the service network identifier or the ID of the VPC.");
        Rejected(await Send(RawAwsRequest.Ram("GetResourceShareAssociations",
            $$"""{"associationType":"PRINCIPAL","resourceArn":"arn:aws:vpc-lattice:{{Tokyo}}:{{Provider}}:resourceconfiguration/{{AuroraConfig}}"}""")),
            400, "InvalidParameterException", "association type is PRINCIPAL");
        Rejected(await Send(RawAwsRequest.Query("ec2", $"Action=DescribeNetworkInterfaces&Version=2016-11-15&MaxResults=5&NetworkInterfaceId.1={RdsInterface}")),
            400, "InvalidParameterCombination", "in the same request");
    }

    [Fact]
    public async Task ServiceOperations_InvalidRequestsRejectedAndTheNearMissAnswered()
    {
        var network = $"arn:aws:vpc-lattice:{Tokyo}:{AppConsumer}:servicenetwork/{TokyoNetwork}";
        var orders = $"arn:aws:vpc-lattice:{Tokyo}:{Provider}:service/{OrdersService}";

        // ListServiceNetworkServiceAssociations: "You must provide either the service network identifier or the service identifier."
        Rejected(await Send(RawAwsRequest.Rest("GET", "/servicenetworkserviceassociations?maxResults=100")), 400, "ValidationException",
            "You must provide either the service network identifier or the service identifier.");
        Assert.Equal(200, (await Send(RawAwsRequest.Rest("GET", $"/servicenetworkserviceassociations?serviceIdentifier={Uri.EscapeDataString(orders)}&maxResults=100"))).Status);
        Assert.Equal(200, (await Send(RawAwsRequest.Rest("GET", $"/servicenetworkserviceassociations?serviceNetworkIdentifier={Uri.EscapeDataString(network)}"))).Status);
        Rejected(await Send(RawAwsRequest.Rest("GET", "/servicenetworkserviceassociations?serviceIdentifier=svc-short")), 400, "ValidationException", "serviceIdentifier");
        Rejected(await Send(RawAwsRequest.Rest("GET", "/servicenetworkserviceassociations") with { Body = $$"""{"serviceIdentifier":"{{OrdersService}}"}""" }),
            400, "ValidationException", "the model binds serviceIdentifier to the query string");

        // ListServices: no filters in the model, page size 1..100, tokens only as issued.
        Assert.Equal(200, (await Send(RawAwsRequest.Rest("GET", "/services?maxResults=100"))).Status);
        Rejected(await Send(RawAwsRequest.Rest("GET", "/services?maxResults=101")), 400, "ValidationException", "less than or equal to 100");
        Rejected(await Send(RawAwsRequest.Rest("GET", "/services?serviceNetworkIdentifier=" + TokyoNetwork)), 400, "ValidationException", "serviceNetworkIdentifier");
        Rejected(await Send(RawAwsRequest.Rest("GET", "/services?nextToken=tok-2")), 400, "ValidationException", "nextToken");

        // GetService: the identifier's pattern (id or ARN), and a well-formed one that does not exist.
        Assert.Equal(200, (await Send(RawAwsRequest.Rest("GET", "/services/" + OrdersService))).Status);
        Rejected(await Send(RawAwsRequest.Rest("GET", "/services/svc-short")), 400, "ValidationException", "regular expression pattern");
        Rejected(await Send(RawAwsRequest.Rest("GET", "/services/svc-0000000000000000z")), 404, "ResourceNotFoundException");

        // Owner-only reads of a service: the owner is answered, another account is denied.
        Assert.Equal(200, (await Send(RawAwsRequest.Rest("GET", "/accesslogsubscriptions?resourceIdentifier=" + Uri.EscapeDataString(orders)))).Status);
        Rejected(await Send(RawAwsRequest.Rest("GET", "/authpolicy/" + Uri.EscapeDataString(orders)), _aws.CreateStaticCredentials(Analytics)), 403, "AccessDeniedException");
    }

    [Fact]
    public async Task InvalidEnum_ValueOutsideTheModelsSet_Rejected()
    {
        Rejected(await Send(RawAwsRequest.Ram("GetResourceShares", """{"resourceOwner":"ME"}""")), 400, "InvalidParameterException", "enum value set: [SELF, OTHER-ACCOUNTS]");
        var organizations = await Send(RawAwsRequest.Organizations("ListChildren", $$"""{"ParentId":"{{RootId}}","ChildType":"USER"}"""), _management);
        Rejected(organizations, 400, "InvalidInputException");
        Assert.Equal("INVALID_ENUM", organizations.Json("Reason"));
    }

    [Fact]
    public async Task InvalidLength_TooShortOrTooLong_Rejected()
    {
        Rejected(await Send(RawAwsRequest.Query("sts", $"Action=AssumeRole&Version=2011-06-15&RoleArn=arn:aws:iam::{Provider}:role/{RoleName}&RoleSessionName=x", "us-east-1"), _management),
            400, "ValidationError", "length greater than or equal to 2");
        var longArn = $"arn:aws:vpc-lattice:{Tokyo}:{Provider}:resourceconfiguration/{AuroraConfig}" + new string('x', 200);
        Rejected(await Send(RawAwsRequest.Rest("GET", "/resourcepolicy/" + Uri.EscapeDataString(longArn))), 400, "ValidationException", "length less than or equal to 200");
    }

    [Fact]
    public async Task InvalidPattern_IdentifierNotOfTheModelsForm_Rejected()
    {
        Rejected(await Send(RawAwsRequest.Rest("GET", "/servicenetworks/sn-short")), 400, "ValidationException", "regular expression pattern");
        Rejected(await Send(RawAwsRequest.Rest("GET", "/servicenetworkvpcassociations?vpcIdentifier=vpc-1")), 400, "ValidationException", "vpcIdentifier");
        var organizations = await Send(RawAwsRequest.Organizations("ListAccountsForParent", """{"ParentId":"root"}"""), _management);
        Rejected(organizations, 400, "InvalidInputException");
        Assert.Equal("INVALID_PATTERN", organizations.Json("Reason"));
    }

    [Fact]
    public async Task OutOfRange_MaxResultsAboveTheModelsMaximum_Rejected()
    {
        Rejected(await Send(RawAwsRequest.Rest("GET", "/resourcegateways?maxResults=101")), 400, "ValidationException", "less than or equal to 100");
        Rejected(await Send(RawAwsRequest.Ram("ListResources", """{"resourceOwner":"SELF","maxResults":501}""")), 400, "InvalidParameterException", "less than or equal to 500");
        var organizations = await Send(RawAwsRequest.Organizations("ListAccounts", """{"MaxResults":21}"""), _management);
        Rejected(organizations, 400, "InvalidInputException");
        Assert.Equal("MAX_VALUE_EXCEEDED", organizations.Json("Reason"));
        Rejected(await Send(RawAwsRequest.Query("ec2", "Action=DescribeSecurityGroups&Version=2016-11-15&MaxResults=1001")), 400, "InvalidParameterValue", "less than or equal to 1000");
        Rejected(await Send(RawAwsRequest.Query("ec2", "Action=DescribeNetworkInterfaces&Version=2016-11-15&MaxResults=4")), 400, "InvalidParameterValue", "greater than or equal to 5");
    }

    [Fact]
    public async Task InvalidType_TextForAnInteger_Rejected()
    {
        var r = await Send(RawAwsRequest.Rest("GET", "/resourcegateways?maxResults=all"));
        Rejected(r, 400, "ValidationException");
        Assert.Equal("cannotParse", r.Json("reason"));
        Rejected(await Send(RawAwsRequest.Ram("GetResourceShares", """{"resourceOwner":"SELF","maxResults":"10"}""")), 400, "InvalidParameterException", "integer");
    }

    [Fact]
    public async Task UnknownMember_NotInTheInputShape_Rejected()
    {
        var lattice = await Send(RawAwsRequest.Rest("GET", "/resourcegateways?maxResults=10&owner=self"));
        Rejected(lattice, 400, "ValidationException", "owner");
        Rejected(await Send(RawAwsRequest.Ram("GetResourceShares", """{"resourceOwner":"SELF","owner":"me"}""")), 400, "InvalidParameterException", "owner");
        Rejected(await Send(RawAwsRequest.Organizations("ListAccounts", """{"Filter":"ACTIVE"}"""), _management), 400, "SerializationException", "Filter");
        Rejected(await Send(RawAwsRequest.Query("ec2", "Action=DescribeVpcEndpoints&Version=2016-11-15&VpcEndpointType=Resource")), 400, "UnknownParameter", "VpcEndpointType");
    }

    [Fact]
    public async Task WrongLocation_MemberSentWhereItsBindingIsNot_Rejected()
    {
        var inBody = RawAwsRequest.Rest("GET", "/servicenetworkvpcassociations") with { Body = $$"""{"serviceNetworkIdentifier":"{{TokyoNetwork}}"}""" };
        Rejected(await Send(inBody), 400, "ValidationException", "the model binds serviceNetworkIdentifier to the query string");
        Rejected(await Send(RawAwsRequest.Ram("GetResourceShares", "{}") with { PathAndQuery = "/getresourceshares?resourceOwner=SELF" }),
            400, "InvalidParameterException", "the model binds resourceOwner to the JSON body");
        Rejected(await Send(RawAwsRequest.Query("ec2", "Action=DescribeRegions&Version=2016-11-15") with { PathAndQuery = "/?AllRegions=true" }),
            400, "UnknownParameter", "form body");
    }

    [Fact]
    public async Task InvalidNextToken_NeverIssuedOrIssuedForAnotherList_Rejected()
    {
        Rejected(await Send(RawAwsRequest.Rest("GET", "/resourceconfigurations?nextToken=tok-2")), 400, "ValidationException", "nextToken");
        Rejected(await Send(RawAwsRequest.Ram("GetResourceShares", """{"resourceOwner":"SELF","nextToken":"tok-2"}""")), 400, "InvalidNextTokenException");
        var organizations = await Send(RawAwsRequest.Organizations("ListAccounts", """{"NextToken":"tok-2"}"""), _management);
        Rejected(organizations, 400, "InvalidInputException");
        Assert.Equal("INVALID_NEXT_TOKEN", organizations.Json("Reason"));
        Rejected(await Send(RawAwsRequest.Query("ec2", "Action=DescribeSecurityGroups&Version=2016-11-15&NextToken=tok-2")), 400, "InvalidPaginationToken");

        var first = await Send(RawAwsRequest.Rest("GET", "/resourceconfigurations"));
        var token = first.Json("nextToken");
        Assert.False(string.IsNullOrEmpty(token), first.Body);
        Assert.Equal(200, (await Send(RawAwsRequest.Rest("GET", "/resourceconfigurations?nextToken=" + Uri.EscapeDataString(token!)))).Status);
        Rejected(await Send(RawAwsRequest.Rest("GET", "/resourcegateways?nextToken=" + Uri.EscapeDataString(token!))), 400, "ValidationException", "nextToken");
    }

    [Fact]
    public async Task StrictOff_MaxResultsAboveTheModelsMaximum_AnsweredByTheHandler()
    {
        var request = RawAwsRequest.Rest("GET", "/resourcegateways?maxResults=101");
        Rejected(await Send(request), 400, "ValidationException");

        _aws.Strict = false;

        Assert.Equal(200, (await Send(request)).Status);
    }

    [Fact]
    public void DocumentedConstraints_EachSentence_StandsInTheModelDocumentation()
    {
        foreach (var c in DocumentedConstraints.All)
        {
            var model = ServiceModel.All.Values.Single(m => m.Service == c.Service);
            var operation = model.Operations[c.Operation];
            var text = Plain(operation.Documentation);
            if (operation.InputShape is { } input && model.Shape(input).TryGetProperty("members", out var members))
                foreach (var m in members.EnumerateObject())
                    if (m.Value.TryGetProperty("documentation", out var doc)) text += " " + Plain(doc.GetString()!);
            Assert.True(text.Contains(c.Sentence, StringComparison.Ordinal), $"{c.Service}:{c.Operation}: '{c.Sentence}' is not in the model's documentation");
            foreach (var member in c.Members.Append(c.WhenMember).OfType<string>())
                Assert.True(model.Shape(operation.InputShape!).GetProperty("members").TryGetProperty(member, out _), $"{c.Operation} has no member {member}");
        }
    }

    [Fact]
    public void DocumentedConstraints_EveryEitherOrCannotSpecifySentenceOfAServedOperation_IsInTheTable()
    {
        var sentence = new Regex(@"(You must provide either|You cannot specify)[^.]*\.", RegexOptions.CultureInvariant);
        var missing = new List<string>();
        foreach (var model in ServiceModel.All.Values)
            foreach (var operation in model.Operations.Values)
            {
                var texts = new List<string> { operation.Documentation };
                if (operation.InputShape is { } input && model.Shape(input).TryGetProperty("members", out var members))
                    texts.AddRange(members.EnumerateObject().Where(m => m.Value.TryGetProperty("documentation", out _)).Select(m => m.Value.GetProperty("documentation").GetString()!));
                foreach (Match m in texts.SelectMany(t => sentence.Matches(Plain(t))))
                    if (!DocumentedConstraints.For(model.Service, operation.Name).Any(c => c.Sentence == m.Value))
                        missing.Add($"{model.Service}:{operation.Name}: {m.Value}");
            }

        Assert.True(missing.Count == 0, "constraints stated in the models but not enforced by the fake:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Models_EveryOperationTheCollectorCalls_IsServedByAModel()
    {
        foreach (var p in AwsPermissions.All)
            Assert.True(ServiceModel.All.TryGetValue(p.Service, out var model) && model.Operations.ContainsKey(p.Operation), $"{p.IamAction} has no model operation");
    }

    private static string Plain(string html) => Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), @"\s+", " ").Replace(" .", ".", StringComparison.Ordinal).Trim();
}
