using System.ComponentModel.DataAnnotations;

namespace CleanSpotify.Web.Models;

/// <summary>The sign-in form: <c>Email</c>, <c>Password</c>, and the local page to return to.</summary>
public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail address is too long.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(128, ErrorMessage = "The password is too long.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
