using Platform.Documents;
using Platform.TestKit;

namespace Platform.Plans.Tests.Documents;

/// <summary>
/// Đồng Nai's plan 2026–2030 (seed 001) in the writer's model: its masthead, headings, recipients and signature word
/// for word, a table of five targets, and an annex listing the province's 95 communes from the national register.
/// </summary>
internal static class SamplePlan
{
    public static readonly string[] Headings =
    [
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu",
        "II. MỤC TIÊU", "1. Mục tiêu tổng quát", "2. Mục tiêu cụ thể", "a) Về nhân lực phục vụ hoạt động tuyên truyền",
        "III. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN",
    ];

    public static AdministrativeDocument Create() =>
        new(
            SuperiorBody: null,
            IssuingBody: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
            NumberAndSymbol: "Số:      /KH-UBND",
            PlaceAndDate: "Đồng Nai, ngày      tháng 4 năm 2026",
            Kind: "KẾ HOẠCH",
            Summary: "Triển khai thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa bàn tỉnh Đồng Nai giai đoạn "
                + "2026 - 2030",
            Body:
            [
                new Paragraph("Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;"),
                new Paragraph(
                    "Ủy ban nhân dân tỉnh (UBND tỉnh) ban hành Kế hoạch triển khai thực hiện công tác tuyên truyền bảo "
                        + "hiểm xã hội trên địa bàn tỉnh Đồng Nai giai đoạn 2026 - 2030, như sau:"
                ),
                new Heading(1, Headings[0]),
                new Heading(2, Headings[1]),
                new Paragraph(
                    "a) Tiếp tục đổi mới toàn diện nội dung, hình thức và phương pháp tuyên truyền bảo hiểm xã hội "
                        + "(BHXH) theo hướng hiện đại, chuyên nghiệp, hiệu quả."
                ),
                new Heading(2, Headings[2]),
                new Paragraph(
                    "a) Công tác tuyên truyền BHXH phải được tổ chức chủ động, thường xuyên, liên tục và kịp thời, bảo "
                        + "đảm thống nhất, đồng bộ trong triển khai ở các cấp, các ngành."
                ),
                new Heading(1, Headings[3]),
                new Heading(2, Headings[4]),
                new Paragraph(
                    "Đổi mới toàn diện nội dung, hình thức và phương pháp tuyên truyền về BHXH, bảo đảm cán bộ, đảng "
                        + "viên và Nhân dân trên địa bàn tỉnh hiểu rõ vai trò, ý nghĩa, lợi ích và các nội dung cải "
                        + "cách chính sách BHXH."
                ),
                new Heading(2, Headings[5]),
                new Heading(3, Headings[6]),
                new Bullet(
                    "Đảm bảo 100% cán bộ, viên chức, người lao động làm công tác tuyên truyền tại BHXH tỉnh và các đơn "
                        + "vị BHXH trực thuộc được đào tạo, tập huấn, bồi dưỡng chuyên sâu."
                ),
                new Bullet(
                    "Tổ chức các hội nghị tuyên truyền, phổ biến, đối thoại, tư vấn trực tiếp cho người lao động.",
                    Level: 2
                ),
                new Table(
                    "Chỉ tiêu tuyên truyền giai đoạn 2026 - 2030",
                    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2030"],
                    [
                        ["1", "Cán bộ làm công tác tuyên truyền được tập huấn", "%", "100", "100"],
                        ["2", "Xã, phường tổ chức tuyên truyền trực tiếp", "%", "70", "70"],
                        ["3", "Xã, phường tổ chức tuyên truyền trực tiếp", "xã, phường", "67", "67"],
                        ["4", "Hội nghị tuyên truyền tối thiểu", "hội nghị", "134", "134"],
                        ["5", "Hội nghị tuyên truyền tối đa", "hội nghị", "268", "268"],
                    ],
                    RelativeWidths: [1, 6, 2, 2, 2],
                    Alignments:
                    [
                        CellAlignment.Center,
                        CellAlignment.Left,
                        CellAlignment.Center,
                        CellAlignment.Right,
                        CellAlignment.Right,
                    ]
                ),
                new Heading(1, Headings[7]),
                new Paragraph(
                    "Đa dạng hóa nội dung tuyên truyền, chuyển từ tuyên truyền, phổ biến chính sách sang định hướng "
                        + "nhận thức và hành vi."
                ),
                new Heading(1, Headings[8]),
                new Paragraph(
                    "1. Kinh phí thực hiện được bố trí trong dự toán ngân sách hằng năm của các cơ quan, địa phương "
                        + "theo phân cấp ngân sách nhà nước và lộ trình thực hiện."
                ),
                new Heading(1, Headings[9]),
                new Paragraph(
                    "Trên đây là Kế hoạch triển khai thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa bàn tỉnh "
                        + "Đồng Nai giai đoạn 2026 - 2030./."
                ),
            ],
            Recipients:
            [
                "Bộ Nội vụ;",
                "Chủ tịch, các PCT. UBND tỉnh;",
                "Các đơn vị tại Mục V;",
                "Chánh, các PCVP. UBND tỉnh;",
                "Lưu: VT, KGVX.",
            ],
            Signature: new SignatureBlock(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Trường Sơn"),
            Annexes:
            [
                new Annex(
                    "Phụ lục",
                    "DANH SÁCH XÃ, PHƯỜNG VÀ SỐ HỘI NGHỊ TUYÊN TRUYỀN HẰNG NĂM",
                    "(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng 4 năm 2026 của UBND tỉnh Đồng Nai)",
                    [
                        new Table(
                            null,
                            ["STT", "Mã", "Xã, phường", "Hội nghị tối thiểu", "Hội nghị tối đa"],
                            DongNaiCommunes()
                                .Select(
                                    (commune, i) =>
                                        (IReadOnlyList<string>)[$"{i + 1}", commune.Code, commune.Name, "2", "4"]
                                )
                                .ToList(),
                            RelativeWidths: [2, 2, 6, 3, 3],
                            Alignments:
                            [
                                CellAlignment.Center,
                                CellAlignment.Center,
                                CellAlignment.Left,
                                CellAlignment.Right,
                                CellAlignment.Right,
                            ]
                        ),
                    ]
                ),
            ]
        );

    private static IEnumerable<(string Code, string Name)> DongNaiCommunes() =>
        System.Text.Encoding.UTF8.GetString(SharedData.UnitsCsv())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(','))
            .Where(cells => cells[0] == "75")
            .Select(cells => (cells[3], cells[4]));
}
