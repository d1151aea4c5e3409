using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Training.Contracts;
using Platform.Training.Persistence;
using Platform.Training.Texts;

namespace Platform.Training.People.ImportPeople;

/// <summary>
/// Registers people of units in the caller's scope only: a row naming another unit is an unknown unit, and a row
/// whose code belongs to someone registered outside the scope is refused; either rejects the whole file.
/// </summary>
internal sealed class ImportPeopleHandler(
    TrainingDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock,
    AuditTrail audit,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<ImportPeopleCommand, ImportReport>
{
    public static readonly string[] Columns = ["code", "full_name", "unit_code", "audience"];

    // Everything a file sets on a person, in the order written; the code is the key.
    private static readonly string[] Written =
    [
        nameof(Person.FullName),
        nameof(Person.SearchName),
        nameof(Person.UnitCode),
        nameof(Person.Audience),
        nameof(Person.Gender),
        nameof(Person.BirthYear),
        nameof(Person.UpdatedAtUtc),
        nameof(Person.ProvinceCode),
        nameof(Person.Code),
    ];

    private static BulkCommand Values(BulkCommand command, Person p) =>
        command
            .Set(0, p.FullName)
            .Set(1, p.SearchName)
            .Set(2, p.UnitCode)
            .Set(3, p.Audience)
            .Set(4, p.Gender)
            .Set(5, p.BirthYear)
            .Set(6, p.UpdatedAtUtc)
            .Set(7, p.ProvinceCode)
            .Set(8, p.Code);

    public async Task<ImportReport> Handle(ImportPeopleCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        UnitTree? tree = null;
        Dictionary<string, Person> existing = [];
        var rows = new Dictionary<string, TabularRow>(StringComparer.Ordinal);
        var added = new List<Person>();
        var changed = new List<Person>();
        var import = new TabularImport<PersonLine>
        {
            Columns = Columns,
            Refuse = headers => TabularFile.UnrecognisedColumns(
                texts["Import.PeopleColumns", string.Join(",", Columns), string.Join(",", headers)]
            ),
            Read = async (row, errors, ct) =>
            {
                tree ??= await sender.Send(new GetUnitTreeQuery(DateOnly.FromDateTime(now)), ct);
                if (PersonLine.Parse(row, tree, caller.Scope, now.Year, errors, texts) is not { } line)
                {
                    return null;
                }

                if (!rows.TryAdd(line.Code, row))
                {
                    errors.Add(row, texts["Import.DuplicatePerson", line.Code, rows[line.Code].Number]);
                    return null;
                }

                return line;
            },
            Check = async (lines, errors, ct) =>
            {
                existing = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, ct);
                foreach (var line in lines)
                {
                    if (
                        existing.TryGetValue(line.Code, out var other)
                        && !caller.Scope.Covers(other.UnitCode, other.ProvinceCode)
                    )
                    {
                        errors.Add(rows[line.Code], texts["Import.PersonCodeTaken", line.Code]);
                    }
                }
            },
            Write = async (lines, ct) =>
            {
                Split(lines, existing, now, added, changed);
                // A province registers tens of thousands of people at once: one prepared statement in one transaction.
                await using var insert = BulkCommand.Insert<Person>(db, Written);
                await using var update = BulkCommand.Update<Person>(db, nameof(Person.Code), Written[..^1]);
                foreach (var person in added)
                {
                    await Values(insert, person).ExecuteAsync(ct);
                }

                foreach (var person in changed)
                {
                    await Values(update, person).ExecuteAsync(ct);
                }

                return new ImportCounts(added.Count, changed.Count);
            },
            // One summary entry for the file (ADR 0010); names are personal data, so it lists codes only.
            Audit = (report, _, ct) => db.WriteAuditAsync(audit.Imported(nameof(Person), request.Content, report, new
            {
                addedCodes = added.Select(p => p.Code).Take(AuditSummary.Items).ToList(),
                changedCodes = changed.Select(p => p.Code).Take(AuditSummary.Items).ToList(),
            }), ct),
        };
        return await import.RunAsync(request.Content, cancellationToken);
    }

    /// <summary>New people to add, and registered ones whose file line differs (updated in place).</summary>
    private static void Split(
        IReadOnlyList<PersonLine> lines,
        Dictionary<string, Person> existing,
        DateTime now,
        List<Person> added,
        List<Person> changed
    )
    {
        foreach (var line in lines)
        {
            if (existing.TryGetValue(line.Code, out var person))
            {
                if (!line.SameAs(person))
                {
                    line.CopyTo(person, now);
                    changed.Add(person);
                }

                continue;
            }

            var fresh = new Person
            {
                Code = line.Code,
                FullName = line.FullName,
                SearchName = string.Empty,
                UnitCode = line.UnitCode,
                ProvinceCode = line.ProvinceCode,
                Audience = line.Audience,
            };
            line.CopyTo(fresh, now);
            added.Add(fresh);
        }
    }
}

internal sealed record PersonLine(
    string Code,
    string FullName,
    string UnitCode,
    string? ProvinceCode,
    string Audience,
    string? Gender,
    int? BirthYear
)
{
    public bool SameAs(Person p) =>
        p.FullName == FullName
        && p.UnitCode == UnitCode
        && p.ProvinceCode == ProvinceCode
        && p.Audience == Audience
        && p.Gender == Gender
        && p.BirthYear == BirthYear;

    public void CopyTo(Person p, DateTime now)
    {
        p.FullName = FullName;
        p.SearchName = VietnameseText.Fold(FullName);
        p.UnitCode = UnitCode;
        p.ProvinceCode = ProvinceCode;
        p.Audience = Audience;
        p.Gender = Gender;
        p.BirthYear = BirthYear;
        p.UpdatedAtUtc = now;
    }

    /// <summary>A unit outside <paramref name="scope"/> is reported exactly as an unknown one: for this caller it does
    /// not exist.</summary>
    public static PersonLine? Parse(
        TabularRow row,
        UnitTree tree,
        UnitScope scope,
        int thisYear,
        ImportErrors errors,
        IStringLocalizer<TrainingTexts> texts
    )
    {
        var valid = true;
        var code = row["code"];
        if (code.Length is 0 or > 32 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            errors.Add(row, texts["Import.PersonCodeRule", code]);
            valid = false;
        }

        var name = row["full_name"];
        if (name.Length is 0 or > 200)
        {
            errors.Add(row, texts["Import.FullNameRequired"]);
            valid = false;
        }

        var unitCode = row["unit_code"];
        var province = tree.ProvinceOf(unitCode);
        if (tree.Find(unitCode) is null || !scope.Covers(unitCode, province))
        {
            errors.Add(row, texts["Import.UnknownUnitToday", unitCode]);
            valid = false;
        }

        var audience = row["audience"].ToLowerInvariant();
        if (!TrainingAudiences.IsKnown(audience))
        {
            errors.Add(row, texts["Import.UnknownAudience", row["audience"], string.Join(", ", TrainingAudiences.All)]);
            valid = false;
        }

        var gender = ParseGender(row["gender"]);
        if (gender == "?")
        {
            errors.Add(row, texts["Import.GenderInvalid", row["gender"]]);
            valid = false;
        }

        int? birthYear = null;
        if (row["birth_year"] is { Length: > 0 } by)
        {
            if (
                int.TryParse(by, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && y >= 1900
                && y <= thisYear
            )
            {
                birthYear = y;
            }
            else
            {
                errors.Add(row, texts["Import.BirthYearInvalid", by, thisYear]);
                valid = false;
            }
        }

        return valid ? new PersonLine(code, name, unitCode, province, audience, gender, birthYear) : null;
    }

    private static string? ParseGender(string value) => VietnameseText.Fold(value) switch
    {
        "" => null,
        "f" or "nu" or "female" => "F",
        "m" or "nam" or "male" => "M",
        _ => "?",
    };
}
