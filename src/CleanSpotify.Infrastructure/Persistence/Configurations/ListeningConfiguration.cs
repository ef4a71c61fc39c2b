using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

/// <summary>Plays, their totals, gaps and user preferences: the listening history's tables.</summary>
internal sealed class ListeningConfiguration :
    IEntityTypeConfiguration<PlayRecord>,
    IEntityTypeConfiguration<PlayTotalRecord>,
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

    public void Configure(EntityTypeBuilder<PlayTotalRecord> builder)
    {
        builder.ToTable("PlayTotals");
        builder.HasKey(t => new { t.AppUserId, t.Month, t.Kind, t.Key });
        builder.BelongsToUser();
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Property(t => t.Key).HasMaxLength(1024);
        builder.Property(t => t.Name).HasMaxLength(1024).IsRequired();

        // JSON text on both providers, so the upsert passes one string per row (PlayTotalsUpsert.ArtistsJson).
        builder.Property(t => t.ArtistNames).HasConversion(
            new ValueConverter<List<string>, string>(
                value => JsonSerializer.Serialize(value, JsonSerializerOptions.Default),
                value => JsonSerializer.Deserialize<List<string>>(value, JsonSerializerOptions.Default) ?? new List<string>()),
            new ValueComparer<List<string>>(
                (left, right) => left!.SequenceEqual(right!),
                value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
                value => value.ToList()));
        builder.Property(t => t.FirstPlayedAt).HasConversion(UnixMilliseconds);
        builder.Property(t => t.LastPlayedAt).HasConversion(UnixMilliseconds);

        // The all-time top lists, by streams and by time, read 50 rows of an index rather than every item's row.
        builder.HasIndex(t => new { t.AppUserId, t.Kind, t.Streams, t.MsPlayed })
            .HasDatabaseName("IX_PlayTotals_AllTime_ByStreams")
            .IsDescending(false, false, true, true)
            .HasFilter("\"Month\" = 0");
        builder.HasIndex(t => new { t.AppUserId, t.Kind, t.MsPlayed, t.Streams })
            .HasDatabaseName("IX_PlayTotals_AllTime_ByTime")
            .IsDescending(false, false, true, true)
            .HasFilter("\"Month\" = 0");
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
