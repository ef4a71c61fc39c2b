using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

/// <summary>How every table of per-user data refers to its user: Identity's key length, and a cascade from the user, so deleting an account deletes its rows.</summary>
internal static class UserOwnedConfiguration
{
    /// <summary>The length of Identity's user id column.</summary>
    public const int UserIdLength = 450;

    /// <summary>Many rows per user, each with its own number.</summary>
    public static void OwnedByUser<T>(this EntityTypeBuilder<T> builder)
        where T : UserOwnedRowRecord
    {
        builder.HasKey(r => r.Id);
        builder.BelongsToUser();
    }

    /// <summary>At most one row per user, keyed by the user id.</summary>
    public static void KeyedByUser<T>(this EntityTypeBuilder<T> builder)
        where T : UserOwnedRecord
    {
        builder.HasKey(r => r.AppUserId);
        builder.Property(r => r.AppUserId).HasMaxLength(UserIdLength);
        builder.HasOne<IdentityUser>().WithOne().HasForeignKey<T>(r => r.AppUserId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>Rows with a key of their own that are deleted with their user.</summary>
    public static void BelongsToUser<T>(this EntityTypeBuilder<T> builder)
        where T : UserOwnedRecord
    {
        builder.Property(r => r.AppUserId).HasMaxLength(UserIdLength).IsRequired();
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(r => r.AppUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
