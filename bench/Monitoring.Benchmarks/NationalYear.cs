using System.Globalization;
using System.Text;
using Platform.Monitoring.Activities;

namespace Platform.Monitoring.Benchmarks;

/// <summary>
/// The 2025 register (registers/units-2025.csv, embedded: 34 provinces, 3,321 communes), statistics for 2026 for every
/// unit, and a deterministic year of activities spread over the communes (and the provinces' own conferences).
/// </summary>
internal sealed record NationalYear(
    byte[] UnitsCsv,
    byte[] StatisticsCsv,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<string> Communes
)
{
    public const int Year = 2026;

    private static readonly (string Kind, string Audience, string Form, int Weight)[] Mix =
    [
        ("radio_broadcast", "voluntary_participants", "loudspeaker_radio", 50),
        ("grassroots_conference", "voluntary_participants", "conference", 10),
        ("social_media_post", "general_public", "social_network", 15),
        ("publication", "general_public", "visual_materials", 10),
        ("sms_campaign", "voluntary_participants", "sms", 5),
        ("collaborator_conference", "collaborators_prestigious", "conference", 5),
        ("enterprise_conference", "workers_employers", "conference", 5),
    ];

    public static NationalYear Load(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8).Skip(1).Select(l => l.Split(',')).ToList();
        var provinces = lines.Select(l => l[0]).Distinct().ToList();
        var communes = lines.Select(l => l[3]).ToList();
        var statistics = new StringBuilder("unit_code,year,metric,value,source\n");
        var random = new Random(2026);
        foreach (var code in communes)
        {
            Append(code, random.Next(4_000, 20_000), 1);
        }

        foreach (var code in provinces)
        {
            Append(code, random.Next(400_000, 2_000_000), 100);
        }

        return new NationalYear(
            File.ReadAllBytes(path),
            Encoding.UTF8.GetBytes(statistics.ToString()),
            provinces,
            communes
        );

        void Append(string code, long labourForce, int scale)
        {
            foreach (
                var (metric, value) in new (string, long)[]
                {
                    ("working_age_labour_force", labourForce),
                    ("population", labourForce * 3 / 2),
                    ("collaborators", 12L * scale),
                    ("communication_staff", 2L * scale),
                    ("mass_organisations", 5),
                    ("enterprises", 40L * scale),
                    ("steering_committee_members", 9L * scale),
                    ("cadres", 60L * scale),
                }
            )
            {
                statistics.Append(
                    CultureInfo.InvariantCulture,
                    $"{code},{Year},{metric},{value},benchmark: generated\n"
                );
            }
        }
    }

    /// <summary><paramref name="count"/> activities dated 1 January – 20 November; conferences at enterprises and for
    /// collaborators are held by provinces.</summary>
    public IEnumerable<ActivityReport> Activities(int count, DateTime recordedAtUtc)
    {
        var random = new Random(42);
        var total = Mix.Sum(m => m.Weight);
        var days = new DateOnly(Year, 11, 20).DayNumber - new DateOnly(Year, 1, 1).DayNumber + 1;
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(total);
            var kind = Mix.First(m => (pick -= m.Weight) < 0);
            var byProvince = kind.Kind is "enterprise_conference" or "collaborator_conference";
            var unit = byProvince ? Provinces[random.Next(Provinces.Count)] : Communes[random.Next(Communes.Count)];
            var date = DateOnly.FromDayNumber(new DateOnly(Year, 1, 1).DayNumber + random.Next(days));
            yield return new ActivityReport
            {
                UnitCode = unit,
                Date = date,
                Year = Year,
                Kind = kind.Kind,
                AudienceGroup = kind.Audience,
                CommunicationForm = kind.Form,
                Count = kind.Kind == "radio_broadcast" ? 1 + random.Next(2) : 1,
                Participants = kind.Form == "conference" ? 30 + random.Next(200) : null,
                RecordedAtUtc = recordedAtUtc,
            };
        }
    }
}
