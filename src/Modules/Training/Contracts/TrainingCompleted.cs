using MediatR;

namespace Platform.Training.Contracts;

/// <summary>
/// Published by Training once a class is completed (its completions are final), inside the completing command's
/// transaction: Monitoring records it in that transaction, or the class is not completed (ADR 0022).
/// Monitoring turns it into actuals of the training indicators (e.g. COLLAB_TRAINED people, COLLAB_CLASSES classes).
/// </summary>
/// <param name="ClassId">The class.</param>
/// <param name="UnitCode">The unit that held the class.</param>
/// <param name="Audience">The audience code (collaborators, communication_staff, ...).</param>
/// <param name="Year">The year the class ended in.</param>
/// <param name="EndDate">The day it ended.</param>
/// <param name="Completions">Trainees who completed it, each with the unit they are registered in.</param>
public sealed record TrainingCompleted(
    int ClassId,
    string UnitCode,
    string Audience,
    int Year,
    DateOnly EndDate,
    IReadOnlyList<TraineeCompletion> Completions
) : INotification;

public sealed record TraineeCompletion(string PersonCode, string UnitCode);
