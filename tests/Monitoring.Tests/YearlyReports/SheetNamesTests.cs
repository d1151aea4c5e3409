using Platform.Monitoring.YearlyReports;

namespace Platform.Monitoring.Tests.YearlyReports;

/// <summary>Commune names as Excel accepts them for sheets: 31 characters at most, none of [ ] : * ? / \, unique
/// ignoring case.</summary>
public sealed class SheetNamesTests
{
    [Fact]
    public void Long_repeated_and_forbidden_names_become_31_characters_unique_and_clean()
    {
        var names = SheetNames.Unique([
            "Xã Thử Nghiệm Có Một Cái Tên Rất Dài Hơn Ba Mươi Mốt",
            "Xã Thử Nghiệm Có Một Cái Tên Rất Dài Hơn Ba Mươi Hai",
            "Phường 1/2: [cũ]?",
            "xã an phước",
            "Xã An Phước",
            "'History'",
        ]);

        names
            .Should()
            .Equal(
                "Xã Thử Nghiệm Có Một Cái Tên Rấ",
                "Xã Thử Nghiệm Có Một Cái Tê (2)",
                "Phường 1 2 cũ",
                "xã an phước",
                "Xã An Phước (2)",
                "_History"
            );
        names.Should().OnlyContain(n => n.Length <= SheetNames.MaxLength);
    }
}
