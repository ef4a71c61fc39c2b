using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanSpotify.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlaysByTimeAndLength : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Plays_AppUserId_PlayedAt_MsPlayed",
                table: "Plays",
                columns: new[] { "AppUserId", "PlayedAt", "MsPlayed" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plays_AppUserId_PlayedAt_MsPlayed",
                table: "Plays");
        }
    }
}
