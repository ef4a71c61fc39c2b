namespace CleanSpotify.Infrastructure.IntegrationTests.Support;

/// <summary>
/// Lets a test order a race: the first token-endpoint response is held (after Spotify has answered it) until the
/// test releases it. Other requests pass straight through.
/// </summary>
internal sealed class TokenResponseGate
{
    private int _held;

    public TaskCompletionSource Answered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DelegatingHandler CreateHandler() => new Handler(this);

    private sealed class Handler(TokenResponseGate gate) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri?.AbsolutePath == "/api/token" && Interlocked.Exchange(ref gate._held, 1) == 0)
            {
                gate.Answered.TrySetResult();
                await gate.Released.Task.WaitAsync(cancellationToken);
            }

            return response;
        }
    }
}
