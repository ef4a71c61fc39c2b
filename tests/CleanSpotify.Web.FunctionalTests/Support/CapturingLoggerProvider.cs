using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>One log entry with everything a reader of the logs could see: message, state values, scopes, exception.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, string? Exception, string FullText);

/// <summary>Keeps every log entry in memory, with its structured state, scopes and exception text.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, CapturingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var text = new StringBuilder(message);
            AppendValues(text, state);
            provider._scopes.ForEachScope((scope, builder) => AppendValues(builder.Append(" | scope: ").Append(scope), scope), text);
            if (exception is not null)
            {
                text.Append(" | exception: ").Append(exception);
            }

            provider._entries.Enqueue(new CapturedLog(category, logLevel, eventId, message, exception?.ToString(), text.ToString()));
        }

        private static void AppendValues(StringBuilder text, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    text.Append(CultureInfo.InvariantCulture, $" | {key}={Describe(value)}");
                }
            }
        }

        private static string? Describe(object? value) => value switch
        {
            null => null,
            string s => s,
            System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>()),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }
}
