using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanSpotify.Infrastructure.Persistence.Postgres.Migrations
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
                type: "timestamp with time zone",
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
