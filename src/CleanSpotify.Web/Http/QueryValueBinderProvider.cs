using System.Globalization;
using CleanSpotify.Application.Common.Validation;
using CleanSpotify.Application.Export;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.Tracks;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CleanSpotify.Web.Http;

/// <summary>
/// Binds the site's URL words to typed values: <c>range=short_term|medium_term|long_term</c> to a
/// <see cref="TimeRange"/>, <c>format=csv|json</c> to an <see cref="ExportFormat"/>. An absent value binds to the
/// default; a value that does not bind leaves the sentence the page shows in the model state
/// (see <see cref="RejectUnboundInputAttribute"/>).
/// </summary>
public sealed class QueryValueBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.ModelType;
        if (type == typeof(TimeRange))
        {
            return new QueryValueBinder<TimeRange>(TimeRangeNames.TryParse, TopListRules.RangeMessage);
        }

        return type == typeof(ExportFormat) ? new QueryValueBinder<ExportFormat>(TryParseFormat, ExportRules.FormatMessage) : null;
    }

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
    public Task BindModelAsync(ModelBindingContext bindingContext) =>
        new QueryValueBinder<int>(TryParse, TopListRules.PageMessage).BindModelAsync(bindingContext);

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
