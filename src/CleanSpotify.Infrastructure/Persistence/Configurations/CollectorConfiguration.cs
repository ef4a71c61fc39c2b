using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

/// <summary>The background collector's per-user state: one row per user for plays, one for rank snapshots.</summary>
internal sealed class CollectorConfiguration :
    IEntityTypeConfiguration<PlayCollectionRecord>,
    IEntityTypeConfiguration<RankSnapshotScheduleRecord>
{
    public void Configure(EntityTypeBuilder<PlayCollectionRecord> builder)
    {
        builder.ToTable("PlayCollections");
        builder.KeyedByUser();
        builder.Property(c => c.LastPlayedAt).HasConversion(ListeningConfiguration.UnixMilliseconds);
        builder.Property(c => c.LastPolledAt).HasConversion(ListeningConfiguration.UnixMilliseconds);
        builder.Property(c => c.NextPollAt).HasConversion(ListeningConfiguration.UnixMilliseconds);

        // The sweep reads the users due first.
        builder.HasIndex(c => c.NextPollAt);
    }

    public void Configure(EntityTypeBuilder<RankSnapshotScheduleRecord> builder)
    {
        builder.ToTable("RankSnapshotSchedules");
        builder.KeyedByUser();
        builder.Property(s => s.NextSnapshotAt).HasConversion(ListeningConfiguration.UnixMilliseconds);
        builder.HasIndex(s => s.NextSnapshotAt);
    }
}
