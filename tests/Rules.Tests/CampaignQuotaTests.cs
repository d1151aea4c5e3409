using NRules;

namespace Platform.Rules.Tests;

/// <summary>
/// Campaign quotas (issue 18, <c>rules/CampaignQuotas.cs</c>) through <see cref="CampaignQuotas.Run(ISessionFactory,
/// IEnumerable{CampaignUnit}, IEnumerable{CampaignTarget}, IEnumerable{Rebase})"/>, the Plans module's entry point:
/// the launch day of 2020 on the districts of its register, a district quota after the reform, a re-base per commune,
/// a share of a figure, and the cascade's kinds left alone.
/// </summary>
public sealed class CampaignQuotaTests
{
    private const string NewVoluntaryTarget = "new_voluntary_target";

    private static readonly Lazy<ISessionFactory> Factory = new(RuleSet.Compile);

    private static readonly CampaignTarget Teams = new("TEAMS", Tier.District, QuotaBasis.PerUnit, 1);

    private static readonly CampaignTarget NewVol = new("NEW_VOL", Tier.District, QuotaBasis.PerUnit, 50);

    private static readonly CampaignTarget HalfYear =
        new("HALF_YEAR", Tier.Province, QuotaBasis.ShareOfFigure, 50, null, NewVoluntaryTarget, 2020);

    [Fact]
    public void Given_Ha_Noi_with_30_districts_When_TEAMS_is_1_per_district_Then_Ha_Noi_gets_30_and_each_district_1()
    {
        var register = new Register();
        var haNoi = register.Province(1, "01", "Thành phố Hà Nội");
        foreach (var district in register.Districts(haNoi, 30))
        {
            register.Communes(haNoi, 2, district);
        }

        var allotments = Run(register, [Teams]);

        var province = allotments.Single(a => a.Unit == haNoi);
        (province.Rule, province.Floor, province.Stretch, province.UnitCount, province.Tier, province.Missing)
            .Should().Be(("campaign-quota/province-per-unit-of-level", 30L, (long?)null, 30, Tier.District, false));
        allotments.Where(a => a.Unit.Tier == Tier.District).Should().HaveCount(30).And.OnlyContain(a =>
            a.Rule == "campaign-quota/district-per-unit" && a.Floor == 1 && a.Stretch == null && a.Target == Teams);
        allotments.Should().HaveCount(31, "communes get no share of a district quota");
    }

    [Fact]
    public void Given_old_Dong_Nai_with_11_districts_When_NEW_VOL_is_50_per_district_Then_550_and_50_each_district()
    {
        var register = new Register();
        var dongNai = register.Province(75, "75", "Tỉnh Đồng Nai");
        register.Districts(dongNai, 11);

        var allotments = Run(register, [NewVol]);

        allotments.Single(a => a.Unit == dongNai).Floor.Should().Be(550);
        allotments.Where(a => a.Unit.Tier == Tier.District).Select(a => a.Floor).Should().Equal(
            Enumerable.Repeat<long?>(50, 11));
        allotments.Where(a => a.Unit.Tier == Tier.District).Sum(a => a.Floor).Should().Be(550);
    }

    [Fact]
    public void Given_a_province_with_30_districts_and_5_communes_When_1_per_district_Then_30_and_each_district_1()
    {
        var register = new Register();
        var province = register.Province(1, "01", "Thành phố Hà Nội");
        var districts = register.Districts(province, 30);
        register.Communes(province, 5, districts[0]);

        var allotments = Run(register, [Teams]);

        allotments.Single(a => a.Unit == province).Floor.Should().Be(30);
        allotments.Where(a => a.Unit.Tier == Tier.District).Select(a => (a.Unit.Code, a.Floor)).Should().Equal(
            districts.Select(d => (d.Code, (long?)1)));
        allotments.Should().NotContain(a => a.Unit.Tier == Tier.Commune);
    }

    [Fact]
    public void Given_the_two_tier_structure_When_a_district_quota_lands_Then_each_province_is_missing_for_want_of_a_district()
    {
        var register = new Register();
        var haNoi = register.Province(1, "01", "Thành phố Hà Nội");
        var dongNai = register.Province(75, "75", "Tỉnh Đồng Nai");
        register.Communes(haNoi, 126);
        register.Communes(dongNai, 95);

        var allotments = Run(register, [Teams]);

        allotments.Select(a => a.Unit).Should().Equal(haNoi, dongNai);
        allotments.Should().OnlyContain(a => a.Missing && a.MissingBecause == MissingBecause.NoUnitOfTier
            && a.Rule == "campaign-quota/no-rule-applies" && a.Floor == null && a.Stretch == null
            && a.Tier == Tier.District && a.UnitCount == 0 && a.Rebase == null);
    }

    [Fact]
    public void Given_Dong_Nai_re_based_per_commune_Then_95_and_4750_and_each_commune_1_and_50_while_other_provinces_stay_on_districts()
    {
        var register = new Register();
        var haNoi = register.Province(1, "01", "Thành phố Hà Nội");
        foreach (var district in register.Districts(haNoi, 3))
        {
            register.Communes(haNoi, 2, district);
        }

        var dongNai = register.Province(75, "75", "Tỉnh Đồng Nai");
        register.Communes(dongNai, 95);
        const string Reason = "Từ 01/7/2025 không còn cấp huyện: mỗi xã một đội";
        Rebase[] rebases = [new(75, "TEAMS", Tier.Commune, Reason), new(75, "NEW_VOL", Tier.Commune, Reason)];

        var allotments = Run(register, [Teams, NewVol], rebases);

        var teams = allotments.Single(a => a.Unit == dongNai && a.Target == Teams);
        (teams.Rule, teams.Floor, teams.UnitCount, teams.Tier, teams.Rebase).Should().Be(
            ("campaign-quota/province-rebased", 95L, 95, Tier.Commune, rebases[0]));
        allotments.Single(a => a.Unit == dongNai && a.Target == NewVol).Floor.Should().Be(4_750);
        var communes = allotments.Where(a => a.Unit.ProvinceId == 75 && a.Unit.Tier == Tier.Commune).ToList();
        communes.Where(a => a.Target == Teams).Should().HaveCount(95).And.OnlyContain(a =>
            a.Floor == 1 && a.Rule == "campaign-quota/commune-rebased" && a.Rebase == rebases[0]);
        communes.Where(a => a.Target == NewVol).Should().HaveCount(95).And.OnlyContain(a =>
            a.Floor == 50 && a.Rule == "campaign-quota/commune-rebased" && a.Rebase == rebases[1]);
        communes.Where(a => a.Target == NewVol).Sum(a => a.Floor).Should().Be(4_750);
        allotments.Where(a => a.Unit.ProvinceId == 1).Select(a => (a.Target.QuotaCode, a.Unit.Code, a.Floor, a.Rule))
            .Should().Equal(
                ("TEAMS", "01", 3L, "campaign-quota/province-per-unit-of-level"),
                ("TEAMS", "01001", 1L, "campaign-quota/district-per-unit"),
                ("TEAMS", "01002", 1L, "campaign-quota/district-per-unit"),
                ("TEAMS", "01003", 1L, "campaign-quota/district-per-unit"),
                ("NEW_VOL", "01", 150L, "campaign-quota/province-per-unit-of-level"),
                ("NEW_VOL", "01001", 50L, "campaign-quota/district-per-unit"),
                ("NEW_VOL", "01002", 50L, "campaign-quota/district-per-unit"),
                ("NEW_VOL", "01003", 50L, "campaign-quota/district-per-unit"));
        allotments.Should().HaveCount(2 * (1 + 95) + 2 * (1 + 3));
    }

    [Fact]
    public void Given_a_stretch_rate_Then_every_allotment_carries_its_stretch()
    {
        var register = new Register();
        var haNoi = register.Province(1, "01", "Thành phố Hà Nội", Figure(NewVoluntaryTarget, 1_234));
        register.Districts(haNoi, 30);
        var teams = Teams with { RateStretch = 2 };
        var halfYear = HalfYear with { RateStretch = 60 };

        var allotments = Run(register, [teams, halfYear]);

        allotments.Where(a => a.Target == teams).Select(a => (a.Unit.Tier, a.Floor, a.Stretch)).Should().Equal(
            [(Tier.Province, 30L, 60L), .. Enumerable.Repeat((Tier.District, (long?)1L, (long?)2L), 30)]);
        allotments.Single(a => a.Target == halfYear).Stretch.Should().Be(741, "60 % of 1,234 is 740.4");
    }

    [Fact]
    public void Given_a_figure_of_1234_When_HALF_YEAR_is_50_percent_Then_617_and_of_1235_618_and_without_it_missing()
    {
        var register = new Register();
        var dongNai = register.Province(75, "75", "Tỉnh Đồng Nai", Figure(NewVoluntaryTarget, 1_234));
        var binhPhuoc = register.Province(70, "70", "Tỉnh Bình Phước", Figure(NewVoluntaryTarget, 1_235));
        var haNoi = register.Province(1, "01", "Thành phố Hà Nội");
        register.Districts(dongNai, 11);

        var allotments = Run(register, [HalfYear]);

        var of1234 = allotments.Single(a => a.Unit == dongNai);
        (of1234.Rule, of1234.Floor, of1234.Stretch, of1234.Tier, of1234.DenominatorMetric, of1234.Denominator)
            .Should().Be(("campaign-quota/province-share-of-figure", 617L, (long?)null, Tier.Province,
                NewVoluntaryTarget, new Figure(1_234, 2020, "test")));
        allotments.Single(a => a.Unit == binhPhuoc).Floor.Should().Be(618, "50 % of 1,235 is 617.5, rounded up");
        var missing = allotments.Single(a => a.Unit == haNoi);
        (missing.Missing, missing.MissingBecause, missing.Rule, missing.Floor, missing.DenominatorMetric)
            .Should().Be((true, MissingBecause.NoFigure, "campaign-quota/no-rule-applies", (long?)null,
                NewVoluntaryTarget));
        allotments.Should().HaveCount(3, "a share of the province's figure lands on the province only");
    }

    [Fact]
    public void Given_a_province_quota_When_BRIDGE_is_1_Then_each_province_gets_1_and_no_unit_below_it_any()
    {
        var register = new Register();
        register.Districts(register.Province(1, "01", "Thành phố Hà Nội"), 30);
        register.Districts(register.Province(75, "75", "Tỉnh Đồng Nai"), 11);
        var bridge = new CampaignTarget("BRIDGE", Tier.Province, QuotaBasis.PerUnit, 1);

        var allotments = Run(register, [bridge]);

        allotments.Select(a => (a.Unit.Code, a.Floor, a.UnitCount, a.Rule)).Should().Equal(
            ("01", 1L, 1, "campaign-quota/province-per-unit-of-level"),
            ("75", 1L, 1, "campaign-quota/province-per-unit-of-level"));
    }

    [Fact]
    public void Given_a_commune_quota_Then_the_province_gets_the_rate_times_its_communes_and_each_commune_the_rate()
    {
        var register = new Register();
        var haNoi = register.Province(1, "01", "Thành phố Hà Nội");
        foreach (var district in register.Districts(haNoi, 2))
        {
            register.Communes(haNoi, 3, district);
        }

        var perCommune = new CampaignTarget("TEAMS_COMMUNE", Tier.Commune, QuotaBasis.PerUnit, 2, 4);

        var allotments = Run(register, [perCommune]);

        allotments.Select(a => (a.Unit.Tier, a.Floor, a.Stretch, a.Rule)).Should().Equal(
            [
                (Tier.Province, 12L, 24L, "campaign-quota/province-per-unit-of-level"),
                .. Enumerable.Repeat((Tier.Commune, (long?)2L, (long?)4L, "campaign-quota/commune-per-unit"), 6),
            ]);
    }

    [Fact]
    public void Given_a_province_re_based_onto_districts_beside_one_on_districts_Then_each_district_gets_one_allotment()
    {
        var register = new Register();
        var haNoi = register.Province(1, "01", "Thành phố Hà Nội");
        var dongNai = register.Province(75, "75", "Tỉnh Đồng Nai");
        register.Districts(haNoi, 3);
        foreach (var district in register.Districts(dongNai, 2))
        {
            register.Communes(dongNai, 4, district);
        }

        var perCommune = new CampaignTarget("TEAMS_COMMUNE", Tier.Commune, QuotaBasis.PerUnit, 1);
        Rebase[] rebases = [new(75, "TEAMS", Tier.District, "một đội mỗi huyện"),
            new(75, "TEAMS_COMMUNE", Tier.District, "một đội mỗi huyện")];

        var allotments = Run(register, [Teams, perCommune], rebases);

        allotments.Where(a => a.Target == Teams).Select(a => (a.Unit.Code, a.Floor, a.Rule)).Should().Equal(
            ("01", 3L, "campaign-quota/province-per-unit-of-level"),
            ("75", 2L, "campaign-quota/province-rebased"),
            ("01001", 1L, "campaign-quota/district-per-unit"),
            ("01002", 1L, "campaign-quota/district-per-unit"),
            ("01003", 1L, "campaign-quota/district-per-unit"),
            ("75001", 1L, "campaign-quota/district-per-unit"),
            ("75002", 1L, "campaign-quota/district-per-unit"));
        allotments.Where(a => a.Target == perCommune).Select(a => (a.Unit.Tier, a.Floor)).Should().Equal(
            (Tier.Province, (long?)null), (Tier.Province, 2L), (Tier.District, 1L), (Tier.District, 1L));
    }

    [Fact]
    public void The_cascade_kinds_do_not_fire_on_campaign_facts_nor_campaign_quotas_on_the_cascade_facts()
    {
        var register = new Register();
        register.Districts(register.Province(1, "01", "Thành phố Hà Nội"), 30);
        var session = Factory.Value.CreateSession();
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        var province = new Unit
        {
            Id = 1, Code = "01", Level = Level.Province, ValidFrom = new DateOnly(2025, 7, 1),
            Subordinates = _ => 126,
        };
        session.Insert(province);
        session.Insert(new Target("ENTERPRISE_CONF", QuotaPerUnit.Kind, 2026, 10, 15));

        var allotments = CampaignQuotas.Run(session, register.Units, [Teams], []);

        fired.Should().BeEquivalentTo(
            "quota-per-unit/province-as-given", "campaign-quota/province-per-unit-of-level",
            "campaign-quota/district-per-unit");
        session.Query<Obligation>().AsEnumerable().Select(o => (o.Unit, o.Floor, o.Stretch)).Should().Equal(
            (province, 10L, 15L));
        allotments.Should().HaveCount(31).And.OnlyContain(a => a.Target == Teams);
    }

    [Fact]
    public void A_run_refuses_two_targets_of_one_quota_code_and_two_re_bases_of_one_province_and_quota()
    {
        var register = new Register();
        register.Districts(register.Province(1, "01", "Thành phố Hà Nội"), 3);

        var twoTargets = () => Run(register, [Teams, NewVol with { QuotaCode = "TEAMS" }]);
        var twoRebases = () => Run(register, [Teams],
            [new(1, "TEAMS", Tier.Commune, "một"), new(1, "TEAMS", Tier.Province, "hai")]);

        twoTargets.Should().Throw<ArgumentException>().WithMessage("two targets have the quota code TEAMS*");
        twoRebases.Should().Throw<ArgumentException>().WithMessage("two re-bases of quota TEAMS for province 1*");
    }

    [Fact]
    public void The_campaign_quota_kind_has_its_own_version_and_applies_at_province_and_commune()
    {
        RuleSet.VersionOf(CampaignQuotas.Kind).Should().MatchRegex("^[0-9a-f]{12}$");
        RuleSet.Kinds.Where(k => k.Kind != CampaignQuotas.Kind).Select(k => RuleSet.VersionOf(k.Kind))
            .Should().NotContain(RuleSet.VersionOf(CampaignQuotas.Kind));
        RuleSet.AppliesAt(CampaignQuotas.Kind, Level.Province).Should().BeTrue();
        RuleSet.AppliesAt(CampaignQuotas.Kind, Level.Commune).Should().BeTrue();
        CampaignQuotas.Info.File.Should().Be("CampaignQuotas.cs");
        CampaignQuotas.Info.DescriptionVi.Should().StartWith("Chỉ tiêu của chiến dịch");
        CampaignQuotas.Info.DescriptionEn.Should().StartWith("A campaign's quota");
    }

    private static IReadOnlyList<Allotment> Run(
        Register register, IEnumerable<CampaignTarget> targets, IEnumerable<Rebase>? rebases = null) =>
        CampaignQuotas.Run(Factory.Value, register.Units, targets, rebases ?? []);

    /// <summary>A figure of 2020, the year the launch day's quotas ask, as the caller would have looked it
    /// up.</summary>
    private static Func<string, int, Figure?> Figure(string metric, long value) =>
        (m, year) => m == metric && year == 2020 ? new Figure(value, 2020, "test") : null;

    /// <summary>Units in force on a campaign's structure date: provinces, their districts (codes province + 001…) and
    /// communes (ids from 10,000).</summary>
    private sealed class Register
    {
        private readonly List<CampaignUnit> units = [];
        private int nextCommune = 10_000;

        public IReadOnlyList<CampaignUnit> Units => units;

        public CampaignUnit Province(int id, string code, string name, Func<string, int, Figure?>? figures = null)
        {
            var province = new CampaignUnit
            {
                Id = id, Code = code, Name = name, Tier = Tier.Province, ProvinceId = id,
                Figures = figures ?? ((_, _) => null),
            };
            units.Add(province);
            return province;
        }

        public List<CampaignUnit> Districts(CampaignUnit province, int count)
        {
            var districts = Enumerable.Range(1, count).Select(i => new CampaignUnit
            {
                Id = province.Id * 1_000 + i, Code = $"{province.Code}{i:000}", Name = $"Huyện {i}",
                Tier = Tier.District, ParentId = province.Id, ProvinceId = province.Id,
            }).ToList();
            units.AddRange(districts);
            return districts;
        }

        public List<CampaignUnit> Communes(CampaignUnit province, int count, CampaignUnit? district = null)
        {
            var communes = Enumerable.Range(0, count).Select(_ => nextCommune++).Select(id => new CampaignUnit
            {
                Id = id, Code = $"{province.Code}{id:00000}", Name = $"Xã {id}", Tier = Tier.Commune,
                ParentId = district?.Id ?? province.Id, ProvinceId = province.Id,
            }).ToList();
            units.AddRange(communes);
            return communes;
        }
    }
}
