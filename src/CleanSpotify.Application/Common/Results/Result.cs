using System.Diagnostics.CodeAnalysis;

namespace CleanSpotify.Application.Common.Results;

/// <summary>The outcome of a use case with no value: success, or an expected <see cref="Error"/>.</summary>
public sealed class Result : IResult, IFailureFactory<Result>
{
    private static readonly Result SuccessResult = new(null);

    private Result(Error? error) => Error = error;

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Result Success() => SuccessResult;

    public static Result Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result(error);
    }

    public static implicit operator Result(Error error) => Failure(error);
}
