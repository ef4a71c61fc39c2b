using System.Data.Common;
using CleanSpotify.Domain.Links;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// ASP.NET Core Identity's tables, the Spotify links, the pending authorizations, rank snapshots, playlist exports,
/// collected plays, listening gaps, user preferences, the collector's per-user schedule, data-export import jobs and
/// (when configured) the Data Protection key ring. One model for every provider; each provider has a small
/// derived context that owns its committed migrations (<see cref="Sqlite.SqliteCleanSpotifyDbContext"/>,
/// <see cref="Postgres.PostgresCleanSpotifyDbContext"/>).
/// </summary>
public abstract class CleanSpotifyDbContext(DbContextOptions options)
    : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    /// <summary>Shadow concurrency column of a link row; a new value on every change (SQLite has no rowversion).</summary>
    public const string VersionProperty = "Version";

    public DbSet<SpotifyLink> SpotifyLinks => Set<SpotifyLink>();

    internal DbSet<PendingAuthorizationRecord> PendingAuthorizations => Set<PendingAuthorizationRecord>();

    internal DbSet<RankSnapshotRecord> RankSnapshots => Set<RankSnapshotRecord>();

    internal DbSet<PlaylistExportRecord> PlaylistExports => Set<PlaylistExportRecord>();

    internal DbSet<PlayRecord> Plays => Set<PlayRecord>();

    internal DbSet<ListeningGapRecord> ListeningGaps => Set<ListeningGapRecord>();

    internal DbSet<PlayTotalRecord> PlayTotals => Set<PlayTotalRecord>();

    internal DbSet<UserPreferencesRecord> UserPreferences => Set<UserPreferencesRecord>();

    internal DbSet<PlayCollectionRecord> PlayCollections => Set<PlayCollectionRecord>();

    internal DbSet<RankSnapshotScheduleRecord> RankSnapshotSchedules => Set<RankSnapshotScheduleRecord>();

    internal DbSet<DataExportImportRecord> DataExportImports => Set<DataExportImportRecord>();

    /// <summary>The shared Data Protection key ring, used when <c>DataProtection:KeyStore</c> is <c>Database</c>.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Part of the model cache key: the encrypting converters belong to this protector, the application's singleton
    /// (contexts are pooled, so they take only their options and find the protector among the application's services).
    /// </summary>
    internal TokenProtector TokenProtector => this.GetService<TokenProtector>();

    /// <summary>Whether a save (or a bulk insert's provider exception) failed on a unique index (the provider's own error code).</summary>
    internal abstract bool IsUniqueViolation(Exception exception);

    /// <summary>
    /// Whether the link <paramref name="linkId"/> exists, holding it (where the provider can) until the open
    /// transaction ends, so that it cannot be deleted between this check and the caller's writes.
    /// </summary>
    internal abstract Task<bool> HoldLinkAsync(Guid linkId, CancellationToken cancellationToken);

    /// <summary>
    /// A command for <paramref name="sql"/> on the context's connection and in its open transaction, if any: for the
    /// bulk writes that bypass EF Core (plays and their totals) yet must commit or roll back with the unit of work.
    /// </summary>
    internal TCommand CreateCommand<TCommand>(string sql)
        where TCommand : DbCommand
    {
        var command = (TCommand)Database.GetDbConnection().CreateCommand();
        command.Transaction = Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    /// <summary>
    /// Adds and saves <paramref name="record"/>; false, with the record detached and nothing saved, when a unique index
    /// already holds its key (another request or instance inserted it first).
    /// </summary>
    internal async Task<bool> TryInsertAsync<TRecord>(TRecord record, CancellationToken cancellationToken)
        where TRecord : class
    {
        Add(record);
        try
        {
            await SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            Entry(record).State = EntityState.Detached;
            return false;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampChangedLinks();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChangedLinks();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new Configurations.SpotifyLinkConfiguration(TokenProtector));
        builder.ApplyConfiguration(new Configurations.PendingAuthorizationConfiguration(TokenProtector));
        var keptFromSpotify = new Configurations.SpotifyKeptDataConfiguration();
        builder.ApplyConfiguration<RankSnapshotRecord>(keptFromSpotify);
        builder.ApplyConfiguration<PlaylistExportRecord>(keptFromSpotify);
        var listening = new Configurations.ListeningConfiguration();
        builder.ApplyConfiguration<PlayRecord>(listening);
        builder.ApplyConfiguration<PlayTotalRecord>(listening);
        builder.ApplyConfiguration<ListeningGapRecord>(listening);
        builder.ApplyConfiguration<UserPreferencesRecord>(listening);
        var collector = new Configurations.CollectorConfiguration();
        builder.ApplyConfiguration<PlayCollectionRecord>(collector);
        builder.ApplyConfiguration<RankSnapshotScheduleRecord>(collector);
        builder.ApplyConfiguration(new Configurations.DataExportImportConfiguration());
    }

    /// <summary>
    /// A link whose row changes (its own columns or its owned tokens) gets a new version, so a concurrent writer
    /// that read the old one fails instead of overwriting.
    /// </summary>
    private void StampChangedLinks()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<SpotifyLink>())
        {
            var ownedChanged = entry.References.Any(r => r.TargetEntry is { State: EntityState.Added or EntityState.Modified or EntityState.Deleted });
            if (entry.State is EntityState.Added or EntityState.Modified || ownedChanged)
            {
                entry.Property(VersionProperty).CurrentValue = Guid.NewGuid();
            }
        }
    }
}
