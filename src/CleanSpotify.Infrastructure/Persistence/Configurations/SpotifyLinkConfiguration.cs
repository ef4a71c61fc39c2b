using CleanSpotify.Domain.Links;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

internal sealed class SpotifyLinkConfiguration(TokenProtector protector) : IEntityTypeConfiguration<SpotifyLink>
{
    /// <summary>The backing field that maps the granted scopes (one space-separated column).</summary>
    public const string GrantedScopesField = "_grantedScopes";

    public void Configure(EntityTypeBuilder<SpotifyLink> builder)
    {
        builder.ToTable("SpotifyLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();

        builder.Property(l => l.AppUserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(l => l.AppUserId).IsUnique();
        builder.HasOne<IdentityUser>().WithOne().HasForeignKey<SpotifyLink>(l => l.AppUserId).OnDelete(DeleteBehavior.Cascade);

        builder.OwnsOne(l => l.Account, account =>
        {
            account.Property(a => a.AccountKey).HasColumnName("SpotifyAccountKey").HasMaxLength(256).IsRequired();
            account.Property(a => a.UserId).HasColumnName("SpotifyUserId").HasMaxLength(256).IsRequired();
            account.Property(a => a.DisplayName).HasColumnName("SpotifyDisplayName").HasMaxLength(512);
            account.HasIndex(a => a.AccountKey).IsUnique();
        });
        builder.Navigation(l => l.Account).IsRequired();

        builder.OwnsOne(l => l.Tokens, tokens =>
        {
            var encrypted = new EncryptedStringConverter(protector);
            tokens.Property(t => t.AccessToken).HasColumnName("AccessTokenEncrypted").HasConversion(encrypted).IsRequired();
            tokens.Property(t => t.RefreshToken).HasColumnName("RefreshTokenEncrypted").HasConversion(encrypted).IsRequired();
            tokens.Property(t => t.AccessTokenExpiresAt).HasColumnName("AccessTokenExpiresAt");
            tokens.Property(t => t.AccessTokenIssuedAt).HasColumnName("AccessTokenIssuedAt");
        });

        builder.Property<List<string>>(GrantedScopesField)
            .HasColumnName("GrantedScopes")
            .HasMaxLength(1024)
            .HasConversion(
                scopes => string.Join(' ', scopes),
                value => value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>(
                    (left, right) => left!.SequenceEqual(right!),
                    scopes => scopes.Aggregate(0, (hash, scope) => HashCode.Combine(hash, scope.GetHashCode(StringComparison.Ordinal))),
                    scopes => scopes.ToList()));
        builder.Ignore(l => l.GrantedScopes);
        builder.Ignore(l => l.Summary);

        builder.Property(l => l.AuthorizedAt).IsRequired();
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property<Guid>(CleanSpotifyDbContext.VersionProperty).IsConcurrencyToken();
    }
}
