using System.Globalization;
using Platform.BuildingBlocks.Texts;
using Platform.Training.Texts;
using MediatR;
using Microsoft.Extensions.Configuration;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;

namespace Platform.Training.Classes.Complete;

internal static class CompletionRule
{
    public const string ConfigurationKey = "Training:CompletionShare";
    public const double DefaultShare = 0.8;

    public static double Share(IConfiguration configuration)
    {
        var share = configuration.GetValue(ConfigurationKey, DefaultShare);
        return share is > 0 and <= 1
            ? share
            : throw new StartupConfigurationException(new ResourceTexts(typeof(TrainingTexts)).Get(
                "Startup.CompletionShare", CultureInfo.CurrentUICulture, ConfigurationKey, share));
    }

    /// <summary>7 of 8 (87.5%) completes at 80%; 6 of 8 (75%) does not. Compared in whole numbers so 4 of 5 is exactly
    /// 80%.</summary>
    public static bool Completes(int attended, int sessions, double share) =>
        attended >= Math.Ceiling(Math.Round(share * sessions, 9));
}
