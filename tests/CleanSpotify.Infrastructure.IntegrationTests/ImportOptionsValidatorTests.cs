using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Infrastructure.Import;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>The <c>Import</c> section: the defaults pass, and a limit that is not positive stops start-up naming its key.</summary>
public sealed class ImportOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = new ImportOptionsValidator().Validate(null, new ImportOptions());

        result.Succeeded.Should().BeTrue(result.FailureMessage);
    }

    [Fact]
    public void Validate_LimitsNotPositive_FailNamingEachKey()
    {
        var result = new ImportOptionsValidator().Validate(null, new ImportOptions { MaxUploadBytes = 0, MaxUncompressedBytes = -1, MaxEntries = 0 });

        result.Failures.Should().Equal(
            "Import:MaxUploadBytes must be a positive number of bytes (default 314572800); 0 is not.",
            "Import:MaxUncompressedBytes must be a positive number of bytes (default 4294967296); -1 is not.",
            "Import:MaxEntries must be a positive number (default 1000); 0 is not.");
    }

    [Fact]
    public async Task Start_WithMaxEntriesZero_IsRefused()
    {
        var act = () => TestEnvironment.StartAsync(settings => settings.Configuration["Import:MaxEntries"] = "0");

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Import:MaxEntries must be a positive number");
    }
}
