using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>
/// Every endpoint the host maps carries a platform policy (writes a write policy); only /health, the API's OpenAPI
/// document, the web interface's sign-in, sign-out and language switch, and its static files (styles, scripts) are
/// open.
/// </summary>
public sealed class EndpointPolicyTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private static readonly string[] Policies =
    [
        PlatformPolicies.Read, PlatformPolicies.WriteRegister, PlatformPolicies.WritePlans,
        PlatformPolicies.WriteTraining, PlatformPolicies.WriteMonitoring, PlatformPolicies.Administer,
    ];

    [Fact]
    public void Only_health_the_API_document_the_sign_in_and_static_files_allow_anonymous_callers()
    {
        var open = Endpoints().Where(e => e.Anonymous).Select(e => e.Pattern).ToList();

        open.Where(p =>
                !p.StartsWith("_content/", StringComparison.Ordinal)
                && !p.StartsWith("_framework/", StringComparison.Ordinal)
            )
            .Should()
            .BeEquivalentTo("/health", "/openapi/{documentName}.json", "/sign-in", "/sign-out", "/language/{code}");
        open.Should().Contain("_content/MudBlazor/MudBlazor.min.css");
    }

    [Fact]
    public void Every_api_endpoint_needs_a_platform_policy_and_every_api_write_a_write_policy()
    {
        var api = Endpoints().Where(e => e.Pattern.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        api.Should().HaveCountGreaterThan(40);
        api.Where(e => e.Policies.Count == 0 || !e.Policies.All(Policies.Contains)).Should().BeEmpty();
        api.Where(e => !e.Reads && !e.Policies.Except([PlatformPolicies.Read]).Any()).Should().BeEmpty();
    }

    [Fact]
    public void The_OData_sets_need_the_read_policy()
    {
        var sets = Endpoints()
            .Where(e =>
                e.Pattern.StartsWith("odata/", StringComparison.Ordinal)
                && !e.Pattern.Contains('$', StringComparison.Ordinal)
            )
            .ToList();

        sets.Should()
            .Contain(e => e.Pattern == "odata/Obligations")
            .And.Contain(e => e.Pattern == "odata/Progress")
            .And.Contain(e => e.Pattern == "odata/Trainees");
        // The audit log is for administrators only (ADR 0010).
        sets.Where(e => e.Pattern.StartsWith("odata/AuditEntries", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.OnlyContain(e => e.Policies.SequenceEqual(new[] { PlatformPolicies.Administer }));
        sets.Where(e =>
                !e.Pattern.StartsWith("odata/AuditEntries", StringComparison.Ordinal)
                && !e.Policies.SequenceEqual([PlatformPolicies.Read])
            )
            .Should()
            .BeEmpty();
    }

    [Theory]
    [InlineData("GET", "/api/units/", PlatformPolicies.Read)]
    [InlineData("POST", "/api/units/import", PlatformPolicies.WriteRegister)]
    [InlineData("POST", "/api/statistics/import", PlatformPolicies.WriteRegister)]
    [InlineData("GET", "/api/plans/{code}/obligations", PlatformPolicies.Read)]
    [InlineData("POST", "/api/plans/{code}/subordinates", PlatformPolicies.WritePlans)]
    [InlineData("POST", "/api/plans/{code}/status", PlatformPolicies.WritePlans)]
    [InlineData("PUT", "/api/plans/{code}/report-date", PlatformPolicies.WritePlans)]
    [InlineData("PUT", "/api/obligations/{id:int}/override", PlatformPolicies.WritePlans)]
    [InlineData("DELETE", "/api/obligations/{id:int}/override", PlatformPolicies.WritePlans)]
    [InlineData("GET", "/api/obligations/export", PlatformPolicies.Read)]
    [InlineData("POST", "/api/training/classes", PlatformPolicies.WriteTraining)]
    [InlineData(
        "PUT",
        "/api/training/classes/{id:int}/sessions/{session:int}/attendance",
        PlatformPolicies.WriteTraining
    )]
    [InlineData("GET", "/api/training/quotas", PlatformPolicies.Read)]
    [InlineData("POST", "/api/monitoring/activities", PlatformPolicies.WriteMonitoring)]
    [InlineData("POST", "/api/monitoring/indicator-values", PlatformPolicies.WriteMonitoring)]
    [InlineData(
        "POST",
        "/api/monitoring/plans/{planCode}/reports/{year:int}/submission",
        PlatformPolicies.WriteMonitoring
    )]
    [InlineData("GET", "/api/monitoring/plans/{planCode}/reports/{year:int}/xlsx", PlatformPolicies.Read)]
    [InlineData("GET", "/api/monitoring/plans/{planCode}/reports/{year:int}/docx", PlatformPolicies.Read)]
    [InlineData("GET", "/api/admin/users/", PlatformPolicies.Administer)]
    [InlineData("DELETE", "/api/admin/users/{name}/keys/{keyId}", PlatformPolicies.Administer)]
    [InlineData("GET", "/api/me", PlatformPolicies.Read)]
    public void An_endpoint_needs_the_policy_of_what_it_does(string method, string pattern, string policy)
    {
        Endpoints().Single(e => e.Pattern == pattern && e.Methods.Contains(method)).Policies.Should().Equal(policy);
    }

    private List<EndpointPolicy> Endpoints() =>
        platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new EndpointPolicy(
                e.RoutePattern.RawText ?? "",
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [],
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "").Distinct().ToList(),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .ToList();

    private sealed record EndpointPolicy(string Pattern, List<string> Methods, List<string> Policies, bool Anonymous)
    {
        public bool Reads => Methods.Count > 0 && Methods.All(m => m is "GET" or "HEAD");
    }
}
