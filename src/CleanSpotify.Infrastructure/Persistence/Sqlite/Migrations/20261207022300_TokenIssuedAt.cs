using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanSpotify.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TokenIssuedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AccessTokenIssuedAt",
                table: "SpotifyLinks",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccessTokenIssuedAt",
                table: "SpotifyLinks");
        }
    }
}
