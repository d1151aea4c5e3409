using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Texts;

namespace Platform.Plans.Campaigns.WriteCampaigns;

/// <summary>
/// What a campaign's input must say on its own, each problem with the field to fix (<c>startDate</c>,
/// <c>quotas[1].level</c>): the checks against its plan (its years, its levels) are the handler's.
/// </summary>
internal static partial class CampaignInputRules
{
    public const int MaxTexts = 50;

    public const int MaxQuotas = 20;

    public static IEnumerable<(string Field, string Message)> Problems(
        this CampaignInput input,
        IStringLocalizer<PlansTexts> texts
    )
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 400)
        {
            yield return ("title", texts["Campaign.TitleRequired"]);
        }

        if (input.Kind is null)
        {
            yield return ("kind", texts["Campaign.KindRequired", string.Join(", ", Enum.GetNames<CampaignKind>())]);
        }

        if (input.StartDate is null)
        {
            yield return ("startDate", texts["Campaign.StartRequired"]);
        }

        if (input.EndDate is null)
        {
            yield return ("endDate", texts["Campaign.EndRequired"]);
        }
        else if (input.StartDate is { } start && input.EndDate < start)
        {
            yield return ("endDate", texts["Campaign.EndBeforeStart", Wording.Date(input.EndDate.Value),
                Wording.Date(start)]);
        }

        foreach (var problem in Lines("themes", input.Themes, texts).Concat(Lines("messages", input.Messages, texts)))
        {
            yield return problem;
        }

        foreach (var problem in Codes("audiences", input.Audiences, CommunicationVocabulary.AudienceGroups, texts)
            .Concat(Codes("forms", input.Forms, CommunicationVocabulary.CommunicationForms, texts)))
        {
            yield return problem;
        }

        if (input.Note is { Length: > 1000 })
        {
            yield return ("note", texts["Campaign.TextTooLong", 1000]);
        }

        var quotas = input.Quotas ?? [];
        if (quotas.Count > MaxQuotas)
        {
            yield return ("quotas", texts["Campaign.TooMany", MaxQuotas]);
            yield break;
        }

        for (var i = 0; i < quotas.Count; i++)
        {
            foreach (var problem in QuotaProblems(quotas[i], $"quotas[{i}]", texts))
            {
                yield return problem;
            }

            if (quotas[i].Code is { } code && quotas.Take(i).Any(q => q.Code == code))
            {
                yield return ($"quotas[{i}].code", texts["Campaign.QuotaCodeTwice", code]);
            }
        }
    }

    /// <summary>A campaign's own code: letters, digits and "-", "_", "." up to 64 characters.</summary>
    public static bool IsCode(string? code) => code is { Length: > 0 and <= 64 } && CodePattern().IsMatch(code);

    private static IEnumerable<(string, string)> QuotaProblems(
        CampaignQuotaInput quota,
        string at,
        IStringLocalizer<PlansTexts> texts
    )
    {
        if (quota.Code is not { Length: > 0 and <= 40 } || !CodePattern().IsMatch(quota.Code))
        {
            yield return ($"{at}.code", texts["Campaign.QuotaCodeRequired"]);
        }

        if (quota.Measure is null || !CampaignMeasures.IsKnown(quota.Measure))
        {
            yield return ($"{at}.measure", texts["Campaign.MeasureUnknown", quota.Measure ?? "",
                string.Join(", ", CampaignMeasures.All)]);
        }

        if (quota.Level is not (UnitLevel.Province or UnitLevel.District or UnitLevel.Commune))
        {
            yield return ($"{at}.level", texts["Campaign.QuotaLevel"]);
        }

        if (quota.Basis is null)
        {
            yield return ($"{at}.basis", texts["Campaign.BasisRequired"]);
        }

        if (quota.RateFloor is not (> 0 and <= 1_000_000))
        {
            yield return ($"{at}.rateFloor", texts["Campaign.RateRange"]);
        }
        else if (quota.Basis == CampaignQuotaBasis.ShareOfFigure && quota.RateFloor > 100)
        {
            yield return ($"{at}.rateFloor", texts["Campaign.ShareAbove100"]);
        }

        if (quota.RateStretch is { } stretch
            && (quota.RateFloor is not { } floor || stretch < floor || stretch > 1_000_000))
        {
            yield return ($"{at}.rateStretch", texts["Campaign.StretchBelowFloor"]);
        }

        if (quota.Basis == CampaignQuotaBasis.ShareOfFigure)
        {
            if (quota.Metric is null || !StatisticMetrics.IsKnown(quota.Metric))
            {
                yield return ($"{at}.metric", texts["Campaign.MetricUnknown", quota.Metric ?? "",
                    string.Join(", ", StatisticMetrics.All)]);
            }

            if (quota.MetricYear is not (>= 2000 and <= 2100))
            {
                yield return ($"{at}.metricYear", texts["Campaign.MetricYearRequired"]);
            }
        }

        if (quota.WindowStart is { } from && quota.WindowEnd is { } to && to < from)
        {
            yield return ($"{at}.windowEnd", texts["Campaign.EndBeforeStart", Wording.Date(to), Wording.Date(from)]);
        }

        if (quota.Note is { Length: > 400 })
        {
            yield return ($"{at}.note", texts["Campaign.TextTooLong", 400]);
        }
    }

    private static IEnumerable<(string, string)> Lines(
        string field,
        IReadOnlyList<string>? lines,
        IStringLocalizer<PlansTexts> texts
    )
    {
        if (lines is null)
        {
            yield break;
        }

        if (lines.Count > MaxTexts)
        {
            yield return (field, texts["Campaign.TooMany", MaxTexts]);
            yield break;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]) || lines[i].Length > 1000)
            {
                yield return ($"{field}[{i}]", texts["Campaign.LineEmptyOrLong", 1000]);
            }
        }
    }

    private static IEnumerable<(string, string)> Codes(
        string field,
        IReadOnlyList<CampaignTextInput>? items,
        IReadOnlyList<string> known,
        IStringLocalizer<PlansTexts> texts
    )
    {
        if (items is null)
        {
            yield break;
        }

        if (items.Count > MaxTexts)
        {
            yield return (field, texts["Campaign.TooMany", MaxTexts]);
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Code is not { } code || !known.Contains(code, StringComparer.Ordinal))
            {
                yield return ($"{field}[{i}].code", texts["Campaign.CodeUnknown", items[i].Code ?? "",
                    string.Join(", ", known)]);
            }

            if (items[i].Text is { Length: > 1000 })
            {
                yield return ($"{field}[{i}].text", texts["Campaign.TextTooLong", 1000]);
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CodePattern();
}

internal sealed class CreateCampaignValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.PlanCode).NotEmpty().WithMessage(_ => texts["Campaign.PlanRequired"])
            .OverridePropertyName("planCode");
        RuleFor(c => c.Code).Must(CampaignInputRules.IsCode).WithMessage(_ => texts["Campaign.CodeRequired"])
            .OverridePropertyName("code");
        RuleFor(c => c.Campaign).Custom((input, context) => Add(input, context, texts));
    }

    public static void Add<T>(CampaignInput? input, ValidationContext<T> context, IStringLocalizer<PlansTexts> texts)
    {
        if (input is null)
        {
            context.AddFailure(new ValidationFailure("request", texts["Campaign.BodyRequired"]));
            return;
        }

        foreach (var (field, message) in input.Problems(texts))
        {
            context.AddFailure(new ValidationFailure(field, message));
        }
    }
}

internal sealed class UpdateCampaignValidator : AbstractValidator<UpdateCampaignCommand>
{
    public UpdateCampaignValidator(IStringLocalizer<PlansTexts> texts) =>
        RuleFor(c => c.Campaign).Custom((input, context) => CreateCampaignValidator.Add(input, context, texts));
}
