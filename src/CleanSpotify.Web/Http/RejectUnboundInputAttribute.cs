using Microsoft.AspNetCore.Mvc.Filters;

namespace CleanSpotify.Web.Http;

/// <summary>
/// For pages whose inputs are query values: a value that did not bind is answered with a 400 and the binder's
/// sentence, the same page a validation failure shows, before the action runs.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RejectUnboundInputAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ModelState.IsValid || context.Controller is not Controller controller)
        {
            return;
        }

        var message = context.ModelState.Values.SelectMany(entry => entry.Errors).First().ErrorMessage;
        context.Result = controller.ProblemView(new ProblemViewModel(StatusCodes.Status400BadRequest, ResultActionExtensions.InvalidRequestTitle, message));
    }
}
