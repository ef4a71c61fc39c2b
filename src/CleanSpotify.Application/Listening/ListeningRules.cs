using System.Globalization;

namespace CleanSpotify.Application.Listening;

/// <summary>What history and stats pages count and accept.</summary>
public static class ListeningRules
{
    /// <summary>A play counts as a stream when it was played for at least this long; time listened sums every play.</summary>
    public const int StreamThresholdMs = 30_000;

    /// <summary>Silence that ends a listening session: the next play starts this long or longer after the previous one ended.</summary>
    public static readonly TimeSpan SessionBreak = TimeSpan.FromMinutes(30);

    /// <summary>Plays per page of <c>/history</c>.</summary>
    public const int HistoryPageSize = 50;

    public const int MaxPage = 100_000;

    /// <summary>Items in each top list of <c>/stats</c>.</summary>
    public const int TopItemCount = 10;

    /// <summary>Sessions listed on <c>/stats</c>.</summary>
    public const int SessionCount = 5;

    public static readonly DateOnly MinDate = new(2000, 1, 1);

    public static readonly DateOnly MaxDate = new(2999, 12, 31);

    public const string DateMessage = "Dates must be real days written as YYYY-MM-DD, for example 2026-03-01.";

    public const string DateRangeMessage = "Dates must be between 2000-01-01 and 2999-12-31.";

    public const string PeriodMessage = "The start date (from) must not be after the end date (to).";

    public const string TimeZoneMessage = "That is not a time zone this site knows. Choose one from the list, for example Europe/Berlin.";

    public static readonly string PageMessage = string.Create(CultureInfo.InvariantCulture, $"The page must be a whole number from 1 to {MaxPage}.");

    /// <summary>Each date in range, and from not after to.</summary>
    public static void PeriodRules<T>(this AbstractValidator<T> validator)
        where T : IListeningPeriodQuery
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(q => q.From).Must(BeInRange).WithMessage(DateRangeMessage);
        validator.RuleFor(q => q.To).Must(BeInRange).WithMessage(DateRangeMessage);
        validator.RuleFor(q => q.From)
            .Must((query, from) => from is null || query.To is null || from <= query.To)
            .WithMessage(PeriodMessage);
    }

    private static bool BeInRange(DateOnly? day) => day is null || (day >= MinDate && day <= MaxDate);
}
