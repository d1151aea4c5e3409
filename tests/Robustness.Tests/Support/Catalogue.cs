using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Robustness.Tests.Support;

/// <summary>
/// A valid call of every REST endpoint. <see cref="EndpointCatalogueTests"/> fails when the application maps an
/// endpoint this table does not know, so a new endpoint cannot escape the sweep.
/// </summary>
public static class Catalogue
{
    /// <summary>Numbers the users the valid create-user body names: each call creates one, and names are
    /// unique.</summary>
    private static int users;

    /// <summary>Numbers the campaigns the valid create-campaign body names: codes are unique.</summary>
    private static int campaigns;

    public static readonly IReadOnlyList<EndpointCase> All =
    [
        Get("/health", _ => "/health"),
        Get("/api/indicators", _ => "/api/indicators"),
        Get("/api/rules", _ => "/api/rules"),
        Get("/api/cascade-runs", _ => "/api/cascade-runs"),
        Get("/api/cascade-runs/{id}", _ => "/api/cascade-runs/unknown-run"),
        Get("/api/cascade-runs/{id}/result", _ => "/api/cascade-runs/unknown-run/result"),
        Get("/api/obligations/export", _ => "/api/obligations/export"),
        Get("/api/obligations/{id:int}", p => $"/api/obligations/{p.ObligationId}"),
        Get("/api/obligations/{id:int}/explanation", p => $"/api/obligations/{p.ObligationId}/explanation"),
        new(
            "PUT",
            "/api/obligations/{id:int}/override",
            p => $"/api/obligations/{p.ObligationId}/override",
            p =>
                Json(
                    new
                    {
                        floor = p.ObligationFloor + 10,
                        stretch = p.ObligationFloor + 20,
                        reason = "Tỉnh cam kết cao hơn",
                    }
                ),
            Required: ["floor", "reason"],
            Text: ["reason"]
        ),
        new("DELETE", "/api/obligations/{id:int}/override", p => $"/api/obligations/{p.ObligationId}/override"),
        Get("/api/plans/", _ => $"/api/plans/?unitCode={SeededPlatform.Province}"),
        Get("/api/plans/{code}", _ => $"/api/plans/{SeededPlatform.Plan}"),
        Get("/api/plans/{code}/moves", _ => $"/api/plans/{SeededPlatform.Plan}/moves"),
        Get("/api/plans/{code}/missing-data", _ => $"/api/plans/{SeededPlatform.Plan}/missing-data"),
        Get("/api/plans/{code}/obligations", _ =>
            $"/api/plans/{SeededPlatform.Plan}/obligations?year=2023&top=5&search=xa&orderBy=Floor&desc=true"
        ),
        Get("/api/plans/{code}/document", _ => $"/api/plans/{SeededPlatform.Plan}/document?year=2023"),
        new("POST", "/api/plans/{code}/subordinates", _ => "/api/plans/VN-2021-2025/subordinates",
            _ => Json(new { unitCode = SeededPlatform.Province, cascade = false }),
            Required: ["unitCode"], Codes: ["unitCode"]),
        new("POST", "/api/plans/{code}/years/{year:int}", _ => $"/api/plans/{SeededPlatform.Plan}/years/2023"),
        new("POST", "/api/plans/{code}/status", _ => $"/api/plans/{SeededPlatform.Plan}/status",
            _ => Json(new { to = "Submitted", note = "Trình phê duyệt" }),
            Required: ["to"], Codes: ["to"], Text: ["note"]),
        new("PUT", "/api/plans/{code}/report-date", _ => $"/api/plans/{SeededPlatform.Plan}/report-date",
            _ => Json(new { due = "20/12" }),
            Required: ["due"], Codes: ["due"]),
        Get("/api/campaigns/", _ => "/api/campaigns/?year=2026"),
        Get("/api/campaigns/{code}", _ => "/api/campaigns/VN-MAY-2026"),
        Get("/api/campaigns/{code}/quotas", _ => "/api/campaigns/VN-LAUNCH-2020/quotas?unit=01"),
        Get("/api/campaigns/{code}/quotas/{quota}/explanation", _ =>
            "/api/campaigns/VN-LAUNCH-2020/quotas/TEAMS/explanation?unit=01"),
        Get("/api/campaigns/{code}/brief", _ => "/api/campaigns/VN-LAUNCH-2020/brief?unit=01"),
        new("POST", "/api/campaigns/", _ => "/api/campaigns",
            _ => Json(CampaignBody($"VN-ROBUST-{Interlocked.Increment(ref campaigns)}")),
            Required: ["planCode", "code", "title", "kind", "startDate", "endDate"], Codes: ["planCode"],
            Text: ["title", "note"]),
        new("PUT", "/api/campaigns/{code}", _ => "/api/campaigns/VN-MAY-2030",
            _ => Json(CampaignBody(null)),
            Required: ["title", "kind", "startDate", "endDate"], Text: ["title", "note"]),
        new("POST", "/api/campaigns/{code}/cascade", _ => "/api/campaigns/VN-MAY-2030/cascade"),
        new("PUT", "/api/campaigns/{code}/quotas/{quota}/rebases/{province}",
            _ => "/api/campaigns/VN-LAUNCH-2020/quotas/TEAMS/rebases/01",
            _ => Json(new { level = "Commune", reason = "Đội theo xã" }), Required: ["level", "reason"],
            Codes: ["level"]),
        new("DELETE", "/api/campaigns/{code}/quotas/{quota}/rebases/{province}",
            _ => "/api/campaigns/VN-LAUNCH-2020/quotas/TEAMS/rebases/01"),
        Get("/api/units/", _ => "/api/units/?search=dong%20nai&top=5"),
        Get("/api/units/{code}", _ => $"/api/units/{SeededPlatform.Province}"),
        Get("/api/units/{code}/children", _ => $"/api/units/{SeededPlatform.Province}/children"),
        Get("/api/units/{code}/statistics", _ => $"/api/units/{SeededPlatform.Province}/statistics?year=2021"),
        Get("/api/units/{code}/lineage", _ => $"/api/units/{SeededPlatform.TrainingProvince}/lineage?at=2025-07-01"),
        Get("/api/statistics", _ =>
            $"/api/statistics?metric=employed_persons&year=2024&unitCode={SeededPlatform.Province}&onUnitsAt=2024-06-01"
        ),
        Import("/api/units/import"),
        Import("/api/statistics/import"),
        Import("/api/units/lineage/import"),
        new("POST", "/api/statistics/sample", _ => "/api/statistics/sample"),
        Import("/api/training/people/import"),
        Import("/api/training/classes/import"),
        Import("/api/training/enrolments/import"),
        Import("/api/training/attendance/import"),
        Import("/api/monitoring/activities/import"),
        new(
            "POST",
            "/api/training/classes",
            _ => "/api/training/classes",
            _ => Json(SeededPlatform.ClassBody()),
            Required:
            [
                "unitCode",
                "audience",
                "title",
                "startDate",
                "endDate",
                "sessions",
                "capacity",
                "trainers",
                "venue",
            ],
            Codes: ["unitCode", "audience"],
            Text: ["title", "venue", "trainers"]
        ),
        Get("/api/training/classes/{id:int}", p => $"/api/training/classes/{p.ClassId}"),
        Get("/api/training/classes", _ =>
            $"/api/training/classes?year=2024&month=4&unitCode={SeededPlatform.Province}"
        ),
        Get("/api/training/people", _ => $"/api/training/people?search=a&unitCode={SeededPlatform.Province}&top=5"),
        Get("/api/training/classes/{id:int}/attendance", p => $"/api/training/classes/{p.ClassId}/attendance"),
        new(
            "PUT",
            "/api/training/classes/{id:int}",
            p => $"/api/training/classes/{p.ClassId}",
            _ =>
                Json(
                    new
                    {
                        title = "Tập huấn chính sách BHXH tự nguyện (sửa)",
                        startDate = "2025-09-01",
                        endDate = "2025-09-30",
                        capacity = 30,
                    }
                ),
            Required: ["title", "startDate", "endDate", "capacity"],
            Text: ["title"]
        ),
        new(
            "POST",
            "/api/training/classes/{id:int}/enrolments",
            p => $"/api/training/classes/{p.ClassId}/enrolments",
            _ => Json(new { personCodes = new[] { "P3" } }),
            Required: ["personCodes"]
        ),
        new(
            "PUT",
            "/api/training/classes/{id:int}/sessions/{session:int}/attendance",
            p => $"/api/training/classes/{p.ClassId}/sessions/2/attendance",
            _ => Json(new { present = new[] { "P1", "P2" } }),
            Required: ["present"]
        ),
        new("POST", "/api/training/classes/{id:int}/complete", p => $"/api/training/classes/{p.ClassId}/complete"),
        Get("/api/training/quotas", _ => $"/api/training/quotas?unitCode={SeededPlatform.Province}&year=2023"),
        new(
            "POST",
            "/api/monitoring/activities",
            _ => "/api/monitoring/activities",
            _ => Json(SeededPlatform.ActivityBody()),
            Required: ["unitCode", "date", "kind", "audienceGroup", "communicationForm"],
            Codes: ["unitCode", "kind", "audienceGroup", "communicationForm"], Text: ["notes"]),
        Get("/api/monitoring/activities/{id:int}", p => $"/api/monitoring/activities/{p.ActivityId}"),
        new(
            "PUT",
            "/api/monitoring/activities/{id:int}",
            p => $"/api/monitoring/activities/{p.ActivityId}",
            _ => Json(SeededPlatform.ActivityBody()),
            Required: ["unitCode", "date", "kind", "audienceGroup", "communicationForm"],
            Codes: ["unitCode", "kind", "audienceGroup", "communicationForm"],
            Text: ["notes"]
        ),
        new("DELETE", "/api/monitoring/activities/{id:int}", p =>
            $"/api/monitoring/activities/{p.WithdrawableActivityId}"
        ),
        Get("/api/monitoring/activities", _ =>
            $"/api/monitoring/activities?unitCode={SeededPlatform.Province}&year=2024&top=5"
        ),
        new(
            "POST",
            "/api/monitoring/indicator-values",
            _ => "/api/monitoring/indicator-values",
            _ => Json(SeededPlatform.IndicatorValueBody()),
            Required: ["unitCode", "year", "indicatorCode", "value", "denominator", "source"],
            Codes: ["unitCode", "indicatorCode"],
            Text: ["source"]
        ),
        Get("/api/monitoring/campaigns/{code}/progress", _ =>
            "/api/monitoring/campaigns/VN-LAUNCH-2020/progress?unit=01&asOf=2020-06-30"),
        new("POST", "/api/monitoring/new-participants", _ => "/api/monitoring/new-participants",
            _ => Json(new
            {
                unitCode = SeededPlatform.Province, fromDate = "2024-05-01", toDate = "2024-05-31", value = 12,
                source = "Sổ theo dõi của BHXH tỉnh",
            }),
            Required: ["unitCode", "fromDate", "toDate", "value", "source"], Codes: ["unitCode"], Text: ["source"]),
        Get("/api/monitoring/actuals", _ => $"/api/monitoring/actuals?year=2024&unitCode={SeededPlatform.Province}"),
        Get("/api/monitoring/actuals/on-units", _ =>
            $"/api/monitoring/actuals/on-units?year=2024&unitCode={SeededPlatform.Province}&onUnitsAt=2024-06-01"
        ),
        Get("/api/monitoring/progress", _ => $"/api/monitoring/progress?year=2024&unitCode={SeededPlatform.Province}"),
        Get("/api/monitoring/deadlines", _ => "/api/monitoring/deadlines?year=2024"),
        Get("/api/monitoring/plans/{planCode}/reports/{year:int}/", _ =>
            $"/api/monitoring/plans/{SeededPlatform.Plan}/reports/2024"
        ),
        Get("/api/monitoring/plans/{planCode}/reports/{year:int}/xlsx", _ =>
            $"/api/monitoring/plans/{SeededPlatform.Plan}/reports/2024/xlsx"
        ),
        Get("/api/monitoring/plans/{planCode}/reports/{year:int}/docx", _ =>
            $"/api/monitoring/plans/{SeededPlatform.Plan}/reports/2024/docx"
        ),
        new(
            "POST",
            "/api/monitoring/plans/{planCode}/reports/{year:int}/submission",
            _ => $"/api/monitoring/plans/{SeededPlatform.Plan}/reports/2024/submission",
            _ => Json(new { by = "Nguyễn Văn A", note = "Báo cáo năm 2024" }),
            Required: ["by"],
            Text: ["by", "note"]
        ),
        Get("/api/monitoring/plans/{planCode}/reports/{year:int}/submission", _ =>
            $"/api/monitoring/plans/{SeededPlatform.Plan}/reports/{SeededPlatform.SubmittedYear}/submission"
        ),
        new(
            "PUT",
            "/api/monitoring/plans/{planCode}/reports/{year:int}/submission",
            _ => $"/api/monitoring/plans/{SeededPlatform.Plan}/reports/{SeededPlatform.SubmittedYear}/submission",
            _ => Json(new { note = "Bổ sung ghi chú" }),
            Required: ["note"],
            Text: ["note"]
        ),
        new("POST", "/api/admin/backup", _ => "/api/admin/backup"),
        Get("/api/admin/backups", _ => "/api/admin/backups"),
        Get("/api/me", _ => "/api/me"),
        Get("/api/audit", _ => "/api/audit?entity=Activity&top=5"),
        Get("/api/admin/users/", _ => "/api/admin/users"),
        new(
            "POST",
            "/api/admin/users/",
            _ => "/api/admin/users",
            _ => Json(SeededPlatform.UserBody($"robust-user-{Interlocked.Increment(ref users)}")),
            Required: ["name", "roles", "scope"],
            Codes: ["scope"],
            Text: ["displayName"]
        ),
        Get("/api/admin/users/{name}", _ => $"/api/admin/users/{SeededPlatform.UserName}"),
        new(
            "PUT",
            "/api/admin/users/{name}/scope",
            _ => $"/api/admin/users/{SeededPlatform.UserName}/scope",
            _ => Json(new { scope = "75" }),
            Required: ["scope"],
            Codes: ["scope"]
        ),
        new("PUT", "/api/admin/users/{name}/roles/{role}", _ =>
            $"/api/admin/users/{SeededPlatform.UserName}/roles/analyst"
        ),
        new("DELETE", "/api/admin/users/{name}/roles/{role}", _ =>
            $"/api/admin/users/{SeededPlatform.UserName}/roles/analyst"
        ),
        new("POST", "/api/admin/users/{name}/keys", _ => $"/api/admin/users/{SeededPlatform.UserName}/keys"),
        new("DELETE", "/api/admin/users/{name}/keys/{keyId}", p =>
            $"/api/admin/users/{SeededPlatform.UserName}/keys/{p.KeyId}"
        ),
        new("POST", "/api/admin/users/{name}/disable", _ => $"/api/admin/users/{SeededPlatform.UserName}/disable"),
        new("POST", "/api/admin/users/{name}/enable", _ => $"/api/admin/users/{SeededPlatform.UserName}/enable"),
    ];

    public static IEnumerable<EndpointCase> WithJsonBody => All.Where(c => c.Body is not null);

    public static IEnumerable<EndpointCase> Imports => All.Where(c => c.ImportsFile);

    public static EndpointCase Find(string method, string pattern) =>
        All.Single(c => c.Method == method && c.Pattern == pattern);

    private static EndpointCase Get(string pattern, Func<SeededPlatform, string> url) => new("GET", pattern, url);

    private static EndpointCase Import(string pattern) => new("POST", pattern, _ => pattern, ImportsFile: true);

    private static JsonObject Json(object value) => JsonSerializer.SerializeToNode(value)!.AsObject();

    /// <summary>A campaign month of 2030 on the national plan: a valid body for a new campaign (with its
    /// <paramref name="code"/>) or for a change.</summary>
    private static object CampaignBody(string? code) =>
        new
        {
            planCode = code is null ? null : "VN-2026-2030",
            code,
            title = "Tháng vận động triển khai bảo hiểm xã hội toàn dân năm 2030",
            kind = "CampaignMonth",
            startDate = "2030-05-01",
            endDate = "2030-05-31",
            note = "Chủ đề do Bộ chọn",
            forms = new[] { new { code = "loudspeaker_radio", text = "hệ thống loa phát thanh cơ sở" } },
        };
}
