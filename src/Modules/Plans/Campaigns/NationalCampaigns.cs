using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.PlanBook;

namespace Platform.Plans.Campaigns;

/// <summary>
/// The national campaigns a database starts with, in the seeds' own words: the May campaign month of every year of
/// both national plans (000, 001), the launch day of 23/5/2020 of the joint plan 003 under a plan of its own (no
/// national plan covers 2020), and the year-end peak of 2023 of dispatch 337/BHXH-TT (002). Only 003 states quotas;
/// none is invented for the others.
/// </summary>
internal static class NationalCampaigns
{
    /// <summary>The joint plan of BHXH Việt Nam and Bưu điện Việt Nam for the launch day (003; its number is blank in
    /// the seed).</summary>
    public const string LaunchPlan = "VN-KHLT-2020";

    public const string LaunchPlanTitle =
        "Kế hoạch liên tịch BHXH Việt Nam – Bưu điện Việt Nam tổ chức Lễ ra quân hưởng ứng Tháng vận động triển khai "
        + "BHXH toàn dân (2020)";

    public const string Launch2020 = "VN-LAUNCH-2020";

    public const string Peak2023 = "VN-PEAK-2023";

    public static string May(int year) => $"VN-MAY-{year}";

    public sealed record QuotaSeed(
        string Code,
        string Measure,
        UnitLevel Level,
        CampaignQuotaBasis Basis,
        double Rate,
        DateOnly WindowStart,
        DateOnly WindowEnd,
        string Note,
        string? Metric = null,
        int? MetricYear = null
    );

    public sealed record CampaignSeed(
        string Code,
        string PlanCode,
        CampaignKind Kind,
        string Title,
        DateOnly StartDate,
        DateOnly EndDate,
        string Source,
        string? Note,
        IReadOnlyList<string> Themes,
        IReadOnlyList<string> Messages,
        IReadOnlyList<(string Code, string Text)> Audiences,
        IReadOnlyList<(string Code, string Text)> Forms,
        IReadOnlyList<QuotaSeed> Quotas
    );

    private const string MayNote2025 =
        "Tuyên truyền vào dịp tháng 5 là “Tháng vận động triển khai BHXH toàn dân” (chủ đề sẽ được lựa chọn phù hợp "
        + "với từng thời điểm).";

    private const string MayNote2030 =
        "Tuyên truyền trong “Tháng vận động triển khai bảo hiểm xã hội toàn dân” (tháng 5 hằng năm) với chủ đề cụ thể, "
        + "linh hoạt, phù hợp với từng giai đoạn và yêu cầu thực tiễn.";

    private static readonly DateOnly LaunchDay = new(2020, 5, 23);

    public static readonly IReadOnlyList<CampaignSeed> All =
    [
        .. Enumerable.Range(2021, 5).Select(year => MayMonth(
            year,
            NationalPlans.To2025,
            $"Tháng vận động triển khai BHXH toàn dân năm {year}",
            "000_447292a0ff7d167d.txt, mục 1.2",
            MayNote2025)),
        .. Enumerable.Range(2026, 5).Select(year => MayMonth(
            year,
            NationalPlans.To2030,
            $"Tháng vận động triển khai bảo hiểm xã hội toàn dân năm {year}",
            "001_89763ee79cf5a351.txt, mục b",
            MayNote2030)),
        new(
            Launch2020,
            LaunchPlan,
            CampaignKind.LaunchDay,
            "Lễ ra quân hưởng ứng Tháng vận động triển khai BHXH toàn dân - Tuyên truyền, vận động người dân tham gia "
                + "BHXH tự nguyện",
            LaunchDay,
            LaunchDay,
            "003_d6de3f340d6fde0d.txt",
            "Thời gian: 01 buổi, bắt đầu từ 08h00', thứ Bảy ngày 23/5/2020.",
            [
                "Chính sách bảo hiểm xã hội - điểm tựa an sinh của người lao động và Nhân dân",
                "Truyền thông về nội dung các chế độ BHXH, về vị trí, vai trò, ý nghĩa nhân văn của chính sách "
                    + "BHXH; đặc biệt nhấn mạnh về lợi ích khi tham gia BHXH tự nguyện.",
            ],
            [
                "Đảng và Nhà nước chăm lo cuộc sống Nhân dân thông qua chính sách bảo hiểm xã hội.",
                "Bảo hiểm xã hội là chính sách bảo hiểm của Đảng và Nhà nước, vì quyền lợi của người lao động và "
                    + "Nhân dân.",
                "Đảng và Nhà nước quyết tâm thực hiện BHXH toàn dân.",
                "Cả nước chung tay thực hiện bảo hiểm xã hội toàn dân.",
                "Bảo hiểm xã hội tự nguyện do cơ quan Bảo hiểm xã hội thực hiện là chế độ hưu trí ưu việt của Đảng "
                    + "và Nhà nước, vì quyền lợi của người tham gia.",
                "Tham gia bảo hiểm xã hội tự nguyện để được hưởng lương hưu hàng tháng và chăm sóc sức khỏe khi về "
                    + "già.",
                "Hãy tham gia bảo hiểm xã hội ngay hôm nay, vì sự ổn định cuộc sống của bản thân và gia đình. Liên "
                    + "hệ số hotline 1900.9068 hoặc đến đại lý thu bảo hiểm xã hội để được tư vấn, hỗ trợ.",
                "Hãy tham gia bảo hiểm xã hội vì sự ổn định cuộc sống của bản thân và gia đình.",
                "Hãy tham gia bảo hiểm xã hội tự nguyện vì cuộc sống an lành, vì hạnh phúc tương lai.",
                "Bảo hiểm xã hội tự nguyện giảm nỗi lo tài chính khi về già.",
                "Bảo hiểm xã hội tự nguyện chỗ dựa vững chắc của người lao động tự do.",
            ],
            [("voluntary_participants", "người nông dân và người lao động khu vực phi chính thức")],
            [
                ("livestream", "Lễ ra quân trực tuyến tại điểm cầu Trung ương và tiếp sóng tại 63 điểm cầu các tỉnh, "
                    + "thành phố; livestream Lễ ra quân trên Fanpage Facebook BHXH Việt Nam"),
                ("campaign_mobile_team", "tuyên truyền lưu động bằng phương tiện ô tô và xe máy: 01 đội tuyên truyền "
                    + "lưu động/01 huyện"),
                ("visual_materials", "băng rôn, khẩu hiệu, áp phích, phướn"),
                ("mass_media", "Báo, Tạp chí, Cổng Thông tin điện tử của BHXH Việt Nam và BHXH tỉnh; báo chí "
                    + "Trung ương và địa phương"),
                ("social_network", "Fanpage của BHXH Việt Nam; mạng xã hội"),
                ("loudspeaker_radio", "hệ thống truyền thanh cơ sở"),
            ],
            [
                new("BRIDGE", CampaignMeasures.BridgePoints, UnitLevel.Province, CampaignQuotaBasis.PerUnit, 1,
                    LaunchDay, LaunchDay, "tiếp sóng tại 63 điểm cầu các tỉnh, thành phố"),
                new("TEAMS", CampaignMeasures.Teams, UnitLevel.District, CampaignQuotaBasis.PerUnit, 1,
                    LaunchDay, LaunchDay, "01 đội tuyên truyền lưu động/01 huyện"),
                new("NEW_VOL", CampaignMeasures.NewVoluntaryParticipants, UnitLevel.District,
                    CampaignQuotaBasis.PerUnit, 50, LaunchDay, new(2020, 6, 30),
                    "chỉ tiêu dự kiến phát triển tối thiểu 50 người/huyện (trong và sau Lễ ra quân)"),
                new("HALF_YEAR", CampaignMeasures.NewVoluntaryParticipants, UnitLevel.Province,
                    CampaignQuotaBasis.ShareOfFigure, 50, new(2020, 1, 1), new(2020, 6, 30),
                    "phấn đấu hoàn thành 50% chỉ tiêu kế hoạch năm 2020 trong 6 tháng đầu năm",
                    StatisticMetrics.NewVoluntaryTarget, 2020),
            ]
        ),
        new(
            Peak2023,
            NationalPlans.To2025,
            CampaignKind.PeakPeriod,
            "Đẩy mạnh truyền thông chính sách BHXH, BHYT các tháng cuối năm 2023",
            new(2023, 10, 18),
            new(2023, 12, 31),
            "002_1f85da4c7d76777b.txt (Công văn 337/BHXH-TT ngày 18/10/2023)",
            "Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương. Từ ngày công văn đến hết năm 2023 "
                + "(“các tháng cuối năm 2023”).",
            [
                "Truyền thông về kết quả triển khai thực hiện chính sách BHXH, BHYT của ngành BHXH Việt Nam",
                "Truyền thông một số nội dung cơ bản về dự thảo Luật BHXH sửa đổi",
                "Truyền thông về BHXH một lần: hạn chế nhận BHXH một lần",
                "Truyền thông cao điểm phát triển người tham gia BHXH, BHYT",
            ],
            [
                "dù chính sách BHXH một lần được thay đổi theo phương án nào đều hướng đến mục tiêu cuối cùng là "
                    + "đặt lợi ích của người lao động lên trên hết và để đảm bảo quyền lợi an sinh tốt nhất cho người "
                    + "lao động",
            ],
            [
                ("workers_employers", "người lao động; nhóm tham gia BHXH, BHYT bắt buộc"),
                ("deputies_authorities", "cấp ủy, chính quyền, đại biểu Quốc hội"),
                ("voluntary_participants", "nhóm người lao động mất việc làm; nhóm người tham gia đến hạn đóng BHXH tự "
                    + "nguyện, BHYT hộ gia đình; nhóm người tiềm năng theo địa bàn cấp xã"),
            ],
            [
                ("mass_media", "Cổng Thông tin điện tử của BHXH tỉnh; các Báo, Đài Phát thanh & Truyền hình tỉnh"),
                ("social_network", "các trang mạng xã hội của BHXH tỉnh"),
                ("loudspeaker_radio", "hệ thống loa phát thanh cơ sở"),
                ("conference", "hội nghị truyền thông, tọa đàm, đối thoại"),
                ("visual_materials", "bảng tin, video clip trên bảng điện tử"),
                ("small_group", "nhóm nhỏ, tư vấn trực tiếp 1-1"),
            ],
            []
        ),
    ];

    private static CampaignSeed MayMonth(int year, string plan, string title, string source, string note) =>
        new(May(year), plan, CampaignKind.CampaignMonth, title, new(year, 5, 1), new(year, 5, 31), source, note, [],
            [], [], [], []);
}
