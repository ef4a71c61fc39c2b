using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanSpotify.Infrastructure.Persistence.Configurations;

/// <summary>Stores a string encrypted with the <see cref="TokenProtector"/>; the plaintext never reaches the database.</summary>
internal sealed class EncryptedStringConverter(TokenProtector protector)
    : ValueConverter<string, string>(plaintext => protector.Protect(plaintext), ciphertext => protector.Unprotect(ciphertext));
