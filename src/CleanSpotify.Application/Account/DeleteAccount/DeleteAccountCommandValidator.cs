namespace CleanSpotify.Application.Account.DeleteAccount;

public sealed class DeleteAccountCommandValidator : AbstractValidator<DeleteAccountCommand>
{
    public DeleteAccountCommandValidator()
    {
        RuleFor(c => c.Password)
            .NotEmpty().WithMessage("Enter your password to delete your account. Nothing was deleted.")
            .MaximumLength(1024).WithMessage("That password is not right, so nothing was deleted.");
    }
}
