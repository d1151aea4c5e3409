namespace Platform.Training.Classes;

/// <summary>A class code always holds a letter, so a file's class column is never mistaken for a class id.</summary>
internal static class ClassCodes
{
    public static bool IsValid(string code) =>
        code.Length is > 0 and <= 32
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && code.Any(char.IsAsciiLetter);
}
