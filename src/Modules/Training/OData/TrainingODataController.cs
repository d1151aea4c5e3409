using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Results;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Platform.Feed;
using Platform.BuildingBlocks.Security;
using Platform.Training.Contracts.ReadModels;
using Platform.Training.ReadModel;

namespace Platform.Training.OData;

/// <summary>
/// The Training entity sets of the feed at <c>/odata</c>, read through the feed's one path (<see cref="FeedRows"/>):
/// each set is read whole in key order (TrainingQuotas rolled up over the unit tree for every year that has quotas or
/// classes), kept while the modules it reads do not change, and the query options run over it in memory. Public because
/// MVC only finds public controllers; it exposes nothing but read models.
/// </summary>
/// <remarks>
/// Every set is held to the caller's unit scope before the query options apply, so <c>$filter</c>, <c>$apply</c>,
/// <c>$count</c> and nextLink see only the caller's rows, and a key outside the scope answers 404. Trainees and classes
/// go by their unit; enrolments and attendance by the person's unit (a commune sees its people in a province's class);
/// quotas by the row's unit. The rows have no navigation properties, so <c>$expand</c> reaches nothing else.
/// </remarks>
[Route(ODataLimits.RoutePrefix)]
[Authorize(Policy = PlatformPolicies.Read)]
public sealed class TrainingODataController(ICurrentCaller caller) : ODataController
{
    public const string Trainees = nameof(Trainees);
    public const string TrainingClasses = nameof(TrainingClasses);
    public const string Enrolments = nameof(Enrolments);
    public const string Attendance = nameof(Attendance);
    public const string TrainingQuotas = nameof(TrainingQuotas);

    // The read model is internal to the module, so it cannot appear in a public constructor.
    private TrainingReadModel ReadModel => HttpContext.RequestServices.GetRequiredService<TrainingReadModel>();

    private CancellationToken Aborted => HttpContext.RequestAborted;

    [PlatformQuery]
    [HttpGet(Trainees)]
    [HttpGet(Trainees + "/$count")]
    public async Task<IQueryable<TraineeRow>> GetTrainees() =>
        KeyOrderedPaging.Page(Request, await ReadModel.AllTraineesAsync(Aborted), TrainingReadModel.TraineeKey, t =>
            caller.Scope.Covers(t.UnitCode, t.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(Trainees + "({key})")]
    public async Task<SingleResult<TraineeRow>> GetTrainee(int key) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllTraineesAsync(Aborted)).Where(t =>
                t.Id == key && caller.Scope.Covers(t.UnitCode, t.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(TrainingClasses)]
    [HttpGet(TrainingClasses + "/$count")]
    public async Task<IQueryable<TrainingClassRow>> GetTrainingClasses() =>
        KeyOrderedPaging.Page(
            Request,
            await ReadModel.AllTrainingClassesAsync(Aborted),
            TrainingReadModel.ClassKey,
            c => caller.Scope.Covers(c.UnitCode, c.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(TrainingClasses + "({key})")]
    public async Task<SingleResult<TrainingClassRow>> GetTrainingClass(int key) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllTrainingClassesAsync(Aborted)).Where(c =>
                c.Id == key && caller.Scope.Covers(c.UnitCode, c.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(Enrolments)]
    [HttpGet(Enrolments + "/$count")]
    public async Task<IQueryable<EnrolmentRow>> GetEnrolments() =>
        KeyOrderedPaging.Page(Request, await ReadModel.AllEnrolmentsAsync(Aborted), TrainingReadModel.EnrolmentKey, e =>
            caller.Scope.Covers(e.PersonUnitCode, e.PersonProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(Enrolments + "({key})")]
    public async Task<SingleResult<EnrolmentRow>> GetEnrolment(int key) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllEnrolmentsAsync(Aborted)).Where(e =>
                e.Id == key && caller.Scope.Covers(e.PersonUnitCode, e.PersonProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(Attendance)]
    [HttpGet(Attendance + "/$count")]
    public async Task<IQueryable<AttendanceRow>> GetAttendance() =>
        KeyOrderedPaging.Page(
            Request,
            await ReadModel.AllAttendanceAsync(Aborted),
            TrainingReadModel.AttendanceKey,
            a => caller.Scope.Covers(a.PersonUnitCode, a.PersonProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(Attendance + "(ClassId={classId},PersonId={personId},Session={session})")]
    public async Task<SingleResult<AttendanceRow>> GetAttendanceMark(int classId, int personId, int session) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllAttendanceAsync(Aborted)).Where(a =>
                a.ClassId == classId
                && a.PersonId == personId
                && a.Session == session
                && caller.Scope.Covers(a.PersonUnitCode, a.PersonProvinceCode)
            )
        );

    /// <summary>Every year's quota rows (filter by year with <c>$filter=Year eq 2026</c>).</summary>
    [PlatformQuery]
    [HttpGet(TrainingQuotas)]
    [HttpGet(TrainingQuotas + "/$count")]
    public async Task<IQueryable<TrainingQuotaReportRow>> GetTrainingQuotas() =>
        KeyOrderedPaging.Page(Request, await ReadModel.AllTrainingQuotasAsync(Aborted), TrainingReadModel.QuotaKey, q =>
            caller.Scope.Covers(q.UnitCode, q.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(TrainingQuotas + "(Year={year},UnitCode={unitCode},Audience={audience})")]
    public async Task<SingleResult<TrainingQuotaReportRow>> GetTrainingQuota(
        int year,
        string unitCode,
        string audience
    ) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllTrainingQuotasAsync(Aborted)).Where(q =>
                q.Year == year
                && q.UnitCode == unitCode
                && q.Audience == audience
                && caller.Scope.Covers(q.UnitCode, q.ProvinceCode)
            )
        );
}
