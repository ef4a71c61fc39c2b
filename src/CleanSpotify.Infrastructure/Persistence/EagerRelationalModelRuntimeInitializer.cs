using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// EF Core builds a model's relational mapping on first use, and two threads using a new model first at once can
/// fail ("The model must be finalized …": <c>GetRelationalModel</c> checks one annotation, then reads another that
/// the winner has just removed). Building the mapping while the model is built, under EF's own lock and before the
/// model is cached for other threads, leaves nothing to race on. Every model needs the mapping at its first query.
/// </summary>
internal sealed class EagerRelationalModelRuntimeInitializer(
    ModelRuntimeInitializerDependencies dependencies,
    RelationalModelRuntimeInitializerDependencies relationalDependencies)
    : RelationalModelRuntimeInitializer(dependencies, relationalDependencies)
{
    public override IModel Initialize(
        IModel model,
        bool designTime = true,
        IDiagnosticsLogger<DbLoggerCategory.Model.Validation>? validationLogger = null)
    {
        var initialized = base.Initialize(model, designTime, validationLogger);
        initialized.GetRelationalModel();
        if (designTime)
        {
            // EF builds the design-time model and takes the runtime one (used by queries and saves) from it.
            base.Initialize(model, designTime: false).GetRelationalModel();
        }

        return initialized;
    }
}
