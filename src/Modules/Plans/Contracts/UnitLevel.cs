namespace Platform.Plans.Contracts;

/// <summary>Tier of an administrative unit. Districts existed until 30 June 2025; communes now sit directly under
/// provinces.</summary>
public enum UnitLevel
{
    Nation = 0,
    Province = 1,
    District = 2,
    Commune = 3,
}

/// <summary>The nation's code in the register: the root of every unit tree and the scope of national users.</summary>
public static class NationalUnit
{
    public const string Code = "VN";
}
