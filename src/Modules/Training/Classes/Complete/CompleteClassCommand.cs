using MediatR;
using Microsoft.Extensions.Configuration;
using Platform.BuildingBlocks.Security;
using Platform.Training.Classes.ReadClass;

namespace Platform.Training.Classes.Complete;

/// <summary>
/// Closes a class after its last day: each enrolled trainee completes it when present at no fewer than
/// <c>Training:CompletionShare</c> (default 0.8) of its sessions. Publishes TrainingCompleted once committed.
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
internal sealed record CompleteClassCommand(int ClassId) : IRequest<ClassView>;

internal static class CompletionRule
{
    public const string ConfigurationKey = "Training:CompletionShare";
    public const double DefaultShare = 0.8;

    public static double Share(IConfiguration configuration)
    {
        var share = configuration.GetValue(ConfigurationKey, DefaultShare);
        return share is > 0 and <= 1
            ? share
            : throw new InvalidOperationException($"{ConfigurationKey} must be a share above 0 and at most 1 (e.g. 0.8); it is {share}.");
    }

    /// <summary>7 of 8 (87.5%) completes at 80%; 6 of 8 (75%) does not. Compared in whole numbers so 4 of 5 is exactly 80%.</summary>
    public static bool Completes(int attended, int sessions, double share) =>
        attended >= Math.Ceiling(Math.Round(share * sessions, 9));
}
