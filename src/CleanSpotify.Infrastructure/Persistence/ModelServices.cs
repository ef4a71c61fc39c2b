using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CleanSpotify.Infrastructure.Persistence;

internal static class ModelServices
{
    /// <summary>The EF model services every CleanSpotify context uses: one model per key ring, built whole before it is shared.</summary>
    public static TBuilder UseCleanSpotifyModelServices<TBuilder>(this TBuilder options)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>()
            .ReplaceService<IModelRuntimeInitializer, EagerRelationalModelRuntimeInitializer>();
        return options;
    }
}
