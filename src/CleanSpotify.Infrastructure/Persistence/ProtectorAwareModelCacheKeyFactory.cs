using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// EF Core caches one model per context type for the whole process, and the model holds the encrypting value
/// converters. Keying the cache on the protector as well gives each application host (each key ring) its own model,
/// so two hosts in one process never encrypt with each other's keys.
/// </summary>
internal sealed class ProtectorAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => context is CleanSpotifyDbContext cleanSpotify
        ? (context.GetType(), cleanSpotify.TokenProtector, designTime)
        : (context.GetType(), designTime);
}
