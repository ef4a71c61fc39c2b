using CleanSpotify.Benchmarks.Load;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class LoadGeneratorTests
{
    [Fact]
    public async Task RunAtRateAsync_SendsLaterRequestsWhileAnEarlierOneIsUnanswered()
    {
        var lastSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var result = await LoadGenerator.RunAtRateAsync(
            3,
            1000,
            async (index, token) =>
            {
                if (index == 0)
                {
                    await lastSent.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
                }
                else if (index == 2)
                {
                    lastSent.SetResult();
                }

                return true;
            },
            TestContext.Current.CancellationToken);

        result.Latency.Count.Should().Be(3, "the first request answers only once the third was sent: an open loop does not wait");
        result.Failures.Should().Be(0);
    }

    [Fact]
    public async Task RunAtRateAsync_CountsAWrongStatusAndARefusedConnectionAsFailures()
    {
        var result = await LoadGenerator.RunAtRateAsync(
            4,
            1000,
            (index, _) => index switch
            {
                1 => Task.FromResult(false),
                2 => Task.FromException<bool>(new HttpRequestException("refused")),
                _ => Task.FromResult(true),
            },
            TestContext.Current.CancellationToken);

        result.Latency.Count.Should().Be(4);
        result.Failures.Should().Be(2);
    }
}
