using System.Globalization;
using CleanSpotify.Application.Common.Validation;
using CleanSpotify.Application.Export;
using CleanSpotify.Application.Listening;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CleanSpotify.Web.Http;

/// <summary>
/// Binds the site's URL and form words to typed values: <c>range=short_term|medium_term|long_term</c> to a
/// <see cref="TimeRange"/>, <c>format=csv|json</c> to an <see cref="ExportFormat"/>, <c>list=tracks|artists</c> to a
/// <see cref="TopListKind"/>, <c>count=page|all|N</c> to a <see cref="TrackSelection"/>, <c>from</c>/<c>to=YYYY-MM-DD</c>
/// to a <see cref="DateOnly"/> (absent: null). An absent range or format binds to the default; a value that does not bind leaves the sentence the page shows in the model state
/// (see <see cref="RejectUnboundInputAttribute"/>).
/// </summary>
public sealed class QueryValueBinderProvider : IModelBinderProvider
{
    private static readonly QueryValueBinder<DateOnly?> DayBinder = new(TryParseDay, ListeningRules.DateMessage);

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.ModelType;
        return type == typeof(TimeRange) ? new QueryValueBinder<TimeRange>(TimeRangeNames.TryParse, TopListRules.RangeMessage)
            : type == typeof(ExportFormat) ? new QueryValueBinder<ExportFormat>(TryParseFormat, ExportRules.FormatMessage)
            : type == typeof(TopListKind) ? new QueryValueBinder<TopListKind>(TryParseList, TopListRules.ListMessage)
            : type == typeof(TrackSelection) ? new QueryValueBinder<TrackSelection>(TryParseSelection, TrackSelection.Rule)
            : type == typeof(DateOnly?) ? DayBinder
            : null;
    }

    /// <summary>A day as <c>YYYY-MM-DD</c>; an empty value means no day (an open end).</summary>
    public static bool TryParseDay(string? value, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        day = parsed;
        return true;
    }

    public static bool TryParseList(string? value, out TopListKind kind)
    {
        kind = value == "artists" ? TopListKind.Artists : TopListKind.Tracks;
        return value is "tracks" or "artists";
    }

    /// <summary>The word for <paramref name="list"/> in URLs and page texts: <c>tracks</c> or <c>artists</c>.</summary>
    public static string ToQueryValue(TopListKind list) => list == TopListKind.Artists ? "artists" : "tracks";

    /// <summary><c>page</c>, <c>all</c>, or a number of tracks from 1 to <see cref="TrackSelection.MaxNumber"/>.</summary>
    public static bool TryParseSelection(string? value, out TrackSelection selection)
    {
        selection = value switch
        {
            TrackSelection.PageValue => new TrackSelection(TrackSelectionKind.Page, 0),
            TrackSelection.AllValue => new TrackSelection(TrackSelectionKind.All, 0),
            _ => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? new TrackSelection(TrackSelectionKind.Top, number)
                : default,
        };
        return selection.IsValid;
    }

    /// <summary>The value the form sends back for <paramref name="selection"/>.</summary>
    public static string ToFormValue(TrackSelection selection) => selection.Kind switch
    {
        TrackSelectionKind.Page => TrackSelection.PageValue,
        TrackSelectionKind.All => TrackSelection.AllValue,
        _ => selection.Number.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Ignores case; an empty value means CSV.</summary>
    public static bool TryParseFormat(string? value, out ExportFormat format)
    {
        var known = string.IsNullOrEmpty(value) || string.Equals(value, "csv", StringComparison.OrdinalIgnoreCase);
        format = known ? ExportFormat.Csv : ExportFormat.Json;
        return known || string.Equals(value, "json", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Parses a page number; an empty value means page 1. Whether the number is sensible is the validator's rule.</summary>
public sealed class PageNumberBinder : IModelBinder
{
    private static readonly QueryValueBinder<int> Binder = new(TryParse, TopListRules.PageMessage);

    public Task BindModelAsync(ModelBindingContext bindingContext) => Binder.BindModelAsync(bindingContext);

    public static bool TryParse(string? value, out int page)
    {
        if (string.IsNullOrEmpty(value))
        {
            page = 1;
            return true;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out page);
    }
}

/// <summary>A page of <c>/history</c>: as <see cref="PageNumberBinder"/>, with the history's own range in its message.</summary>
public sealed class HistoryPageBinder : IModelBinder
{
    private static readonly QueryValueBinder<int> Binder = new(PageNumberBinder.TryParse, ListeningRules.PageMessage);

    public Task BindModelAsync(ModelBindingContext bindingContext) => Binder.BindModelAsync(bindingContext);
}

/// <summary>The GUID a form was rendered with (<c>D</c> format, never empty), which makes submitting it twice safe.</summary>
public sealed class RequestIdBinder : IModelBinder
{
    private static readonly QueryValueBinder<Guid> Binder = new(TryParse, PlaylistRules.RequestIdMessage);

    public Task BindModelAsync(ModelBindingContext bindingContext) => Binder.BindModelAsync(bindingContext);

    public static bool TryParse(string? value, out Guid requestId) =>
        Guid.TryParseExact(value, "D", out requestId) && requestId != Guid.Empty;
}

/// <summary>A URL value's parser: false when the value is not one the site knows.</summary>
public delegate bool QueryValueParser<T>(string? value, out T result);

/// <summary>One query value through a parser; a value it refuses becomes <paramref name="message"/> in the model state.</summary>
public sealed class QueryValueBinder<T>(QueryValueParser<T> parse, string message) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName).FirstValue;
        if (parse(value, out var parsed))
        {
            bindingContext.Result = ModelBindingResult.Success(parsed);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
