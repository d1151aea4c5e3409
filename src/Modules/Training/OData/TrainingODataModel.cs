using Microsoft.OData.ModelBuilder;
using Platform.Feed;
using Platform.Training.Contracts.ReadModels;

namespace Platform.Training.OData;

/// <summary>The Training module's entity sets in the feed; EDM type names drop the CLR "Row" suffix.</summary>
internal sealed class TrainingODataModel : IODataModelContributor
{
    public const string Namespace = "Platform";

    public void Contribute(ODataConventionModelBuilder builder)
    {
        Set<TraineeRow>(builder, TrainingODataController.Trainees, "Trainee");
        Set<TrainingClassRow>(builder, TrainingODataController.TrainingClasses, "TrainingClass");
        Set<EnrolmentRow>(builder, TrainingODataController.Enrolments, "Enrolment");
        Set<AttendanceRow>(builder, TrainingODataController.Attendance, "AttendanceMark")
            .EntityType.HasKey(a => new { a.ClassId, a.PersonId, a.Session });
        Set<TrainingQuotaReportRow>(builder, TrainingODataController.TrainingQuotas, "TrainingQuota")
            .EntityType.HasKey(q => new { q.Year, q.UnitCode, q.Audience });
    }

    private static EntitySetConfiguration<T> Set<T>(ODataConventionModelBuilder builder, string name, string typeName)
        where T : class
    {
        var set = builder.EntitySet<T>(name);
        set.EntityType.Name = typeName;
        set.EntityType.Namespace = Namespace;
        return set;
    }
}
