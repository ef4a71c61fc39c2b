using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanSpotify.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RankSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RankSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Range = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ItemIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RankSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RankSnapshots_AspNetUsers_AppUserId",
                        column: x => x.AppUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RankSnapshots_AppUserId_Kind_Range_Day",
                table: "RankSnapshots",
                columns: new[] { "AppUserId", "Kind", "Range", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RankSnapshots_Day",
                table: "RankSnapshots",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RankSnapshots");
        }
    }
}
