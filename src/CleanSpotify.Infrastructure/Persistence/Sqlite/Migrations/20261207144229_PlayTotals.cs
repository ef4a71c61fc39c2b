using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanSpotify.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <summary>
    /// The PlayTotals table, filled from the plays already stored: each play counts in its UTC month and, through the
    /// months, in all time; the name and artists are those of the latest play (a window picks it: SQLite's bare
    /// columns follow the maximum only when a query has a single min or max).
    /// </summary>
    public partial class PlayTotals : Migration
    {
        /// <summary>Builds every user's totals from their plays.</summary>
        public const string Backfill = """
            INSERT INTO "PlayTotals" ("AppUserId", "Month", "Kind", "Key", "Name", "ArtistNames", "Plays", "Streams", "MsPlayed", "FirstPlayedAt", "LastPlayedAt")
            SELECT "AppUserId", "Month", "Kind", "Key",
                   max(CASE WHEN "Latest" = 1 THEN "Name" END), max(CASE WHEN "Latest" = 1 THEN "ArtistNames" END),
                   count(*), sum("MsPlayed" >= 30000), sum("MsPlayed"), min("PlayedAt"), max("PlayedAt")
            FROM (
                SELECT items.*, row_number() OVER (PARTITION BY "AppUserId", "Month", "Kind", "Key" ORDER BY "PlayedAt" DESC) AS "Latest"
                FROM (
                    SELECT "AppUserId", "PlayedAt", "MsPlayed", 0 AS "Kind", '' AS "Key", '' AS "Name", '[]' AS "ArtistNames",
                           CAST(strftime('%Y%m', "PlayedAt" / 1000, 'unixepoch') AS INTEGER) AS "Month"
                    FROM "Plays"
                    UNION ALL
                    SELECT "AppUserId", "PlayedAt", "MsPlayed", 1, coalesce("TrackId", "TrackName"), "TrackName", "ArtistNames",
                           CAST(strftime('%Y%m', "PlayedAt" / 1000, 'unixepoch') AS INTEGER)
                    FROM "Plays"
                    UNION ALL
                    SELECT "AppUserId", "PlayedAt", "MsPlayed", 3, "AlbumName", "AlbumName", "ArtistNames",
                           CAST(strftime('%Y%m', "PlayedAt" / 1000, 'unixepoch') AS INTEGER)
                    FROM "Plays"
                    UNION ALL
                    SELECT DISTINCT p."AppUserId", p."PlayedAt", p."MsPlayed", 2, a.value, a.value, '[]',
                           CAST(strftime('%Y%m', p."PlayedAt" / 1000, 'unixepoch') AS INTEGER)
                    FROM "Plays" AS p, json_each(p."ArtistNames") AS a
                ) AS items
            )
            GROUP BY "AppUserId", "Month", "Kind", "Key";

            INSERT INTO "PlayTotals" ("AppUserId", "Month", "Kind", "Key", "Name", "ArtistNames", "Plays", "Streams", "MsPlayed", "FirstPlayedAt", "LastPlayedAt")
            SELECT "AppUserId", 0, "Kind", "Key",
                   max(CASE WHEN "Latest" = 1 THEN "Name" END), max(CASE WHEN "Latest" = 1 THEN "ArtistNames" END),
                   sum("Plays"), sum("Streams"), sum("MsPlayed"), min("FirstPlayedAt"), max("LastPlayedAt")
            FROM (
                SELECT *, row_number() OVER (PARTITION BY "AppUserId", "Kind", "Key" ORDER BY "LastPlayedAt" DESC) AS "Latest"
                FROM "PlayTotals"
                WHERE "Month" <> 0
            )
            GROUP BY "AppUserId", "Kind", "Key";
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlayTotals",
                columns: table => new
                {
                    AppUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ArtistNames = table.Column<string>(type: "TEXT", nullable: false),
                    Plays = table.Column<int>(type: "INTEGER", nullable: false),
                    Streams = table.Column<int>(type: "INTEGER", nullable: false),
                    MsPlayed = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstPlayedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPlayedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlayTotals", x => new { x.AppUserId, x.Month, x.Kind, x.Key });
                    table.ForeignKey(
                        name: "FK_PlayTotals_AspNetUsers_AppUserId",
                        column: x => x.AppUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlayTotals_AllTime_ByStreams",
                table: "PlayTotals",
                columns: new[] { "AppUserId", "Kind", "Streams", "MsPlayed" },
                descending: new[] { false, false, true, true },
                filter: "\"Month\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_PlayTotals_AllTime_ByTime",
                table: "PlayTotals",
                columns: new[] { "AppUserId", "Kind", "MsPlayed", "Streams" },
                descending: new[] { false, false, true, true },
                filter: "\"Month\" = 0");

            migrationBuilder.Sql(Backfill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlayTotals");
        }
    }
}
