using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

internal sealed class PlaylistExportConfiguration : IEntityTypeConfiguration<PlaylistExportRecord>
{
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
