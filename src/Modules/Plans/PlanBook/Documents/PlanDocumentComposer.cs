using System.Globalization;
using Platform.Documents;
using Platform.BuildingBlocks.Texts;
using Platform.Plans.Catalogue;
using Platform.Plans.Contracts;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.Documents;

/// <summary>
/// Composes a plan's document as seed 001 lays it out: legal basis, I. purpose and requirements, II. objectives with a
/// table of targets per year, III. themes, audiences and tasks, IV. funding, V. each agency's duties at the unit's
/// level and the yearly report, then "Nơi nhận" and the signature; for a unit with subordinates, an annex per year with
/// every subordinate unit's obligations. Headings and the level's texts come from <see cref="Wording"/> in
/// <paramref name="culture"/>; what the plan itself holds (tasks, themes) stays as written.
/// </summary>
internal static class PlanDocumentComposer
{
    public static AdministrativeDocument Compose(PlanDocumentSource source, CultureInfo culture)
    {
        var plan = source.Plan;
        var level = source.Level;
        var place = Place.Of(source.UnitName, source.ParentUnitName);
        var inText = Place.InText(source.UnitName);
        var years = source.Year is { } only ? [only] : plan.Years.ToList();
        string T(string key, params object?[] args) => Wording.Get(key, culture, args);
        string L(string key) => Wording.Of(level, key, place, culture);

        var body = new List<DocumentBlock>();
        body.AddRange(Basis(source, culture).Select(b => new Paragraph(b)));
        body.Add(new Paragraph(source.Year is { } y
            ? T("Doc.YearEnacting", L("Lead"), inText, y)
            : T("Doc.Enacting", L("Lead"), inText, plan.StartYear, plan.EndYear)));

        body.Add(new Heading(1, T("Doc.H.Purpose")));
        body.Add(new Heading(2, T("Doc.H.Purpose.1")));
        body.AddRange(Wording.ListOf(level, "Purpose", place, culture).Select(p => new Paragraph(p)));
        body.Add(new Heading(2, T("Doc.H.Purpose.2")));
        body.AddRange(Wording.ListOf(level, "Requirement", place, culture).Select(p => new Paragraph(p)));

        body.Add(new Heading(1, T("Doc.H.Targets")));
        body.Add(new Heading(2, T("Doc.H.Targets.1")));
        body.Add(new Paragraph(L("Goal")));
        body.Add(new Heading(2, T("Doc.H.Targets.2")));
        body.Add(new Paragraph(T("Doc.TargetsIntro", source.ParentPlan?.Title ?? plan.Title)));
        foreach (var year in years)
        {
            body.Add(TargetTable(source.Own.Where(o => o.Year == year).ToList(), year, culture));
        }

        body.Add(new Heading(1, T("Doc.H.Tasks")));
        body.Add(new Heading(2, T("Doc.H.Tasks.1")));
        body.AddRange(plan.Themes.Select(t => new Bullet(t)));
        body.Add(new Heading(2, T("Doc.H.Tasks.2")));
        body.AddRange(plan.AudienceGroups.Select(a => new Bullet(a)));
        body.Add(new Heading(2, T("Doc.H.Tasks.3")));
        foreach (var (task, i) in plan.Tasks.Select((t, i) => (t, i)))
        {
            body.Add(new Heading(3, $"{Letter(i)}) {task.Audience}"));
            body.Add(new Bullet(T("Doc.Task.Content", task.Content)));
            body.Add(new Bullet(T("Doc.Task.Forms", string.Join("; ", task.Forms))));
            body.Add(new Bullet(T("Doc.Task.Lead", task.Responsible, string.Join("; ", task.Cooperating))));
        }

        body.Add(new Heading(1, T("Doc.H.Funding")));
        body.AddRange(Wording.ListOf(level, "Funding", place, culture).Select(p => new Paragraph(p)));

        body.Add(new Heading(1, T("Doc.H.Implementation")));
        for (var n = 1; Wording.FindOf(level, $"Duty.{n}.Agency", place, culture) is { } agency; n++)
        {
            body.Add(new Heading(2, agency));
            body.Add(new Paragraph(L($"Duty.{n}.Text")));
        }

        body.AddRange(
            plan.Deadlines.Select(d => new Paragraph(
                T("Doc.Report", L("Lead"), d.Recipient, $"{d.DueDay:00}/{d.DueMonth:00}")
            ))
        );
        body.Add(new Paragraph(T("Doc.Closing", inText)));

        var recipients = L("Recipients").Split(";; ", StringSplitOptions.TrimEntries);
        return new AdministrativeDocument(
            SuperiorBody: null,
            IssuingBody: L("Issuer"),
            NumberAndSymbol: T("Doc.Number"),
            PlaceAndDate: T("Doc.PlaceAndDate", place.Bare, source.Year ?? plan.StartYear),
            Kind: T("Doc.Kind"),
            Summary: source.Year is { } year1
                ? T("Doc.YearSummary", inText, year1)
                : T("Doc.Summary", inText, plan.StartYear, plan.EndYear),
            Body: body,
            Recipients: recipients.Select((r, i) => i < recipients.Length - 1 ? r + ";" : r).ToList(),
            Signature: new SignatureBlock(L("Signature").Split("; ", StringSplitOptions.TrimEntries), ""),
            Annexes: source.Subordinates.Count == 0
                ? null
                : years.Select((y, i) => Annex(source, y, i + 1, culture)).ToList(),
            Language: Languages.IsEnglish(culture) ? "en-GB" : "vi-VN"
        );
    }

    /// <summary>The legal basis: the national plan's instruments and, below the province, the parent plan
    /// itself.</summary>
    private static IEnumerable<string> Basis(PlanDocumentSource source, CultureInfo culture)
    {
        var national = source.Plan.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        for (var n = 1; Wording.Find($"Basis.{national}.{n}", culture) is { } basis; n++)
        {
            yield return basis;
        }

        if (source.ParentLevel is not null and not UnitLevel.Nation && source.ParentPlan is { } parent)
        {
            yield return Wording.Get(
                "Doc.BasisParent",
                culture,
                parent.Title,
                Wording.Get("Province.Lead", culture, Place.InText(source.ParentPlanUnitName ?? ""))
            );
        }
    }

    private static Table TargetTable(List<Obligation> obligations, int year, CultureInfo culture)
    {
        var rows = obligations.OrderBy(o => Order(o.IndicatorCode)).Select((o, i) =>
        {
            var indicator = IndicatorCatalogue.Find(o.IndicatorCode);
            return (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Name(indicator, o.IndicatorCode, culture),
                $"{Range(o.RateFloor, o.RateStretch, culture)} {indicator?.UnitOfMeasure}".Trim(),
                o.MissingData && !o.Overridden ? Wording.Get("Doc.MissingData", culture) : Number(o.Floor, culture),
                o.MissingData && !o.Overridden ? "" : Number(o.Stretch, culture),
                indicator?.CountUnit is { } unit ? Wording.Get($"CountUnit.{unit}", culture) : "",
            ];
        }).ToList();
        return new Table(
            Wording.Get("Doc.TargetsYear", culture, year),
            [
                Wording.Get("Doc.Col.No", culture),
                Wording.Get("Doc.Col.Indicator", culture),
                Wording.Get("Doc.Col.Rate", culture),
                Wording.Get("Doc.Col.Floor", culture),
                Wording.Get("Doc.Col.Stretch", culture),
                Wording.Get("Doc.Col.CountUnit", culture),
            ],
            rows,
            RelativeWidths: [2, 12, 5, 4, 4, 4],
            Alignments:
            [
                CellAlignment.Center,
                CellAlignment.Left,
                CellAlignment.Center,
                CellAlignment.Right,
                CellAlignment.Right,
                CellAlignment.Center,
            ]
        );
    }

    /// <summary>Annex n: every subordinate unit's obligations in one year, a row per unit and a column per
    /// indicator.</summary>
    private static Annex Annex(PlanDocumentSource source, int year, int number, CultureInfo culture)
    {
        var indicators = source
            .Subordinates.SelectMany(s => s.Obligations)
            .Where(o => o.Year == year)
            .Select(o => o.IndicatorCode)
            .Distinct()
            .OrderBy(Order)
            .ToList();
        var rows = source
            .Subordinates.Select(
                (s, i) =>
                {
                    var byIndicator = s
                        .Obligations.Where(o => o.Year == year)
                        .ToDictionary(o => o.IndicatorCode, StringComparer.Ordinal);
                    return (IReadOnlyList<string>)
                        [
                            (i + 1).ToString(CultureInfo.InvariantCulture),
                            s.UnitName,
                            .. indicators.Select(code =>
                                byIndicator.TryGetValue(code, out var o) ? Cell(o, culture) : ""
                            ),
                        ];
                }
            )
            .ToList();
        var table = new Table(
            null,
            [
                Wording.Get("Doc.Col.No", culture),
                Wording.Get("Doc.Col.Unit", culture),
                .. indicators.Select(c => Wording.Get($"Short.{c}", culture)),
            ],
            rows,
            RelativeWidths: [2, 8, .. indicators.Select(_ => 4)],
            Alignments: [CellAlignment.Center, CellAlignment.Left, .. indicators.Select(_ => CellAlignment.Right)]);
        var roman = Roman[number - 1];
        return new Annex(
            Wording.Get("Doc.AnnexLabel", culture, roman),
            Wording.Get("Doc.AnnexTitle", culture, year),
            Wording.Get("Doc.AnnexSubtitle", culture, Place.InText(source.UnitName)),
            [table, new Paragraph(Wording.Get("Doc.AnnexNote", culture))]);
    }

    private static string Cell(Obligation o, CultureInfo culture) =>
        o.MissingData && !o.Overridden ? "—"
        : o.Stretch is { } s && s != o.Floor ? $"{Number(o.Floor, culture)}–{Number(s, culture)}"
        : Number(o.Floor, culture);

    private static int Order(string code) => CatalogueOrder.GetValueOrDefault(code, int.MaxValue);

    private static readonly Dictionary<string, int> CatalogueOrder = IndicatorCatalogue
        .All.Select((indicator, i) => (indicator.Code, i))
        .ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);

    private static string Name(Indicator? indicator, string code, CultureInfo culture) =>
        indicator?.NameIn(culture) ?? code;

    /// <summary>Items lettered as Vietnamese documents letter them: a), b), c), d), đ), e), g), h)…</summary>
    private static string Letter(int i) => Letters[i % Letters.Length];

    private static readonly string[] Letters =
    [
        "a",
        "b",
        "c",
        "d",
        "đ",
        "e",
        "g",
        "h",
        "i",
        "k",
        "l",
        "m",
        "n",
        "o",
        "p",
        "q",
        "r",
        "s",
        "t",
        "u",
        "v",
        "x",
        "y",
    ];

    /// <summary>Annexes are numbered as Vietnamese documents number them: Phụ lục I, II, III…</summary>
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    private static string Number(long? value, CultureInfo culture) =>
        value?.ToString("#,0", Wording.NumberFormat(culture)) ?? "";

    private static string Range(double? floor, double? stretch, CultureInfo culture) =>
        floor is null ? "" : Wording.Range(floor, stretch, culture);
}
