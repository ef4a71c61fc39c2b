using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

internal sealed class PendingAuthorizationConfiguration(TokenProtector protector) : IEntityTypeConfiguration<PendingAuthorizationRecord>
{
    public void Configure(EntityTypeBuilder<PendingAuthorizationRecord> builder)
    {
        builder.ToTable("PendingAuthorizations");
        builder.HasKey(p => p.StateHash);
        builder.Property(p => p.StateHash).HasMaxLength(64);
        builder.BelongsToUser();
        builder.Property(p => p.CodeVerifier).HasColumnName("CodeVerifierEncrypted").HasConversion(new EncryptedStringConverter(protector)).IsRequired();
        builder.Property(p => p.ReturnUrl).HasMaxLength(2048);
        // Stored as numbers so SQLite can compare them (it has no DateTimeOffset); all values are UTC.
        builder.Property(p => p.CreatedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.Property(p => p.ExpiresAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.HasIndex(p => p.ExpiresAt);
    }
}
