namespace Scanner.Collectors.Aws.Protocol;

/// <summary>Sees every attempt of every AWS call (for --verbose logs and progress counters).</summary>
public interface IAwsCallObserver
{
    void OnAttempt(AwsCallRecord record);
}
