using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanSpotify.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListeningHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ListeningGaps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    To = table.Column<long>(type: "INTEGER", nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListeningGaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListeningGaps_AspNetUsers_AppUserId",
                        column: x => x.AppUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plays",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PlayedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TrackId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TrackName = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ArtistNames = table.Column<string>(type: "TEXT", nullable: false),
                    ArtistIds = table.Column<string>(type: "TEXT", nullable: false),
                    AlbumName = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    AlbumId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ImageUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    MsPlayed = table.Column<int>(type: "INTEGER", nullable: false),
                    MsPlayedEstimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plays_AspNetUsers_AppUserId",
                        column: x => x.AppUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserPreferences",
                columns: table => new
                {
                    AppUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserPreferences", x => x.AppUserId);
                    table.ForeignKey(
                        name: "FK_UserPreferences_AspNetUsers_AppUserId",
                        column: x => x.AppUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ListeningGaps_AppUserId_To",
                table: "ListeningGaps",
                columns: new[] { "AppUserId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_Plays_AppUserId_PlayedAt_TrackId",
                table: "Plays",
                columns: new[] { "AppUserId", "PlayedAt", "TrackId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListeningGaps");

            migrationBuilder.DropTable(
                name: "Plays");

            migrationBuilder.DropTable(
                name: "UserPreferences");
        }
    }
}
