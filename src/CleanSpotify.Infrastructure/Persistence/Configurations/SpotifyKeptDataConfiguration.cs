using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

/// <summary>
/// What the site keeps from a user's Spotify account besides the link: daily rank snapshots and saved-playlist
/// records. Both go with the link (<c>SpotifyDataEraser</c>) and with the user.
/// </summary>
internal sealed class SpotifyKeptDataConfiguration :
    IEntityTypeConfiguration<RankSnapshotRecord>,
    IEntityTypeConfiguration<PlaylistExportRecord>
{
    public void Configure(EntityTypeBuilder<RankSnapshotRecord> builder)
    {
        builder.ToTable("RankSnapshots");
        builder.OwnedByUser();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Range).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ItemIds).IsRequired();
        builder.HasIndex(s => new { s.AppUserId, s.Kind, s.Range, s.Day }).IsUnique();
        builder.HasIndex(s => s.Day);
    }

    public void Configure(EntityTypeBuilder<PlaylistExportRecord> builder)
    {
        builder.ToTable("PlaylistExports");
        builder.OwnedByUser();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(e => e.Name).HasMaxLength(256).IsRequired();
        builder.Property(e => e.PlaylistId).HasMaxLength(256);
        builder.Property(e => e.PlaylistUrl).HasMaxLength(2048);

        // The idempotency guarantee: a second reservation of the same form fails in the database, however it races.
        builder.HasIndex(e => new { e.AppUserId, e.RequestId }).IsUnique();
    }
}
