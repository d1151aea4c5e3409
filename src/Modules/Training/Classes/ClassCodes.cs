namespace Platform.Training.Classes;

/// <summary>A class code always holds a letter, so a file's class column is never mistaken for a class id.</summary>
internal static class ClassCodes
{
    public const string Rule = "a class code is 1–32 letters, digits, '-', '_' or '.', with at least one letter.";

    public static bool IsValid(string code) =>
        code.Length is > 0 and <= 32 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && code.Any(char.IsAsciiLetter);
}
