using System.Text.RegularExpressions;
using CleanSpotify.Application.Links;

namespace CleanSpotify.UnitTests.Application.Links;

public sealed partial class AuthorizationSecretsTests
{
    [Fact]
    public void NewState_Always_IsUrlSafeWithAtLeast128BitsOfEntropy()
    {
        var state = AuthorizationSecrets.NewState();

        // 128 bits need at least 22 base64url characters (6 bits each).
        state.Length.Should().BeGreaterThanOrEqualTo(22);
        Base64UrlAlphabet().IsMatch(state).Should().BeTrue($"'{state}' must be base64url without padding");
    }

    [Fact]
    public void NewState_CalledRepeatedly_NeverRepeats()
    {
        var states = Enumerable.Range(0, 200).Select(_ => AuthorizationSecrets.NewState()).ToList();

        states.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void NewCodeVerifier_Always_Is43To128UnreservedCharactersAndUnique()
    {
        var verifiers = Enumerable.Range(0, 200).Select(_ => AuthorizationSecrets.NewCodeVerifier()).ToList();

        verifiers.Should().OnlyHaveUniqueItems();
        verifiers.Should().AllSatisfy(v => Rfc7636Verifier().IsMatch(v).Should().BeTrue($"'{v}' must match RFC 7636 section 4.1"));
    }

    [Fact]
    public void CodeChallengeFor_Rfc7636AppendixBVerifier_ReturnsItsS256Challenge()
    {
        var challenge = AuthorizationSecrets.CodeChallengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        challenge.Should().Be("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex Base64UrlAlphabet();

    [GeneratedRegex(@"^[A-Za-z0-9\-._~]{43,128}$")]
    private static partial Regex Rfc7636Verifier();
}
