using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanSpotify.Infrastructure.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DataExportImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataExportImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ActiveUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Instance = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    UploadNames = table.Column<string>(type: "text", nullable: false),
                    TotalBytes = table.Column<long>(type: "bigint", nullable: false),
                    ProcessedBytes = table.Column<long>(type: "bigint", nullable: false),
                    FilesDone = table.Column<int>(type: "integer", nullable: false),
                    RowsRead = table.Column<long>(type: "bigint", nullable: false),
                    PlaysAdded = table.Column<long>(type: "bigint", nullable: false),
                    DuplicatesSkipped = table.Column<long>(type: "bigint", nullable: false),
                    EstimatesReplaced = table.Column<long>(type: "bigint", nullable: false),
                    Skipped = table.Column<string>(type: "text", nullable: false),
                    FirstPlayAt = table.Column<long>(type: "bigint", nullable: true),
                    LastPlayAt = table.Column<long>(type: "bigint", nullable: true),
                    Errors = table.Column<string>(type: "text", nullable: false),
                    FailureMessage = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataExportImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataExportImports_AspNetUsers_AppUserId",
                        column: x => x.AppUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataExportImports_ActiveUserId",
                table: "DataExportImports",
                column: "ActiveUserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataExportImports_AppUserId",
                table: "DataExportImports",
                column: "AppUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataExportImports");
        }
    }
}
