using System.Globalization;
using Platform.BuildingBlocks.Texts;
using Platform.Documents;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Texts;

namespace Platform.Plans.Campaigns.Brief;

/// <summary>
/// Composes a unit's campaign brief in the layout of the plan documents (Decree 30/2020): the campaign's kind and
/// title, I. its dates (and the structure its quotas landed on), II. themes and messages, III. audiences and forms,
/// IV. what each quota asks of the unit, V. how results are reported; an annex with each unit directly below. Issued
/// by the unit's social-insurance office (a commune's by its People's Committee: communes have none); headings from
/// <see cref="Wording"/> in <paramref name="culture"/>, what the campaign holds as the planner wrote it.
/// </summary>
internal static class CampaignBriefComposer
{
    public static AdministrativeDocument Compose(CampaignBriefSource source, CultureInfo culture)
    {
        var campaign = source.Campaign;
        var place = Place.Of(source.UnitName, source.ParentName);
        var inText = Place.InText(source.UnitName);
        string T(string key, params object?[] args) => Wording.Get(key, culture, args);
        string L(string key) => Wording.Get($"CampaignBrief.{source.Level}.{key}", culture, place.Args);

        var body = new List<DocumentBlock>
        {
            new Paragraph(T("CampaignBrief.Enacting", campaign.KindName, campaign.Title, campaign.PlanCode, inText)),
            new Heading(1, T("CampaignBrief.H.Dates")),
            new Paragraph(campaign.StartDate == campaign.EndDate
                ? T("CampaignBrief.Day", Wording.Date(campaign.StartDate))
                : T("CampaignBrief.Dates", Wording.Date(campaign.StartDate), Wording.Date(campaign.EndDate))),
        };
        if (campaign.Note is { Length: > 0 } note)
        {
            body.Add(new Paragraph(note));
        }

        if (campaign.StructureNote is { } structure)
        {
            body.Add(new Paragraph(structure));
        }

        body.Add(new Heading(1, T("CampaignBrief.H.Themes")));
        body.Add(new Heading(2, T("CampaignBrief.H.Themes.1")));
        body.AddRange(Items(campaign.Themes, T("CampaignBrief.NoThemes")));
        body.Add(new Heading(2, T("CampaignBrief.H.Themes.2")));
        body.AddRange(Items(campaign.Messages, T("CampaignBrief.NoMessages")));

        body.Add(new Heading(1, T("CampaignBrief.H.Audiences")));
        body.Add(new Heading(2, T("CampaignBrief.H.Audiences.1")));
        body.AddRange(Items([.. campaign.Audiences.Select(a => a.Text ?? a.Code)], T("CampaignBrief.NoAudiences")));
        body.Add(new Heading(2, T("CampaignBrief.H.Audiences.2")));
        body.AddRange(Items([.. campaign.Forms.Select(f => f.Text ?? f.Code)], T("CampaignBrief.NoForms")));

        body.Add(new Heading(1, T("CampaignBrief.H.Quotas")));
        if (source.Own.Count == 0)
        {
            body.Add(new Paragraph(T(source.Below.Count > 0 ? "CampaignBrief.QuotasBelow" : "CampaignBrief.NoQuotas")));
        }
        else
        {
            body.Add(QuotaTable(source, culture));
            body.AddRange(source.Own.Where(q => q.RebaseReason is not null).Select(q => new Paragraph(
                T("CampaignBrief.Rebased", q.QuotaCode, T($"Campaign.Level.{q.BasisLevel}"), q.RebaseReason))));
        }

        body.Add(new Heading(1, T("CampaignBrief.H.Implementation")));
        body.Add(new Paragraph(T("CampaignBrief.Report", campaign.Code, Wording.Date(campaign.EndDate))));

        var recipients = L("Recipients").Split(";; ", StringSplitOptions.TrimEntries);
        return new AdministrativeDocument(
            SuperiorBody: Wording.Find($"CampaignBrief.{source.Level}.Superior", culture, place.Args),
            IssuingBody: L("Issuer"),
            NumberAndSymbol: L("Number"),
            PlaceAndDate: T("Doc.PlaceAndDate", source.Level == UnitLevel.Nation ? T("CampaignBrief.Capital")
                : place.Bare, campaign.StartDate.Year),
            Kind: T("Doc.Kind"),
            Summary: T("CampaignBrief.Summary", campaign.Title, inText),
            Body: body,
            Recipients: [.. recipients.Select((r, i) => i < recipients.Length - 1 ? r + ";" : r)],
            Signature: new SignatureBlock(L("Signature").Split("; ", StringSplitOptions.TrimEntries), ""),
            Annexes: source.Below.Count == 0 ? null : [Annex(source, culture)],
            Language: Languages.IsEnglish(culture) ? "en-GB" : "vi-VN"
        );
    }

    private static IEnumerable<DocumentBlock> Items(IReadOnlyList<string> items, string none) =>
        items.Count == 0 ? [new Paragraph(none)] : items.Select(i => new Bullet(i));

    /// <summary>One row per quota: what it counts, its window, the rate and what it asks of the unit.</summary>
    private static Table QuotaTable(CampaignBriefSource source, CultureInfo culture)
    {
        string T(string key, params object?[] args) => Wording.Get(key, culture, args);
        var rates = source.Campaign.Quotas.ToDictionary(q => q.Code, StringComparer.Ordinal);
        return new Table(
            null,
            [T("CampaignBrief.Col.Number"), T("CampaignBrief.Col.Quota"), T("CampaignBrief.Col.Window"),
                T("CampaignBrief.Col.Rate"), T("CampaignBrief.Col.Asked")],
            [
                .. source.Own.Select((q, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    $"{MeasureName(q, culture)} ({q.QuotaCode})",
                    Window(q),
                    Rate(rates[q.QuotaCode], q, culture),
                    Asked(q, culture),
                ]),
            ],
            [6, 30, 20, 24, 20],
            [CellAlignment.Center, CellAlignment.Left, CellAlignment.Center, CellAlignment.Left, CellAlignment.Right]
        );
    }

    /// <summary>The units directly below, one row each, a column per quota.</summary>
    private static Annex Annex(CampaignBriefSource source, CultureInfo culture)
    {
        string T(string key, params object?[] args) => Wording.Get(key, culture, args);
        var codes = source.Below.Select(q => q.QuotaCode).Distinct(StringComparer.Ordinal).ToList();
        var units = source.Below.GroupBy(q => (q.UnitCode, q.UnitName))
            .OrderBy(g => g.Key.UnitCode, StringComparer.Ordinal)
            .ToList();
        var headers = new List<string> { T("CampaignBrief.Col.Number"), T("CampaignBrief.Col.Unit") };
        headers.AddRange(codes.Select(c =>
            $"{MeasureName(source.Below.First(q => q.QuotaCode == c), culture)} ({c})"));
        return new Annex(
            T("CampaignBrief.Annex.Label"),
            T("CampaignBrief.Annex.Title"),
            T("CampaignBrief.Annex.Subtitle", source.Campaign.Title),
            [
                new Table(
                    null,
                    headers,
                    [
                        .. units.Select((g, i) =>
                        {
                            var row = new List<string>
                            {
                                (i + 1).ToString(CultureInfo.InvariantCulture),
                                g.Key.UnitName,
                            };
                            row.AddRange(codes.Select(c => g.FirstOrDefault(q => q.QuotaCode == c) is { } q
                                ? Asked(q, culture)
                                : ""));
                            return (IReadOnlyList<string>)row;
                        }),
                    ],
                    [6, 34, .. codes.Select(_ => 60 / Math.Max(codes.Count, 1))],
                    [CellAlignment.Center, CellAlignment.Left, .. codes.Select(_ => CellAlignment.Right)]
                ),
            ]
        );
    }

    private static string MeasureName(CampaignUnitQuotaView q, CultureInfo culture) =>
        Wording.Get($"CampaignMeasure.{q.Measure}", culture);

    private static string Window(CampaignUnitQuotaView q) =>
        q.WindowStart == q.WindowEnd
            ? Wording.Date(q.WindowStart)
            : $"{Wording.Date(q.WindowStart)} – {Wording.Date(q.WindowEnd)}";

    private static string Rate(CampaignQuotaView definition, CampaignUnitQuotaView q, CultureInfo culture)
    {
        var rate = definition.RateFloor.ToString("#,0.##", Wording.NumberFormat(culture));
        var counted = q.UnitCount is { } count
            ? Wording.Get("CampaignBrief.Counted", culture, count.ToString("N0", Wording.NumberFormat(culture)))
            : "";
        return definition.Basis == CampaignQuotaBasis.PerUnit
            ? Wording.Get("CampaignBrief.PerUnit", culture, rate,
                Wording.Get($"Campaign.Level.{q.BasisLevel}", culture)) + counted
            : Wording.Get("CampaignBrief.Share", culture, rate, definition.Metric, definition.MetricYear);
    }

    private static string Asked(CampaignUnitQuotaView q, CultureInfo culture) =>
        q.MissingData
            ? Wording.Get("CampaignBrief.Missing", culture, q.MissingReason)
            : Wording.Range(q.Floor, q.Stretch, culture);
}
