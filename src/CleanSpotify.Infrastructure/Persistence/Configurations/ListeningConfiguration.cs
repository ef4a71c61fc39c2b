using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

/// <summary>Plays, gaps and user preferences: the listening history's tables.</summary>
internal sealed class ListeningConfiguration :
    IEntityTypeConfiguration<PlayRecord>,
    IEntityTypeConfiguration<ListeningGapRecord>,
    IEntityTypeConfiguration<UserPreferencesRecord>
{
    /// <summary>Instants as Unix milliseconds: ordered and indexable on every provider (SQLite cannot order DateTimeOffset).</summary>
    internal static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds = new(
        value => value.ToUnixTimeMilliseconds(),
        value => DateTimeOffset.FromUnixTimeMilliseconds(value));

    public void Configure(EntityTypeBuilder<PlayRecord> builder)
    {
        builder.ToTable("Plays");
        builder.OwnedByUser();
        builder.Property(p => p.PlayedAt).HasConversion(UnixMilliseconds);
        builder.Property(p => p.TrackId).HasMaxLength(64);
        builder.Property(p => p.TrackName).HasMaxLength(1024).IsRequired();
        builder.Property(p => p.AlbumName).HasMaxLength(1024).IsRequired();
        builder.Property(p => p.AlbumId).HasMaxLength(64);
        builder.Property(p => p.ImageUrl).HasMaxLength(2048);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);

        // One row per play: the same track ending at the same millisecond is the same play, however often it is
        // collected or by how many instances. Plays without a track id (name-only imports) are deduplicated by the importer.
        builder.HasIndex(p => new { p.AppUserId, p.PlayedAt, p.TrackId }).IsUnique();

        // What /history counts and /stats reads for its totals, chart, heat map and sessions (when and how long),
        // in the index alone: a heavy listener's 300,000 plays are otherwise read from the table's pages.
        builder.HasIndex(p => new { p.AppUserId, p.PlayedAt, p.MsPlayed });
    }

    public void Configure(EntityTypeBuilder<ListeningGapRecord> builder)
    {
        builder.ToTable("ListeningGaps");
        builder.OwnedByUser();
        builder.Property(g => g.From).HasConversion(UnixMilliseconds);
        builder.Property(g => g.To).HasConversion(UnixMilliseconds);
        builder.Property(g => g.DetectedAt).HasConversion(UnixMilliseconds);
        builder.HasIndex(g => new { g.AppUserId, g.To });
    }

    public void Configure(EntityTypeBuilder<UserPreferencesRecord> builder)
    {
        builder.ToTable("UserPreferences");
        builder.KeyedByUser();
        builder.Property(p => p.TimeZone).HasMaxLength(64).IsRequired();
    }
}
