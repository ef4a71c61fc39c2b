using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// The Plays table as the model maps it, for inserts that bypass the change tracker: its delimited name, and each
/// column but the database-generated key with the value EF itself would store for a record (the property's
/// converter applied, so an instant becomes Unix milliseconds and a list JSON text on SQLite).
/// </summary>
internal sealed class PlayColumns
{
    private PlayColumns(string table, string columnList, IReadOnlyList<PlayColumn> columns)
    {
        Table = table;
        ColumnList = columnList;
        Columns = columns;
    }

    /// <summary>The table's name, delimited.</summary>
    public string Table { get; }

    /// <summary>The names of <see cref="Columns"/>, delimited, comma separated, in their order.</summary>
    public string ColumnList { get; }

    public IReadOnlyList<PlayColumn> Columns { get; }

    /// <summary>Built once per model (per key ring, see <see cref="ProtectorAwareModelCacheKeyFactory"/>), not per insert: the collector inserts on every poll.</summary>
    private static readonly ConditionalWeakTable<IModel, PlayColumns> ByModel = [];

    public static PlayColumns For(CleanSpotifyDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ByModel.GetValue(db.Model, _ => Build(db));
    }

    private static PlayColumns Build(CleanSpotifyDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(PlayRecord)) ?? throw new InvalidOperationException("The model has no plays.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never)
            .Select(Column)
            .ToArray();
        return new PlayColumns(sql.DelimitIdentifier(entity.GetTableName()!), string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name))), columns);
    }

    private static PlayColumn Column(IProperty property)
    {
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;
        return new PlayColumn(
            property.GetColumnName(),
            converter is null
                ? record => getter.GetClrValue(record)
                : record => getter.GetClrValue(record) is { } value ? converter.ConvertToProvider(value) : null);
    }
}

/// <summary>One column of <see cref="PlayColumns"/>: its name and the provider value of a record.</summary>
internal sealed record PlayColumn(string Name, Func<PlayRecord, object?> Value);
