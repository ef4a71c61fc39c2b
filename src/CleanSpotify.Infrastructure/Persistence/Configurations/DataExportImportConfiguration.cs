using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

/// <summary>Import jobs of Spotify data exports; deleted with their user.</summary>
internal sealed class DataExportImportConfiguration : IEntityTypeConfiguration<DataExportImportRecord>
{
    public void Configure(EntityTypeBuilder<DataExportImportRecord> builder)
    {
        builder.ToTable("DataExportImports");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.BelongsToUser();
        builder.Property(j => j.ActiveUserId).HasMaxLength(UserOwnedConfiguration.UserIdLength);
        builder.Property(j => j.Instance).HasMaxLength(Import.ImportInstance.MaxLength).IsRequired();
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.CreatedAt).HasConversion(ListeningConfiguration.UnixMilliseconds);
        builder.Property(j => j.FinishedAt).HasConversion(ListeningConfiguration.UnixMilliseconds);
        builder.Property(j => j.FirstPlayAt).HasConversion(ListeningConfiguration.UnixMilliseconds);
        builder.Property(j => j.LastPlayAt).HasConversion(ListeningConfiguration.UnixMilliseconds);
        builder.Property(j => j.UploadNames).IsRequired();
        builder.Property(j => j.Skipped).IsRequired();
        builder.Property(j => j.Errors).IsRequired();
        builder.Property(j => j.FailureMessage).HasMaxLength(1024);

        // One unfinished import per user: the column is null once the job is done or failed, and nulls never collide.
        builder.HasIndex(j => j.ActiveUserId).IsUnique();
        builder.HasIndex(j => j.AppUserId);
    }
}
