namespace Scanner.Collectors.Aws.Tests.Support;

/// <summary>IProgress that reports inline (Progress&lt;T&gt; posts to the thread pool, racing the assertions).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
