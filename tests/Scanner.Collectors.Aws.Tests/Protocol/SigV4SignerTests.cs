using System.Text;
using Amazon.Runtime;
using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Tests.Protocol;

public sealed class SigV4SignerTests
{
    [Fact]
    public void Sign_AwsSuiteGetVanilla_MatchesPublishedSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");
        var credentials = new ImmutableCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);

        SigV4Signer.Sign(request, [], credentials, "us-east-1", "service", new DateTime(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc));

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, " +
                     "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            request.Headers.GetValues("Authorization").Single());
    }

    [Fact]
    public void CanonicalPath_ArnLabelEncodedOnce_IsEncodedAgainForSigning()
    {
        var arn = "arn:aws:vpc-lattice:us-east-1:111122223333:resourceconfiguration/rcfg-0123456789abcdef0";
        var uri = new Uri("https://vpc-lattice.us-east-1.amazonaws.com/resourcepolicy/" + SigV4Signer.UriEncode(arn));

        Assert.Equal("/resourcepolicy/arn%253Aaws%253Avpc-lattice%253Aus-east-1%253A111122223333%253Aresourceconfiguration%252Frcfg-0123456789abcdef0",
            SigV4Signer.CanonicalPath(uri));
    }

    [Fact]
    public void Sign_SessionCredentials_SignsTheSecurityToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://ram.us-east-1.amazonaws.com/getresourceshares")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{}")) { Headers = { ContentType = new("application/json") } },
        };

        SigV4Signer.Sign(request, "{}"u8, new ImmutableCredentials("ASIAX", "secret", "token-1"), "us-east-1", "ram", DateTime.UtcNow);

        Assert.Equal("token-1", request.Headers.GetValues("X-Amz-Security-Token").Single());
        Assert.Contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,", request.Headers.GetValues("Authorization").Single());
    }
}
