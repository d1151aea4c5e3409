using I = Platform.Plans.Contracts.IndicatorCodes;

namespace Platform.Plans.PlanBook;

/// <summary>
/// The national plans a fresh database starts with: Decision 294/QĐ-LĐTBXH (03/03/2021) to 2025 (000_…), and the
/// plan 2026–2030 under Decision 176/QĐ-BNV as its provincial implementation shows it (001_…).
/// </summary>
internal static class NationalPlans
{
    public const string To2025 = "VN-2021-2025";
    public const string To2030 = "VN-2026-2030";

    public sealed record TargetSeed(
        string Indicator,
        int Year,
        double Floor,
        double? Stretch = null,
        string? Note = null
    );

    public static readonly IReadOnlyList<string> AudienceGroups =
    [
        "Cán bộ, đảng viên; đại biểu dân cử, cấp ủy, chính quyền các cấp",
        "Người lao động và người sử dụng lao động thuộc diện tham gia BHXH bắt buộc",
        "Nhóm mới thuộc diện bắt buộc từ 01/7/2025 (lao động không trọn thời gian, chủ hộ kinh doanh, người quản lý "
            + "không hưởng lương)",
        "Người tham gia BHXH tự nguyện (nông dân, lao động tự do, người đã dừng đóng bắt buộc, người hưởng trợ cấp "
            + "thất nghiệp, người đến hạn gia hạn)",
        "Sinh viên, chú trọng sinh viên năm cuối",
        "Cộng tác viên tuyên truyền, nhân viên tổ chức dịch vụ thu, già làng, trưởng bản, người có uy tín, chức sắc "
            + "tôn giáo",
    ];

    public static readonly IReadOnlyList<string> Themes2025 =
    [
        "Ý nghĩa, vai trò, lợi ích, tính ưu việt của chính sách BHXH",
        "11 nội dung cải cách chính sách BHXH theo Nghị quyết 28-NQ/TW",
        "Trách nhiệm của cấp ủy, chính quyền trong thực hiện chính sách BHXH",
        "Sửa đổi Luật BHXH; lộ trình tăng tuổi nghỉ hưu",
        "Giá trị của lương hưu hằng tháng; không hưởng BHXH một lần",
        "Đấu tranh với hành vi gian lận, trốn đóng BHXH",
    ];

    public static readonly IReadOnlyList<string> Themes2030 =
    [
        "Những điểm mới của Luật BHXH 2024 có hiệu lực từ 01/7/2025",
        "Mở rộng đối tượng tham gia BHXH bắt buộc",
        "Quyền lợi BHXH tự nguyện và trợ cấp hưu trí xã hội",
        "Hạn chế hưởng BHXH một lần; giá trị của lương hưu",
        "Chuyển đổi số, ứng dụng VssID và dịch vụ công trực tuyến",
    ];

    public static readonly IReadOnlyList<PlanTask> Tasks =
    [
        Task(
            "Cán bộ, đảng viên; cấp ủy, chính quyền",
            "Cung cấp thông tin về chủ trương, chính sách BHXH; đưa chỉ tiêu BHXH vào kế hoạch phát triển kinh tế - xã "
                + "hội",
            ["Hội nghị, giao ban", "Bản tin nội bộ", "Báo cáo viên"],
            "BHXH Việt Nam",
            ["Ban Tuyên giáo và Dân vận", "Bộ Nội vụ"]
        ),
        Task(
            "Người lao động và người sử dụng lao động",
            "Quyền và trách nhiệm tham gia BHXH bắt buộc; đối thoại, giải đáp tại doanh nghiệp",
            ["Hội nghị, đối thoại tại doanh nghiệp", "Mạng xã hội", "Ứng dụng VssID"],
            "BHXH Việt Nam",
            ["Tổng Liên đoàn Lao động", "Các hiệp hội doanh nghiệp"]
        ),
        Task(
            "Người tham gia BHXH tự nguyện",
            "Lợi ích của BHXH tự nguyện, mức hỗ trợ của Nhà nước, phương thức đóng linh hoạt",
            ["Hội nghị tại cơ sở", "Nhóm nhỏ, hộ gia đình", "Đài truyền thanh cơ sở", "Tờ rơi, mã QR", "Tin nhắn SMS"],
            "BHXH Việt Nam",
            ["Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Bưu điện"]
        ),
        Task(
            "Sinh viên năm cuối",
            "Chính sách BHXH trước khi tham gia thị trường lao động",
            ["Hội thảo tại trường học", "Cuộc thi tìm hiểu", "Mạng xã hội"],
            "BHXH Việt Nam",
            ["Đoàn Thanh niên", "Các trường đại học, cao đẳng"]
        ),
        Task(
            "Cộng tác viên, nhân viên tổ chức dịch vụ thu, người có uy tín",
            "Kiến thức BHXH và kỹ năng tuyên truyền, tư vấn",
            ["Tập huấn", "Hội nghị", "Tài liệu hỏi đáp"],
            "BHXH Việt Nam",
            ["Các hội, đoàn thể", "Tổ chức dịch vụ thu"]
        ),
    ];

    public static readonly IReadOnlyList<TargetSeed> Targets2025 = BuildTargets2025();

    public static readonly IReadOnlyList<TargetSeed> Targets2030 = BuildTargets2030();

    private static PlanTask Task(
        string audience,
        string content,
        List<string> forms,
        string responsible,
        List<string> cooperating
    ) =>
        new()
        {
            Audience = audience,
            Content = content,
            Forms = forms,
            Responsible = responsible,
            Cooperating = cooperating,
        };

    private static List<TargetSeed> BuildTargets2025()
    {
        var targets = new List<TargetSeed>();
        for (var year = 2021; year <= 2025; year++)
        {
            var step = year - 2021;
            var early = year <= 2022;
            targets.Add(
                new(
                    I.AwareLabourForce,
                    year,
                    45 + (5 * step),
                    Note: "45% năm 2021, mỗi năm tăng 5 điểm %, 65% năm 2025"
                )
            );
            targets.Add(
                new(I.AwareVoluntary, year, 15 + (5 * step), Note: "15% năm 2021, mỗi năm tăng 5 điểm %, 35% năm 2025")
            );
            targets.Add(
                year switch
                {
                    2021 => new(I.CollaboratorsTrained, year, 35, 50, "35–50% năm 2021"),
                    2022 => new(I.CollaboratorsTrained, year, 70),
                    _ => new(I.CollaboratorsTrained, year, 100),
                }
            );
            targets.Add(new(I.StaffTrained, year, 100, Note: year == 2021 ? "100% năm 2021" : "duy trì"));
            targets.Add(new(I.CadresInformed, year, 100, Note: "11 nội dung cải cách theo Nghị quyết 28-NQ/TW"));
            targets.Add(new(I.UnitsWithPlan, year, 100));
            targets.Add(
                early
                    ? new(I.EnterpriseConferences, year, 10, 15, "10–15 cuộc/tỉnh/năm")
                    : new(I.EnterpriseConferences, year, 10, 12, "10–12 cuộc/tỉnh/năm")
            );
            targets.Add(
                early
                    ? new(I.GrassrootsConferences, year, 25, Note: "khoảng 25% số xã mỗi năm")
                    : new(I.GrassrootsConferences, year, 15, 20, "15–20% số xã mỗi năm")
            );
            targets.Add(
                early
                    ? new(I.CollaboratorConferences, year, 3, 5, "3–5 cuộc/tổ chức hội/tỉnh")
                    : new(I.CollaboratorConferences, year, 1, 3, "1–3 cuộc/tổ chức hội/tỉnh")
            );
            targets.Add(new(I.RadioVoluntary, year, 2, Note: "ít nhất 2 lượt/tuần về BHXH tự nguyện"));
            targets.Add(new(I.CollaboratorClasses, year, 1, Note: "ít nhất 1 lớp/tỉnh/năm"));
            targets.Add(
                new(
                    I.StaffClasses,
                    year,
                    2,
                    Note: "1 lớp cho cán bộ cấp tỉnh và 1 lớp cho cán bộ cấp huyện, do Trung ương tổ chức"
                )
            );
            targets.Add(new(I.JournalistClasses, year, 1, 2, "1–2 lớp/năm"));
            if (early)
            {
                targets.Add(new(I.SurveyWorkshops, year, 5, 6, "5–6 cuộc khảo sát, hội thảo/năm về sửa đổi Luật BHXH"));
            }
        }

        return targets;
    }

    private static List<TargetSeed> BuildTargets2030()
    {
        var targets = new List<TargetSeed>();
        for (var year = 2026; year <= 2030; year++)
        {
            targets.Add(new(I.StaffTrained, year, 100));
            targets.Add(new(I.CollaboratorsTrained, year, 100));
            targets.Add(new(I.SteeringTrained, year, 100, Note: "thành viên Ban Chỉ đạo cấp xã"));
            targets.Add(
                new(
                    I.CadresInformed,
                    year,
                    100,
                    Note: "cán bộ, đảng viên, người lao động, người sử dụng lao động được thông tin"
                )
            );
            targets.Add(new(I.UnitsWithPlan, year, 100, Note: "mọi cấp ủy, chính quyền ban hành kế hoạch hằng năm"));
            targets.Add(
                new(I.GrassrootsConferences, year, 70, Note: "ít nhất 70% xã, phường tổ chức tuyên truyền trực tiếp")
            );
            targets.Add(new(I.GrassrootsConferenceCount, year, 2, 4, "2–4 hội nghị tại mỗi xã, phường đó"));
            targets.Add(new(I.CollaboratorClasses, year, 1, Note: "ít nhất 1 lớp/năm"));
        }

        return targets;
    }
}
