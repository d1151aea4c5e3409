using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Results;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.OData;
using Platform.BuildingBlocks.Security;
using Platform.Training.Contracts.ReadModels;
using Platform.Training.ReadModel;

namespace Platform.Training.OData;

/// <summary>
/// The Training entity sets of the feed at <c>/odata</c>. Trainees, TrainingClasses, Enrolments and Attendance are
/// IQueryables translated to SQL; TrainingQuotas is rolled up over the unit tree in memory for every year that has
/// quotas or classes, and the query options are then applied to that list. Public because MVC only finds public
/// controllers; it exposes nothing but read models.
/// </summary>
[Route(ODataLimits.RoutePrefix)]
[Authorize(Policy = PlatformPolicies.Read)]
public sealed class TrainingODataController : ODataController
{
    public const string Trainees = nameof(Trainees);
    public const string TrainingClasses = nameof(TrainingClasses);
    public const string Enrolments = nameof(Enrolments);
    public const string Attendance = nameof(Attendance);
    public const string TrainingQuotas = nameof(TrainingQuotas);

    // The read model is internal to the module, so it cannot appear in a public constructor.
    private TrainingReadModel ReadModel => HttpContext.RequestServices.GetRequiredService<TrainingReadModel>();

    [PlatformQuery]
    [HttpGet(Trainees)]
    [HttpGet(Trainees + "/$count")]
    public IQueryable<TraineeRow> GetTrainees() => ReadModel.Trainees;

    [PlatformQuery]
    [HttpGet(Trainees + "({key})")]
    public SingleResult<TraineeRow> GetTrainee(int key) => SingleResult.Create(ReadModel.Trainees.Where(t => t.Id == key));

    [PlatformQuery]
    [HttpGet(TrainingClasses)]
    [HttpGet(TrainingClasses + "/$count")]
    public IQueryable<TrainingClassRow> GetTrainingClasses() => ReadModel.TrainingClasses;

    [PlatformQuery]
    [HttpGet(TrainingClasses + "({key})")]
    public SingleResult<TrainingClassRow> GetTrainingClass(int key) => SingleResult.Create(ReadModel.TrainingClasses.Where(c => c.Id == key));

    [PlatformQuery]
    [HttpGet(Enrolments)]
    [HttpGet(Enrolments + "/$count")]
    public IQueryable<EnrolmentRow> GetEnrolments() => ReadModel.Enrolments;

    [PlatformQuery]
    [HttpGet(Enrolments + "({key})")]
    public SingleResult<EnrolmentRow> GetEnrolment(int key) => SingleResult.Create(ReadModel.Enrolments.Where(e => e.Id == key));

    [PlatformQuery]
    [HttpGet(Attendance)]
    [HttpGet(Attendance + "/$count")]
    public IQueryable<AttendanceRow> GetAttendance() => ReadModel.Attendance;

    /// <summary>
    /// Every year's quota rows, materialised, then queried in memory (null propagation on, since LINQ to objects has
    /// no SQL NULL semantics). Filter by year with <c>$filter=Year eq 2026</c>.
    /// </summary>
    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(TrainingQuotas)]
    [HttpGet(TrainingQuotas + "/$count")]
    public async Task<IQueryable<TrainingQuotaReportRow>> GetTrainingQuotas(CancellationToken cancellationToken) =>
        (await ReadModel.AllTrainingQuotasAsync(cancellationToken)).AsQueryable();
}
