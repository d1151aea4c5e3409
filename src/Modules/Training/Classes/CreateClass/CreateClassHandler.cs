using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Training.Persistence;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.CreateClass;

internal sealed class CreateClassHandler(
    TrainingDbContext db,
    ICurrentCaller caller,
    IMediator mediator,
    TimeProvider clock,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<CreateClassCommand, ClassView>
{
    public async Task<ClassView> Handle(CreateClassCommand request, CancellationToken cancellationToken)
    {
        var start = request.StartDate!.Value;
        var unitCode = request.UnitCode!.Trim();
        var tree = await mediator.Send(GetUnitTreeQuery.OfYear(start.Year), cancellationToken);
        string unknown = texts["Class.UnknownUnitAtStart", unitCode, start.Year];
        if (tree.Find(unitCode) is null)
        {
            throw new NotFoundException(unknown);
        }

        var province = tree.ProvinceOf(unitCode);
        caller.Scope.EnsureCovers(unitCode, province, unknown);

        var code = request.Code?.Trim();
        if (code is not null && await db.Classes.AnyAsync(c => c.Code == code, cancellationToken))
        {
            throw new ConflictException(texts["Class.CodeExists", code]);
        }

        var training = new TrainingClass
        {
            Code = code,
            UnitCode = unitCode,
            ProvinceCode = province,
            Audience = request.Audience!,
            Title = VietnameseText.Clean(request.Title),
            StartDate = start,
            EndDate = request.EndDate!.Value,
            Year = request.EndDate!.Value.Year,
            Sessions = request.Sessions!.Value,
            Capacity = request.Capacity!.Value,
            Trainers = string.Join("; ", request.Trainers!.Select(VietnameseText.Clean)),
            Venue = string.IsNullOrWhiteSpace(request.Venue) ? null : VietnameseText.Clean(request.Venue),
            Online = request.Online,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Classes.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetClassQuery(training.Id), cancellationToken);
    }
}
