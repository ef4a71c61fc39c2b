using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

internal sealed class RankSnapshotConfiguration : IEntityTypeConfiguration<RankSnapshotRecord>
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
}
