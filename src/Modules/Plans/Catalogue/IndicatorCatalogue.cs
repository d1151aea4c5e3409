using Platform.Plans.Contracts;
using I = Platform.Plans.Contracts.IndicatorCodes;
using K = Platform.Plans.Contracts.CascadeKinds;
using M = Platform.Plans.Contracts.StatisticMetrics;

namespace Platform.Plans.Catalogue;

/// <summary>The indicators of the national plans (000_… to 2025, 001_… 2026–2030), with the cascade kind of
/// each.</summary>
internal static class IndicatorCatalogue
{
    public static readonly IReadOnlyList<Indicator> All =
    [
        new(
            I.AwareLabourForce,
            "Tỷ lệ lực lượng lao động trong độ tuổi được tuyên truyền chính sách BHXH",
            "Share of the working-age labour force reached by SI communication",
            "%",
            K.PercentOfDenominator,
            M.WorkingAgeLabourForce,
            CountUnit: "people"
        ),
        new(
            I.AwareVoluntary,
            "Tỷ lệ lực lượng lao động trong độ tuổi được tuyên truyền về BHXH tự nguyện",
            "Share of the working-age labour force reached about voluntary SI",
            "%",
            K.PercentOfDenominator,
            M.WorkingAgeLabourForce,
            CountUnit: "people"
        ),
        new(
            I.CollaboratorsTrained,
            "Tỷ lệ cộng tác viên, nhân viên tổ chức dịch vụ thu được tập huấn",
            "Share of collaborators and collection-agent staff trained",
            "%",
            K.PercentOfDenominator,
            M.Collaborators,
            CountUnit: "people"
        ),
        new(
            I.StaffTrained,
            "Tỷ lệ cán bộ làm công tác tuyên truyền được đào tạo, tập huấn",
            "Share of communication staff trained",
            "%",
            K.PercentOfDenominator,
            M.CommunicationStaff,
            CountUnit: "people"
        ),
        new(
            I.SteeringTrained,
            "Tỷ lệ thành viên Ban Chỉ đạo cấp xã được tập huấn",
            "Share of commune steering-committee members trained",
            "%",
            K.PercentOfDenominator,
            M.SteeringCommitteeMembers,
            CountUnit: "people"
        ),
        new(
            I.CadresInformed,
            "Tỷ lệ cán bộ, đảng viên được cung cấp thông tin về cải cách chính sách BHXH",
            "Share of cadres and party members informed",
            "%",
            K.PercentOfDenominator,
            M.Cadres,
            CountUnit: "people"
        ),
        new(
            I.UnitsWithPlan,
            "Tỷ lệ cấp ủy, chính quyền ban hành kế hoạch tuyên truyền BHXH",
            "Share of subordinate authorities with an SI communication plan",
            "%",
            K.ShareOfSubordinateUnits,
            CountUnit: "units"
        ),
        new(
            I.EnterpriseConferences,
            "Hội nghị đối thoại với người lao động, người sử dụng lao động tại doanh nghiệp",
            "Conferences and dialogues at enterprises",
            "cuộc/tỉnh/năm",
            K.QuotaPerUnit,
            CountUnit: "conferences"
        ),
        new(
            I.GrassrootsConferences,
            "Xã, phường tổ chức hội nghị tuyên truyền trực tiếp tại cơ sở",
            "Communes holding direct communication conferences",
            "% số xã/năm",
            K.ShareOfSubordinateUnits,
            CountUnit: "communes"
        ),
        new(
            I.GrassrootsConferenceCount,
            "Số hội nghị tuyên truyền trực tiếp tại mỗi xã được chọn",
            "Conferences in each covered commune",
            "cuộc/xã/năm",
            K.PerCoveredUnit,
            BasedOn: I.GrassrootsConferences,
            CountUnit: "conferences"
        ),
        new(
            I.CollaboratorConferences,
            "Hội nghị, tập huấn cho cộng tác viên, người có uy tín",
            "Conferences for collaborators, agents' staff and prestigious people",
            "cuộc/tổ chức hội/tỉnh/năm",
            K.QuotaPerOrganisation,
            M.MassOrganisations,
            CountUnit: "conferences"
        ),
        new(
            I.RadioVoluntary,
            "Lượt phát thanh về BHXH tự nguyện trên đài truyền thanh cơ sở",
            "Commune radio broadcasts on voluntary SI",
            "lượt/tuần/xã",
            K.FrequencyPerSubordinateUnit,
            CountUnit: "broadcasts"
        ),
        new(
            I.CollaboratorClasses,
            "Lớp tập huấn cho cộng tác viên, nhân viên tổ chức dịch vụ thu",
            "Training classes for collaborators and agents' staff",
            "lớp/tỉnh/năm",
            K.ClassQuota,
            BasedOn: I.CollaboratorsTrained,
            CountUnit: "classes"
        ),
        new(
            I.StaffClasses,
            "Lớp tập huấn cho cán bộ làm công tác tuyên truyền (tổ chức ở Trung ương)",
            "Classes for communication staff (organised nationally)",
            "lớp/năm",
            K.NationalOnly,
            CountUnit: "classes"
        ),
        new(
            I.JournalistClasses,
            "Lớp tập huấn cho phóng viên, biên tập viên",
            "Classes for journalists (national)",
            "lớp/năm",
            K.NationalOnly,
            CountUnit: "classes"
        ),
        new(
            I.SurveyWorkshops,
            "Khảo sát, hội thảo lấy ý kiến sửa đổi Luật BHXH",
            "Surveys and workshops on amending the SI law",
            "cuộc/năm",
            K.NationalOnly,
            CountUnit: "workshops"
        ),
    ];

    private static readonly Dictionary<string, Indicator> ByCode = All.ToDictionary(
        i => i.Code,
        StringComparer.Ordinal
    );

    public static Indicator? Find(string code) => ByCode.GetValueOrDefault(code);

    public static Indicator Get(string code) => ByCode[code];
}
