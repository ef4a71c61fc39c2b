namespace CleanSpotify.Application.Common.Results;

/// <summary>Lets a pipeline behavior build a failed response of any result type without reflection.</summary>
public interface IFailureFactory<out TSelf>
    where TSelf : IFailureFactory<TSelf>
{
    static abstract TSelf Failure(Error error);
}
