using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanSpotify.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CollectorSchedule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlayCollections",
                columns: table => new
                {
                    AppUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastPlayedAt = table.Column<long>(type: "bigint", nullable: true),
                    LastPolledAt = table.Column<long>(type: "bigint", nullable: true),
                    NextPollAt = table.Column<long>(type: "bigint", nullable: false),
                    PlaysPerHour = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlayCollections", x => x.AppUserId);
                    table.ForeignKey(
                        name: "FK_PlayCollections_AspNetUsers_AppUserId",
                        column: x => x.AppUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RankSnapshotSchedules",
                columns: table => new
                {
                    AppUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    NextSnapshotAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RankSnapshotSchedules", x => x.AppUserId);
                    table.ForeignKey(
                        name: "FK_RankSnapshotSchedules_AspNetUsers_AppUserId",
                        column: x => x.AppUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlayCollections_NextPollAt",
                table: "PlayCollections",
                column: "NextPollAt");

            migrationBuilder.CreateIndex(
                name: "IX_RankSnapshotSchedules_NextSnapshotAt",
                table: "RankSnapshotSchedules",
                column: "NextSnapshotAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlayCollections");

            migrationBuilder.DropTable(
                name: "RankSnapshotSchedules");
        }
    }
}
