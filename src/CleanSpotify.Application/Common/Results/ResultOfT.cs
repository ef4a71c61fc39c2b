using System.Diagnostics.CodeAnalysis;

namespace CleanSpotify.Application.Common.Results;

/// <summary>The outcome of a use case: a value, or an expected <see cref="Error"/>.</summary>
public sealed class Result<T> : IResult, IFailureFactory<Result<T>>
{
    private readonly T? _value;

    private Result(T value)
    {
        _value = value;
    }

    private Result(Error error)
    {
        Error = error;
    }

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value of a successful result; reading it from a failure is a programming error.</summary>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"A failed result has no value ({Error.Code}).");

    public static Result<T> Success(T value) => new(value);

    public static Result<T> Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result<T>(error);
    }

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
