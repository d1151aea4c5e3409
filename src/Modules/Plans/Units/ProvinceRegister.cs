namespace Platform.Plans.Units;

/// <summary>
/// The nation and the 34 provinces and centrally-run cities in force since 1 July 2025 (Resolution 202/2025/QH15),
/// with the statistics office's codes (letter 915/CTK-CSCL). A fresh database starts with these; communes are imported.
/// </summary>
internal static class ProvinceRegister
{
    public const string NationCode = Contracts.NationalUnit.Code;
    public const string NationName = "Việt Nam";
    public static readonly DateOnly NationValidFrom = new(1945, 9, 2);
    public static readonly DateOnly TwoTierStructure = new(2025, 7, 1);

    public static readonly IReadOnlyList<(string Code, string Name, string Type)> Provinces =
    [
        ("01", "Thành phố Hà Nội", "thành phố"),
        ("04", "Tỉnh Cao Bằng", "tỉnh"),
        ("08", "Tỉnh Tuyên Quang", "tỉnh"),
        ("11", "Tỉnh Điện Biên", "tỉnh"),
        ("12", "Tỉnh Lai Châu", "tỉnh"),
        ("14", "Tỉnh Sơn La", "tỉnh"),
        ("15", "Tỉnh Lào Cai", "tỉnh"),
        ("19", "Tỉnh Thái Nguyên", "tỉnh"),
        ("20", "Tỉnh Lạng Sơn", "tỉnh"),
        ("22", "Tỉnh Quảng Ninh", "tỉnh"),
        ("24", "Tỉnh Bắc Ninh", "tỉnh"),
        ("25", "Tỉnh Phú Thọ", "tỉnh"),
        ("31", "Thành phố Hải Phòng", "thành phố"),
        ("33", "Tỉnh Hưng Yên", "tỉnh"),
        ("37", "Tỉnh Ninh Bình", "tỉnh"),
        ("38", "Tỉnh Thanh Hóa", "tỉnh"),
        ("40", "Tỉnh Nghệ An", "tỉnh"),
        ("42", "Tỉnh Hà Tĩnh", "tỉnh"),
        ("44", "Tỉnh Quảng Trị", "tỉnh"),
        ("46", "Thành phố Huế", "thành phố"),
        ("48", "Thành phố Đà Nẵng", "thành phố"),
        ("51", "Tỉnh Quảng Ngãi", "tỉnh"),
        ("52", "Tỉnh Gia Lai", "tỉnh"),
        ("56", "Tỉnh Khánh Hòa", "tỉnh"),
        ("66", "Tỉnh Đắk Lắk", "tỉnh"),
        ("68", "Tỉnh Lâm Đồng", "tỉnh"),
        ("75", "Tỉnh Đồng Nai", "tỉnh"),
        ("79", "Thành phố Hồ Chí Minh", "thành phố"),
        ("80", "Tỉnh Tây Ninh", "tỉnh"),
        ("82", "Tỉnh Đồng Tháp", "tỉnh"),
        ("86", "Tỉnh Vĩnh Long", "tỉnh"),
        ("91", "Tỉnh An Giang", "tỉnh"),
        ("92", "Thành phố Cần Thơ", "thành phố"),
        ("96", "Tỉnh Cà Mau", "tỉnh"),
    ];
}
