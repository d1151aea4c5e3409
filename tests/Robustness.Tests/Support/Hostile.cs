namespace Platform.Robustness.Tests.Support;

/// <summary>The strings thrown at every text field and parameter.</summary>
public static class Hostile
{
    public const string SqlInjection = "'; DROP TABLE plans_plans;--";
    public const string ScriptInjection = "<script>alert(1)</script>";

    /// <summary>"Đồng Nai" with its diacritics as combining marks (NFD), as some keyboards and PDFs produce
    /// it.</summary>
    public static readonly string DecomposedDongNai = "Đồng Nai".Normalize(System.Text.NormalizationForm.FormD);

    public static readonly string TenThousandCharacters = new('x', 10_000);

    public static readonly string[] Strings =
    [
        SqlInjection,
        ScriptInjection,
        "\" OR 1=1 --",
        "%00\u0000nul",
        "../../etc/passwd",
        TenThousandCharacters,
    ];
}
