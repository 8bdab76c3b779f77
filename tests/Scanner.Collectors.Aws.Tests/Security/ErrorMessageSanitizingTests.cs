using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Tests.Security;

/// <summary>Service error text that echoes a credential or token never reaches a diagnostic, log or report as is.</summary>
public sealed class ErrorMessageSanitizingTests
{
    private const string SessionToken = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDx8Z3Kp7Yq1Nf9mL2sT4uV6wX8yZ0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5eF6gH7iJ8kL9mN0";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    [Theory]
    [InlineData("The security token included in the request is invalid: X-Amz-Security-Token=" + SessionToken)]
    [InlineData("Invalid session token " + SessionToken + " for user")]
    [InlineData("Credential=AKIAIOSFODNN7EXAMPLE/20261204/us-east-1/vpc-lattice/aws4_request, Signature=abcdef0123456789")]
    [InlineData("secretAccessKey: \"" + SecretKey + "\" was rejected")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc")]
    [InlineData("access key ASIAIOSFODNN7EXAMPLE is not valid")]
    public void Sanitize_CredentialLikeText_IsWithheld(string message)
    {
        var clean = AwsErrorMessage.Sanitize(message);
        Assert.DoesNotContain(SessionToken[10..50], clean);
        Assert.DoesNotContain("SODNN7EXAMPLE", clean);
        Assert.DoesNotContain("EXAMPLEKEY", clean);
        Assert.DoesNotContain("abcdef0123456789", clean);
        Assert.DoesNotContain("eyJzdWIi", clean);
        Assert.Contains("(withheld)", clean);
    }

    [Theory]
    [InlineData("User: arn:aws:sts::111111111111:assumed-role/LatticeScanReadOnly/latticescan is not authorized to perform: vpc-lattice:ListResourceGateways on resource: arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/*")]
    [InlineData("Resource configuration rcfg-0123456789abcdef0 not found")]
    public void Sanitize_OrdinaryServiceErrors_Unchanged(string message)
    {
        Assert.Equal(message, AwsErrorMessage.Sanitize(message));
    }
}
