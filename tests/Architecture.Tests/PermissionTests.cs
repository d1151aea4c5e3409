using MediatR;
using NetArchTest.Rules;
using Platform.BuildingBlocks.Security;

namespace Platform.Architecture.Tests;

/// <summary>
/// Every request a module declares says which permission it needs, so the pipeline checks the role of whoever sends it
/// (the API, the web interface, a host verb), or that it needs none (signing in).
/// </summary>
public sealed class PermissionTests
{
    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void Every_request_of_a_module_requires_a_permission(string module)
    {
        var result = ArchitectureRules.RequestsRequireAPermission(ArchitectureRules.In(Modules.Named(module)));

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void The_rule_finds_requests_with_and_without_a_response()
    {
        var requests = Modules
            .All.SelectMany(a =>
                Types.InAssembly(a).That().AreClasses().And().ImplementInterface(typeof(IBaseRequest)).GetTypes()
            )
            .ToList();

        requests
            .Select(t => t.Name)
            .Should()
            .Contain([
                "GetUnitQuery",
                "ImportUnitsCommand",
                "CreateUserCommand",
                "GetAuditEntriesQuery",
                "WithdrawActivityCommand",
            ]);
        requests
            .Should()
            .HaveCount(
                92,
                "69 before issues 13 and 14, which added a run's result, the lineage query and import, the "
                    + "missing-data query, the statistics on units at a date, a province's report date, the units with "
                    + "a plan, the lineage shares and the actuals on units at a date; issue 15 the sample statistics "
                    + "as a command of their own (the host sees no internals); issue 18 a campaign's create, change, "
                    + "read, list, landing, landed quotas, a province's re-base, its removal and a landed quota's "
                    + "explanation, a campaign's progress and the new-participant reports, the landed campaigns the "
                    + "feed computes progress from and a unit's campaign brief"
            );
    }
}
