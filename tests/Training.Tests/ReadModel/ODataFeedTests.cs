using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.ReadModel;

/// <summary>
/// Two provinces, five people, a completed class in 2025 and an open one in 2026: the small scenario the Training
/// sets of the OData feed are read from.
/// </summary>
public sealed class TrainingFeedFixture : IAsyncLifetime
{
    public TrainingPlatform Platform { get; } = new();

    public async Task InitializeAsync()
    {
        var client = Platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        await TrainingApi.RegisterAsync(client,
        [
            ("A1", "P9001", "collaborators"), ("A2", "P9002", "collaborators"), ("A3", "P9003", "collaborators"),
            ("B1", "P8001", "collaborators"), ("S1", "P9", "communication_staff"),
        ]);

        // 2025, province P9: A1 and A2 get the two places, A3 waits; A1 attends both sessions, A2 one; completed.
        var first = await TrainingApi.CreateClassAsync(client, "P9", sessions: 2, capacity: 2);
        await TrainingApi.EnrolAsync(client, first.Id, "A1", "A2", "A3");
        await TrainingApi.AttendAsync(client, first.Id, 2, new Dictionary<string, int> { ["A1"] = 2, ["A2"] = 1 });
        await TrainingApi.CompleteAsync(client, first.Id);

        // 2026, province P8: B1 enrolled and present at the one session, not completed yet.
        var second = await TrainingApi.CreateClassAsync(
            client,
            "P8",
            sessions: 1,
            capacity: 5,
            start: new DateOnly(2026, 3, 2),
            end: new DateOnly(2026, 3, 6)
        );
        await TrainingApi.EnrolAsync(client, second.Id, "B1");
        await TrainingApi.AttendAsync(client, second.Id, 1, new Dictionary<string, int> { ["B1"] = 1 });
    }

    public Task DisposeAsync()
    {
        Platform.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The Training sets at /odata as Power Query reads them: listed, typed, paged to the end, filtered and
/// aggregated.</summary>
public sealed class ODataFeedTests(TrainingFeedFixture feed) : IClassFixture<TrainingFeedFixture>
{
    private static readonly string[] TrainingTypes =
        ["Trainee", "TrainingClass", "Enrolment", "AttendanceMark", "TrainingQuota"];

    /// <summary>Set, expected rows, and the key properties that identify a row.</summary>
    public static readonly TheoryData<string, int, string[]> Sets = new()
    {
        { "Trainees", 5, ["Id"] },
        { "TrainingClasses", 2, ["Id"] },
        { "Enrolments", 4, ["Id"] },
        { "Attendance", 4, ["ClassId", "PersonId", "Session"] },
        // 2025 and 2026 (the years with classes), each: collaborators at VN, P9, P9001-3, P8, P8001; staff at VN, P9.
        { "TrainingQuotas", 18, ["Year", "UnitCode", "Audience"] },
    };

    private HttpClient Client()
    {
        var client = feed.Platform.CreateClient();
        client.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        return client;
    }

    [Fact]
    public async Task An_attendance_mark_and_a_quota_row_are_read_by_their_keys_and_an_unknown_key_is_a_404()
    {
        var client = Client();
        var mark = System
            .Text.Json.JsonDocument.Parse(await client.GetStringAsync("/odata/Attendance?$top=1"))
            .RootElement.GetProperty("value")[0];
        var (classId, personId, session) = (
            mark.GetProperty("ClassId").GetInt32(),
            mark.GetProperty("PersonId").GetInt32(),
            mark.GetProperty("Session").GetInt32()
        );

        var one = System
            .Text.Json.JsonDocument.Parse(
                await client.GetStringAsync(
                    $"/odata/Attendance(ClassId={classId},PersonId={personId},Session={session})"
                )
            )
            .RootElement;
        var quota = System
            .Text.Json.JsonDocument.Parse(
                await client.GetStringAsync("/odata/TrainingQuotas(Year=2026,UnitCode='P9',Audience='collaborators')")
            )
            .RootElement;

        one.GetProperty("PersonId").GetInt32().Should().Be(personId);
        (quota.GetProperty("Year").GetInt32(), quota.GetProperty("UnitCode").GetString()).Should().Be((2026, "P9"));
        (await client.GetAsync($"/odata/Attendance(ClassId={classId},PersonId={personId},Session=99)"))
            .StatusCode.Should()
            .Be(System.Net.HttpStatusCode.NotFound);
        (await client.GetAsync("/odata/TrainingQuotas(Year=2026,UnitCode='XX',Audience='collaborators')"))
            .StatusCode.Should()
            .Be(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_service_document_lists_the_five_Training_sets()
    {
        var root = await GetJsonAsync(Client(), "/odata");

        root.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("name").GetString())
            .Should().Contain(["Trainees", "TrainingClasses", "Enrolments", "Attendance", "TrainingQuotas"]);
    }

    [Fact]
    public async Task Metadata_parses_with_keys_dates_whole_numbers_and_doubles()
    {
        var response = await Client().GetAsync("/odata/$metadata");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream);
        CsdlReader.TryParse(reader, out var model, out var errors).Should().BeTrue(string.Join("; ", errors ?? []));

        model.EntityContainer.EntitySets().Select(s => (s.Name, s.EntityType.Name)).Should().Contain(
        [
            ("Trainees", "Trainee"), ("TrainingClasses", "TrainingClass"), ("Enrolments", "Enrolment"),
            ("Attendance", "AttendanceMark"), ("TrainingQuotas", "TrainingQuota"),
        ]);
        var types = model.SchemaElements.OfType<IEdmEntityType>().ToDictionary(t => t.Name);
        Key(types["Trainee"]).Should().Equal("Id");
        Key(types["TrainingClass"]).Should().Equal("Id");
        Key(types["Enrolment"]).Should().Equal("Id");
        Key(types["AttendanceMark"]).Should().BeEquivalentTo("ClassId", "PersonId", "Session");
        Key(types["TrainingQuota"]).Should().BeEquivalentTo("Year", "UnitCode", "Audience");

        Type(types["TrainingClass"], "StartDate").Should().Be("Edm.Date");
        Type(types["TrainingClass"], "EndDate").Should().Be("Edm.Date");
        Type(types["TrainingClass"], "Year").Should().Be("Edm.Int32");
        Type(types["TrainingClass"], "Enrolled").Should().Be("Edm.Int32");
        Type(types["TrainingClass"], "CompletedTrainees").Should().Be("Edm.Int32");
        Type(types["TrainingClass"], "Completed").Should().Be("Edm.Boolean");
        Type(types["Trainee"], "BirthYear").Should().Be("Edm.Int32");
        Type(types["Enrolment"], "AttendedSessions").Should().Be("Edm.Int32");
        Type(types["AttendanceMark"], "Session").Should().Be("Edm.Int32");
        Type(types["TrainingQuota"], "Year").Should().Be("Edm.Int32");
        Type(types["TrainingQuota"], "Registered").Should().Be("Edm.Int64");
        Type(types["TrainingQuota"], "Trained").Should().Be("Edm.Int64");
        Type(types["TrainingQuota"], "RequiredTraineesFloor").Should().Be("Edm.Int64");
        Type(types["TrainingQuota"], "CoveragePercent").Should().Be("Edm.Double");
        Type(types["TrainingQuota"], "RegisteredTrainedPercent").Should().Be("Edm.Double");
        Type(types["TrainingQuota"], "TraineesFloorPercent").Should().Be("Edm.Double");
        Type(types["TrainingQuota"], "Level").Should().Be("Edm.String");
        types["TrainingQuota"]
            .StructuralProperties()
            .Select(p => p.Name)
            .Should()
            .Contain(["UnitName", "ProvinceCode", "ParentCode", "TraineesGap", "ClassesGap", "MissingData"]);
        TrainingTypes
            .SelectMany(t => types[t].StructuralProperties())
            .Should()
            .NotContain(p => p.Type.IsDecimal() || p.Type.IsDateTimeOffset());
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Every_set_reads_to_the_end_through_nextLink_with_its_count_and_no_duplicate_keys(
        string set,
        int expected,
        string[] key
    )
    {
        var client = Client();
        var count = int.Parse(await client.GetStringAsync($"/odata/{set}/$count"), CultureInfo.InvariantCulture);
        client.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=2");

        var (rows, pages) = await WalkAsync(client, $"/odata/{set}", key);

        count.Should().Be(expected);
        rows.Should().HaveCount(count).And.OnlyHaveUniqueItems();
        pages.Should().Be((count + 1) / 2);
    }

    [Fact]
    public async Task Ordered_by_a_column_with_ties_the_walk_still_has_every_quota_row_once()
    {
        var client = Client();
        client.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=4");

        var (rows, pages) = await WalkAsync(
            client,
            "/odata/TrainingQuotas?$orderby=Registered desc&$select=Year,UnitCode,Audience,Registered",
            ["Year", "UnitCode", "Audience"]
        );

        rows.Should().HaveCount(18).And.OnlyHaveUniqueItems();
        pages.Should().Be(5);
    }

    [Fact]
    public async Task Filters_on_UnitCode_run_on_every_set()
    {
        var client = Client();

        (await ValuesAsync(client, "Trainees?$filter=UnitCode eq 'P9001'&$select=PersonCode,FullName"))
            .Select(t => (t.GetProperty("PersonCode").GetString(), t.GetProperty("FullName").GetString()))
            .Should().Equal(("A1", "Nguyễn Văn A1"));
        (await ValuesAsync(client, "TrainingClasses?$filter=UnitCode eq 'P9'"))
            .Select(c =>
                (
                    c.GetProperty("Year").GetInt32(),
                    c.GetProperty("Enrolled").GetInt32(),
                    c.GetProperty("Waiting").GetInt32(),
                    c.GetProperty("CompletedTrainees").GetInt32(),
                    c.GetProperty("Completed").GetBoolean(),
                    c.GetProperty("StartDate").GetString()
                )
            )
            .Should()
            .Equal((2025, 2, 1, 1, true, "2025-09-01"));
        (
            await ValuesAsync(
                client,
                "Enrolments?$filter=ClassUnitCode eq "
                    + "'P9'&$orderby=PersonCode&$select=PersonCode,Status,AttendedSessions,Completed"
            )
        )
            .Select(e =>
                (
                    e.GetProperty("PersonCode").GetString(),
                    e.GetProperty("Status").GetString(),
                    e.GetProperty("Completed").GetBoolean()
                )
            )
            .Should()
            .Equal(("A1", "Enrolled", true), ("A2", "Enrolled", false), ("A3", "Waiting", false));
        (await GetStringAsync(client, "Attendance/$count?$filter=PersonUnitCode eq 'P9001'")).Should().Be("2");
        (
            await ValuesAsync(
                client,
                "TrainingQuotas?$filter=UnitCode eq 'P9' and Year eq "
                    + "2025&$orderby=Audience&$select=Audience,UnitName,Level,Registered,Trained,ClassesScheduled,"
                    + "ClassesHeld,CoveragePercent"
            )
        )
            .Select(q =>
                (
                    q.GetProperty("Audience").GetString(),
                    q.GetProperty("UnitName").GetString(),
                    q.GetProperty("Level").GetString(),
                    q.GetProperty("Registered").GetInt64(),
                    q.GetProperty("Trained").GetInt64(),
                    q.GetProperty("ClassesScheduled").GetInt64(),
                    q.GetProperty("ClassesHeld").GetInt64(),
                    Math.Round(q.GetProperty("CoveragePercent").GetDouble(), 2)
                )
            )
            .Should()
            .Equal(
                ("collaborators", "Tỉnh Chín", "Province", 3L, 1L, 1L, 1L, 33.33),
                ("communication_staff", "Tỉnh Chín", "Province", 1L, 0L, 0L, 0L, 0.0));
    }

    [Fact]
    public async Task A_quota_row_has_the_share_of_the_registered_trained_under_both_names_and_none_of_a_floor_unset()
    {
        var rows = await ValuesAsync(Client(),
            "TrainingQuotas?$filter=UnitCode eq 'P9' and Year eq 2025&$orderby=Audience"
            + "&$select=Audience,CoveragePercent,RegisteredTrainedPercent,TraineesFloorPercent,TraineesGap");

        rows.Select(q => (q.GetProperty("Audience").GetString(), q.GetProperty("CoveragePercent").GetDouble(),
                q.GetProperty("RegisteredTrainedPercent").GetDouble(),
                q.GetProperty("TraineesFloorPercent").ValueKind, q.GetProperty("TraineesGap").ValueKind))
            .Should().Equal(
                ("collaborators", 33.33, 33.33, JsonValueKind.Null, JsonValueKind.Null),
                ("communication_staff", 0.0, 0.0, JsonValueKind.Null, JsonValueKind.Null));
    }

    [Fact]
    public async Task Quotas_take_count_top_and_a_year_filter()
    {
        var client = Client();

        (await GetStringAsync(client, "TrainingQuotas/$count?$filter=Year eq 2026")).Should().Be("9");
        var page = await GetJsonAsync(
            client,
            "/odata/"
                + Escape(
                    "TrainingQuotas?$filter=Year eq 2026 and Level eq 'Commune'&$orderby=UnitCode "
                        + "desc&$top=2&$count=true&$select=UnitCode,Registered,ClassesScheduled"
                )
        );
        page.GetProperty("@odata.count").GetInt32().Should().Be(4);
        page.GetProperty("value")
            .EnumerateArray()
            .Select(q => (q.GetProperty("UnitCode").GetString(), q.GetProperty("ClassesScheduled").GetInt64()))
            .Should()
            .Equal(("P9003", 0L), ("P9002", 0L));
        (
            await ValuesAsync(
                client,
                "TrainingQuotas?$filter=Year eq 2026 and UnitCode eq 'P8'&$select=ClassesScheduled,ClassesHeld,Trained"
            )
        )
            .Select(q =>
                (
                    q.GetProperty("ClassesScheduled").GetInt64(),
                    q.GetProperty("ClassesHeld").GetInt64(),
                    q.GetProperty("Trained").GetInt64()
                )
            )
            .Should()
            .Equal((1L, 0L, 0L));
    }

    [Fact]
    public async Task Quotas_aggregate_on_the_server_with_apply_groupby()
    {
        var rows = await ValuesAsync(
            Client(),
            "TrainingQuotas?$apply=filter(Level eq 'Commune')/groupby((Year,Audience),aggregate(Registered with sum as "
                + "Registered,Trained with sum as Trained,UnitCode with countdistinct as Communes))&$orderby=Year"
        );

        rows.Select(r =>
                (
                    r.GetProperty("Year").GetInt32(),
                    r.GetProperty("Audience").GetString(),
                    r.GetProperty("Registered").GetInt64(),
                    r.GetProperty("Trained").GetInt64(),
                    r.GetProperty("Communes").GetInt64()
                )
            )
            .Should()
            .Equal((2025, "collaborators", 4L, 1L, 4L), (2026, "collaborators", 4L, 0L, 4L));
    }

    [Theory]
    [InlineData("TrainingQuotas?$filter=Nope eq 1")]
    [InlineData("TrainingQuotas?$top=100001")]
    [InlineData("Attendance?$filter=Nope eq 1")]
    public async Task A_query_the_feed_cannot_run_answers_400_with_an_OData_error(string relative)
    {
        var response = await Client().GetAsync("/odata/" + Escape(relative));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        JsonDocument
            .Parse(body)
            .RootElement.GetProperty("error")
            .GetProperty("code")
            .GetString()
            .Should()
            .Be("InvalidQuery");
    }

    private static async Task<(List<string> Keys, int Pages)> WalkAsync(HttpClient client, string url, string[] key)
    {
        var keys = new List<string>();
        var pages = 0;
        var next = Escape(url);
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.OK, body);
            var page = JsonDocument.Parse(body).RootElement;
            pages++;
            keys.AddRange(
                page.GetProperty("value")
                    .EnumerateArray()
                    .Select(row => string.Join("|", key.Select(k => row.GetProperty(k).ToString())))
            );
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            if (next is not null)
            {
                new Uri(next).IsAbsoluteUri.Should().BeTrue();
            }

            pages.Should().BeLessThan(100, "paging must end");
        }

        return (keys, pages);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<List<JsonElement>> ValuesAsync(HttpClient client, string relative) =>
        [.. (await GetJsonAsync(client, "/odata/" + Escape(relative))).GetProperty("value").EnumerateArray()];

    private static async Task<string> GetStringAsync(HttpClient client, string relative)
    {
        var response = await client.GetAsync("/odata/" + Escape(relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return body;
    }

    /// <summary>The query part escaped as a browser or Power Query would send it.</summary>
    private static string Escape(string relative)
    {
        var question = relative.IndexOf('?', StringComparison.Ordinal);
        return question < 0
            ? relative
            : relative[..question]
                + "?"
                + string.Join(
                    "&",
                    relative[(question + 1)..]
                        .Split('&')
                        .Select(pair =>
                        {
                            var equals = pair.IndexOf('=', StringComparison.Ordinal);
                            return equals < 0
                                ? Uri.EscapeDataString(pair)
                                : pair[..equals] + "=" + Uri.EscapeDataString(pair[(equals + 1)..]);
                        })
                );
    }

    private static IEnumerable<string> Key(IEdmEntityType type) => type.Key().Select(k => k.Name);

    private static string Type(IEdmEntityType type, string property) =>
        type.FindProperty(property).Type.Definition.FullTypeName();
}
