using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Texts;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>
/// The role check of the MediatR pipeline: whoever sends a request (the API, the web interface, a host verb) is refused
/// with a 403 when none of their roles grants the request's <see cref="RequiresPermissionAttribute"/>, before
/// validation.
/// </summary>
public sealed class PermissionPipelineTests
{
    private static readonly ICurrentCaller Analyst = PlatformFactory.Caller(PlatformRoles.Analyst, UnitScope.Nation);

    private static readonly ICurrentCaller Officer = PlatformFactory.Caller(
        PlatformRoles.CommuneOfficer,
        UnitScope.Commune("26001")
    );

    private static readonly ICurrentCaller Planner = PlatformFactory.Caller(
        PlatformRoles.ProvincialPlanner,
        UnitScope.Province("75")
    );

    [Fact]
    public async Task An_analyst_generating_plans_is_refused_and_told_which_roles_may()
    {
        var send = () => SendAsync(Analyst, new PlansWrite(""), CultureInfo.GetCultureInfo("en"));

        (await send.Should().ThrowAsync<ForbiddenException>())
            .Which.Message.Should()
            .Be(
                "User 'test-analyst' (analyst) may not do this: it needs one of the roles: administrator, "
                    + "national_planner, provincial_planner."
            );
    }

    [Fact]
    public async Task The_refusal_is_in_Vietnamese_by_default()
    {
        var send = () => SendAsync(Officer, new PlansWrite("x"), Languages.Vietnamese);

        (await send.Should().ThrowAsync<ForbiddenException>())
            .Which.Message.Should()
            .Be(
                "Người dùng 'test-commune_officer' (commune_officer) không được làm việc này: việc này cần một trong "
                    + "các vai trò: administrator, national_planner, provincial_planner."
            );
    }

    [Fact]
    public async Task A_commune_officer_records_monitoring()
    {
        (await SendAsync(Officer, new MonitoringWrite())).Should().Be(nameof(MonitoringWrite));
    }

    [Fact]
    public async Task The_system_caller_of_the_host_verbs_may_send_every_request()
    {
        IRequest<string>[] requests =
        [
            new Read(),
            new RegisterWrite(),
            new PlansWrite("x"),
            new TrainingWrite(),
            new MonitoringWrite(),
            new Administration(),
        ];

        foreach (var request in requests)
        {
            (await SendAsync(FixedCaller.System, request)).Should().Be(request.GetType().Name);
        }
    }

    [Fact]
    public async Task A_request_without_the_attribute_is_a_read_every_role_may_send_and_a_caller_without_roles_may_not()
    {
        (await SendAsync(Analyst, new Unmarked())).Should().Be(nameof(Unmarked));

        var anonymous = () => SendAsync(new FixedCaller("anonymous", [], UnitScope.None), new Unmarked());
        await anonymous.Should().ThrowAsync<ForbiddenException>();
    }

    [Fact]
    public async Task The_role_is_checked_before_the_input_so_a_refused_caller_learns_nothing_of_the_rules()
    {
        var analyst = () => SendAsync(Analyst, new PlansWrite(""));
        var planner = () => SendAsync(Planner, new PlansWrite(""));

        await analyst.Should().ThrowAsync<ForbiddenException>();
        await planner.Should().ThrowAsync<ValidationException>();
    }

    /// <summary>Sends <paramref name="request"/> through the platform's own mediator and pipeline, as
    /// <paramref name="caller"/>.</summary>
    private static async Task<string> SendAsync(
        ICurrentCaller caller,
        IRequest<string> request,
        CultureInfo? language = null
    )
    {
        var services = new ServiceCollection().AddPlatformMediation().AddScoped(_ => caller);
        services.AddTransient<IValidator<PlansWrite>, PlansWriteValidator>();
        foreach (
            var type in new[]
            {
                typeof(Read),
                typeof(RegisterWrite),
                typeof(PlansWrite),
                typeof(TrainingWrite),
                typeof(MonitoringWrite),
                typeof(Administration),
                typeof(Unmarked),
            }
        )
        {
            services.AddTransient(
                typeof(IRequestHandler<,>).MakeGenericType(type, typeof(string)),
                typeof(NameHandler<>).MakeGenericType(type)
            );
        }

        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language ?? CultureInfo.GetCultureInfo("en");
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [RequiresPermission(Permission.Read)]
    private sealed record Read : IRequest<string>;

    [RequiresPermission(Permission.WriteRegister)]
    private sealed record RegisterWrite : IRequest<string>;

    [RequiresPermission(Permission.WritePlans)]
    private sealed record PlansWrite(string Code) : IRequest<string>;

    [RequiresPermission(Permission.WriteTraining)]
    private sealed record TrainingWrite : IRequest<string>;

    [RequiresPermission(Permission.WriteMonitoring)]
    private sealed record MonitoringWrite : IRequest<string>;

    [RequiresPermission(Permission.Administer)]
    private sealed record Administration : IRequest<string>;

    private sealed record Unmarked : IRequest<string>;

    private sealed class PlansWriteValidator : AbstractValidator<PlansWrite>
    {
        public PlansWriteValidator() => RuleFor(r => r.Code).NotEmpty();
    }

    /// <summary>Answers the request's type name: proof the handler ran.</summary>
    private sealed class NameHandler<TRequest> : IRequestHandler<TRequest, string>
        where TRequest : IRequest<string>
    {
        public Task<string> Handle(TRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(typeof(TRequest).Name);
    }
}
