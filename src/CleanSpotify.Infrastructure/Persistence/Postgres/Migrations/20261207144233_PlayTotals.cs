using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanSpotify.Infrastructure.Persistence.Postgres.Migrations
{
    /// <summary>
    /// The PlayTotals table, filled from the plays already stored: each play counts in its UTC month and, through the
    /// months, in all time; the name and artists are those of the latest play.
    /// </summary>
    public partial class PlayTotals : Migration
    {
        /// <summary>Builds every user's totals from their plays (also run by the benchmark after it copies plays in).</summary>
        public const string Backfill = """
            INSERT INTO "PlayTotals" ("AppUserId", "Month", "Kind", "Key", "Name", "ArtistNames", "Plays", "Streams", "MsPlayed", "FirstPlayedAt", "LastPlayedAt")
            SELECT "AppUserId", "Month", "Kind", "Key",
                   (array_agg("Name" ORDER BY "PlayedAt" DESC))[1], (array_agg("ArtistNames" ORDER BY "PlayedAt" DESC))[1],
                   count(*), count(*) FILTER (WHERE "MsPlayed" >= 30000), sum("MsPlayed"), min("PlayedAt"), max("PlayedAt")
            FROM (
                SELECT p."AppUserId", to_char(to_timestamp(p."PlayedAt" / 1000.0) AT TIME ZONE 'UTC', 'YYYYMM')::integer AS "Month",
                       i."Kind", i."Key", i."Name", i."ArtistNames", p."PlayedAt", p."MsPlayed"
                FROM "Plays" p
                CROSS JOIN LATERAL (
                    SELECT 0, '', '', '[]'
                    UNION ALL SELECT 1, coalesce(p."TrackId", p."TrackName"), p."TrackName", to_json(p."ArtistNames")::text
                    UNION ALL SELECT 3, p."AlbumName", p."AlbumName", to_json(p."ArtistNames")::text
                    UNION ALL SELECT DISTINCT 2, a, a, '[]' FROM unnest(p."ArtistNames") AS a
                ) AS i("Kind", "Key", "Name", "ArtistNames")
            ) AS items
            GROUP BY "AppUserId", "Month", "Kind", "Key";

            INSERT INTO "PlayTotals" ("AppUserId", "Month", "Kind", "Key", "Name", "ArtistNames", "Plays", "Streams", "MsPlayed", "FirstPlayedAt", "LastPlayedAt")
            SELECT "AppUserId", 0, "Kind", "Key",
                   (array_agg("Name" ORDER BY "LastPlayedAt" DESC))[1], (array_agg("ArtistNames" ORDER BY "LastPlayedAt" DESC))[1],
                   sum("Plays"), sum("Streams"), sum("MsPlayed"), min("FirstPlayedAt"), max("LastPlayedAt")
            FROM "PlayTotals"
            WHERE "Month" <> 0
            GROUP BY "AppUserId", "Kind", "Key";
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlayTotals",
                columns: table => new
                {
                    AppUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Name = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    ArtistNames = table.Column<string>(type: "text", nullable: false),
                    Plays = table.Column<int>(type: "integer", nullable: false),
                    Streams = table.Column<int>(type: "integer", nullable: false),
                    MsPlayed = table.Column<long>(type: "bigint", nullable: false),
                    FirstPlayedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastPlayedAt = table.Column<long>(type: "bigint", nullable: false)
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
