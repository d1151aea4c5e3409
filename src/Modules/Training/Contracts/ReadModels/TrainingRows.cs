namespace Platform.Training.Contracts.ReadModels;

// The flat rows of the OData sets Trainees, TrainingClasses, Enrolments and Attendance (see TrainingReadModel).
// Public because the EDM model and MVC must see them; read models only. ProvinceCode is the province of the unit
// (itself for a province, null for the nation): the feed holds rows to the caller's scope by unit and province.

/// <summary>A person registered for training in a unit and audience.</summary>
public sealed record TraineeRow
{
    public int Id { get; init; }

    public required string PersonCode { get; init; }

    public required string FullName { get; init; }

    /// <summary>Folded name (no diacritics, đ → d) so "nguyen van" finds "Nguyễn Văn".</summary>
    public required string SearchName { get; init; }

    public required string UnitCode { get; init; }

    public string? ProvinceCode { get; init; }

    public required string Audience { get; init; }

    public string? Gender { get; init; }

    public int? BirthYear { get; init; }
}

/// <summary>A class with its enrolment counts (Enrolled and Waiting now, CompletedTrainees once completed).</summary>
public sealed record TrainingClassRow
{
    public int Id { get; init; }

    public string? Code { get; init; }

    public required string UnitCode { get; init; }

    public string? ProvinceCode { get; init; }

    public required string Audience { get; init; }

    public required string Title { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public int Year { get; init; }

    public int Sessions { get; init; }

    public int Capacity { get; init; }

    public required string Trainers { get; init; }

    public string? Venue { get; init; }

    public bool Online { get; init; }

    public bool Completed { get; init; }

    public int Enrolled { get; init; }

    public int Waiting { get; init; }

    public int CompletedTrainees { get; init; }
}

/// <summary>A person's place in a class: Status is Enrolled or Waiting. In a scope, the person's unit decides whether
/// it is seen.</summary>
public sealed record EnrolmentRow
{
    public int Id { get; init; }

    public int ClassId { get; init; }

    public string? ClassCode { get; init; }

    public required string ClassTitle { get; init; }

    public required string ClassUnitCode { get; init; }

    public string? ClassProvinceCode { get; init; }

    public required string Audience { get; init; }

    public int Year { get; init; }

    public required string PersonCode { get; init; }

    public required string FullName { get; init; }

    public required string PersonUnitCode { get; init; }

    public string? PersonProvinceCode { get; init; }

    public required string Status { get; init; }

    public int? AttendedSessions { get; init; }

    public int Sessions { get; init; }

    public bool Completed { get; init; }
}

/// <summary>One trainee present at one session of a class; the key is (ClassId, PersonId, Session). In a scope, the
/// person's unit decides.</summary>
public sealed record AttendanceRow
{
    public int ClassId { get; init; }

    public int PersonId { get; init; }

    public string? ClassCode { get; init; }

    public required string ClassTitle { get; init; }

    public required string ClassUnitCode { get; init; }

    public string? ClassProvinceCode { get; init; }

    public int Year { get; init; }

    public int Session { get; init; }

    public required string PersonCode { get; init; }

    public required string FullName { get; init; }

    public required string PersonUnitCode { get; init; }

    public string? PersonProvinceCode { get; init; }
}
