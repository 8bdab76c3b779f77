using Scanner.Collectors.Aws.Protocol;

namespace Scanner.Collectors.Aws.Tests.Protocol;

public sealed class AwsRetryPolicyTests
{
    [Fact]
    public void DelayFor_ManyRetries_StaysWithinCap()
    {
        var policy = new AwsRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1) };

        var delays = Enumerable.Range(1, 200).Select(n => policy.DelayFor(1 + n % 12)).ToList();

        Assert.All(delays, d => Assert.InRange(d.TotalMilliseconds, 0, 1000));
        Assert.True(delays.Distinct().Count() > 10, "jitter should spread the delays");
    }

    [Theory]
    [InlineData("ThrottlingException", 429, true)]
    [InlineData("TooManyRequestsException", 400, true)]
    [InlineData("RequestLimitExceeded", 503, true)]
    [InlineData("InternalServerException", 500, true)]
    [InlineData("AccessDeniedException", 403, false)]
    [InlineData("ValidationException", 400, false)]
    public void IsRetryable_Codes_ThrottlingAnd5xxOnly(string code, int status, bool retryable) =>
        Assert.Equal(retryable, AwsErrorClassifier.IsRetryable(code, status));
}
