using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Satisfaction.Jobs.Hosting;

/// <summary>
/// Signs a request in with the configured credentials: HTTP Basic for users (their passwords checked against
/// PBKDF2 hashes, so the settings never hold a password), or <c>Authorization: Bearer &lt;token&gt;</c> for
/// scripts. A browser is asked for a user name and password (401 with a Basic challenge).
/// </summary>
public sealed class CredentialsHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    HostSettings settings) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "satisfaction";

    // Verifying a PBKDF2 hash costs tens of milliseconds by design; a page polling progress repeats the same
    // credentials, so each verified pair is remembered (by a hash of it) for the life of the process.
    private static readonly ConcurrentDictionary<string, string> Verified = new(StringComparer.Ordinal);
    private static readonly PasswordHasher<HostUser> Hasher = new();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header) || header.Parameter is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var name = header.Scheme.ToUpperInvariant() switch
        {
            "BASIC" => User(header.Parameter),
            "BEARER" => Token(header.Parameter),
            _ => null,
        };
        if (name is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("wrong credentials"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"Satisfaction\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }

    /// <summary>The hash settings keep for a password (ASP.NET Core Identity's PBKDF2 format).</summary>
    public static string HashPassword(string password) => Hasher.HashPassword(new HostUser(), password);

    private string? User(string parameter)
    {
        string pair;
        try
        {
            pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1)
        {
            return null;
        }

        var (name, password) = (pair[..colon], pair[(colon + 1)..]);
        var user = settings.Users.FirstOrDefault(u => u.Name == name);
        if (user is null)
        {
            return null;
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.PasswordHash + "\n" + pair)));
        if (Verified.ContainsKey(key))
        {
            return name;
        }

        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return null;
        }

        Verified[key] = name;
        return name;
    }

    private string? Token(string parameter) =>
        settings.ApiToken is { Length: > 0 } token
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), SHA256.HashData(Encoding.UTF8.GetBytes(parameter)))
            ? "api-token"
            : null;
}
