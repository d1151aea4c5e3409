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

    private IQueryable<TraineeRow> TraineeRows => caller.Scope.Filter(ReadModel.Trainees, t => t.UnitCode, t => t.ProvinceCode);

    private IQueryable<TrainingClassRow> ClassRows => caller.Scope.Filter(ReadModel.TrainingClasses, c => c.UnitCode, c => c.ProvinceCode);

    private IQueryable<EnrolmentRow> EnrolmentRows => caller.Scope.Filter(ReadModel.Enrolments, e => e.PersonUnitCode, e => e.PersonProvinceCode);

    [PlatformQuery]
    [HttpGet(Trainees)]
    [HttpGet(Trainees + "/$count")]
    public IQueryable<TraineeRow> GetTrainees() => TraineeRows;

    [PlatformQuery]
    [HttpGet(Trainees + "({key})")]
    public SingleResult<TraineeRow> GetTrainee(int key) => SingleResult.Create(TraineeRows.Where(t => t.Id == key));

    [PlatformQuery]
    [HttpGet(TrainingClasses)]
    [HttpGet(TrainingClasses + "/$count")]
    public IQueryable<TrainingClassRow> GetTrainingClasses() => ClassRows;

    [PlatformQuery]
    [HttpGet(TrainingClasses + "({key})")]
    public SingleResult<TrainingClassRow> GetTrainingClass(int key) => SingleResult.Create(ClassRows.Where(c => c.Id == key));

    [PlatformQuery]
    [HttpGet(Enrolments)]
    [HttpGet(Enrolments + "/$count")]
    public IQueryable<EnrolmentRow> GetEnrolments() => EnrolmentRows;

    [PlatformQuery]
    [HttpGet(Enrolments + "({key})")]
    public SingleResult<EnrolmentRow> GetEnrolment(int key) => SingleResult.Create(EnrolmentRows.Where(e => e.Id == key));

    [PlatformQuery]
    [HttpGet(Attendance)]
    [HttpGet(Attendance + "/$count")]
    public IQueryable<AttendanceRow> GetAttendance() => caller.Scope.Filter(ReadModel.Attendance, a => a.PersonUnitCode, a => a.PersonProvinceCode);

    /// <summary>
    /// Every year's quota rows, materialised, then queried in memory (null propagation on, since LINQ to objects has
    /// no SQL NULL semantics). Filter by year with <c>$filter=Year eq 2026</c>.
    /// </summary>
    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(TrainingQuotas)]
    [HttpGet(TrainingQuotas + "/$count")]
    public async Task<IQueryable<TrainingQuotaReportRow>> GetTrainingQuotas(CancellationToken cancellationToken) =>
        caller.Scope.Filter((await ReadModel.AllTrainingQuotasAsync(cancellationToken)).AsQueryable(), q => q.UnitCode, q => q.ProvinceCode);

    [PlatformQuery]
    [HttpGet(Attendance + "(ClassId={classId},PersonId={personId},Session={session})")]
    public SingleResult<AttendanceRow> GetAttendanceMark(int classId, int personId, int session) => SingleResult.Create(
        caller.Scope.Filter(ReadModel.Attendance, a => a.PersonUnitCode, a => a.PersonProvinceCode)
            .Where(a => a.ClassId == classId && a.PersonId == personId && a.Session == session));

    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(TrainingQuotas + "(Year={year},UnitCode={unitCode},Audience={audience})")]
    public async Task<SingleResult<TrainingQuotaReportRow>> GetTrainingQuota(int year, string unitCode, string audience, CancellationToken cancellationToken) =>
        SingleResult.Create(caller.Scope.Filter((await ReadModel.AllTrainingQuotasAsync(cancellationToken)).AsQueryable(), q => q.UnitCode, q => q.ProvinceCode)
            .Where(q => q.Year == year && q.UnitCode == unitCode && q.Audience == audience).Take(1).ToList().AsQueryable());
}
