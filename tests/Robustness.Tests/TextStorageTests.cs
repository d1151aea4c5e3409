using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Robustness.Tests.Support;

namespace Platform.Robustness.Tests;

/// <summary>
/// Text is data: SQL and script injections in free-text fields are stored and answered exactly as sent, and nothing
/// is executed; Vietnamese typed in decomposed form (NFD) is stored composed (NFC), as imports already do.
/// </summary>
public sealed class TextStorageTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    public static TheoryData<string, string> TextFieldsAndInjections()
    {
        var data = new TheoryData<string, string>();
        foreach (var call in Catalogue.WithJsonBody.Where(c => c.TextFields.Length > 0))
        {
            data.Add(call.ToString(), Hostile.SqlInjection);
            data.Add(call.ToString(), Hostile.ScriptInjection);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextFieldsAndInjections))]
    public async Task An_injection_in_a_text_field_is_stored_inert_and_answered_as_sent(
        string endpoint,
        string injection
    )
    {
        var call = JsonBodyTests.Case(endpoint);
        var tables = await TablesAsync();
        var body = PrepareBody(call);
        // A list of names is stored ';'-separated, so a name holding ';' is refused (see the trainer test below).
        var fields = call
            .TextFields.Where(f => body[f] is not JsonArray || !injection.Contains(';', StringComparison.Ordinal))
            .ToList();
        foreach (var field in fields)
        {
            body[field] = body[field] is JsonArray ? new JsonArray($"{injection} ({field})") : $"{injection} ({field})";
        }

        using var response = await SendAsync(call, body);
        var answer = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode)
            .Should()
            .BeInRange(200, 299, $"{endpoint} with «{injection}» in its text is valid: {answer}");
        Strings(JsonDocument.Parse(answer).RootElement)
            .Should()
            .Contain(fields.Select(field => $"{injection} ({field})"), $"{endpoint} answers its text as it was sent");
        await RestoreAsync(call);
        (await TablesAsync()).Should().Equal(tables, "no table was dropped or created");
    }

    [Fact]
    public async Task Decomposed_Vietnamese_in_any_text_field_is_stored_in_NFC()
    {
        var decomposed = Hostile.DecomposedDongNai;
        decomposed.IsNormalized(NormalizationForm.FormC).Should().BeFalse();
        foreach (var call in Catalogue.WithJsonBody.Where(c => c.TextFields.Length > 0))
        {
            var body = PrepareBody(call);
            foreach (var field in call.TextFields)
            {
                body[field] =
                    body[field] is JsonArray ? new JsonArray($"{decomposed} {field}") : $"{decomposed} {field}";
            }

            using var response = await SendAsync(call, body);
            var answer = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).Should().BeInRange(200, 299, $"{call} with decomposed text is valid: {answer}");
            Strings(JsonDocument.Parse(answer).RootElement)
                .Should()
                .Contain(s => s.StartsWith("Đồng Nai", StringComparison.Ordinal), $"{call} answers NFC");
            await RestoreAsync(call);
        }

        (await TextCellsNotInNfcAsync()).Should().BeEmpty("every text the platform stores is NFC");
    }

    [Fact]
    public async Task A_trainer_name_holding_the_list_separator_is_refused_rather_than_split_in_two()
    {
        var body = JsonSerializer.SerializeToNode(SeededPlatform.ClassBody())!.AsObject();
        body["trainers"] = new JsonArray("Trần Thị A; Lê Văn B");

        var refused = await platform.AssertRefusedAsync(
            c => c.PostAsJsonAsync("/api/training/classes", body),
            "a trainer name with ';'"
        );

        refused.Message.Should().Contain("trainers");
    }

    /// <summary>The report year of the next submission: one submission per plan and year, and plan T1-2021-2025 has
    /// five.</summary>
    private static int submittedYear = 2020;

    private int year;

    private JsonObject PrepareBody(EndpointCase call)
    {
        if (IsSubmission(call))
        {
            year = Interlocked.Increment(ref submittedYear);
        }

        return call.Body!(platform);
    }

    private Task<HttpResponseMessage> SendAsync(EndpointCase call, JsonObject body)
    {
        var url = IsSubmission(call)
            ? call.Url(platform).Replace("/2024/", $"/{year}/", StringComparison.Ordinal)
            : call.Url(platform);
        return platform.Client.SendAsync(
            new HttpRequestMessage(new HttpMethod(call.Method), url) { Content = JsonContent.Create(body) }
        );
    }

    /// <summary>A new submission (POST): amending one (PUT) goes to the report the platform was seeded with.</summary>
    private static bool IsSubmission(EndpointCase call) =>
        call.Method == "POST" && call.Pattern.EndsWith("/submission", StringComparison.Ordinal);

    /// <summary>
    /// A status change is undone (Submitted → Draft) so the plan stays editable for the other calls: returning a plan
    /// is the parent's decision, with a reason, and never by whoever submitted it, so a second national planner returns
    /// it.
    /// </summary>
    private async Task RestoreAsync(EndpointCase call)
    {
        if (call.Pattern.EndsWith("/status", StringComparison.Ordinal))
        {
            var returned = await (await ReturnerAsync()).PostAsJsonAsync(
                $"/api/plans/{SeededPlatform.Plan}/status",
                new { to = "Draft", note = "Trả lại để tiếp tục thử" }
            );
            returned.StatusCode.Should().Be(HttpStatusCode.OK, await returned.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Numbers the returners: xunit makes one instance of this class per test, and user names are
    /// unique.</summary>
    private static int returners;

    private HttpClient? returner;

    private async Task<HttpClient> ReturnerAsync() =>
        returner ??= await platform.Factory.CreateClientAsAsync(
            $"robust-returner-{Interlocked.Increment(ref returners)}",
            "national_planner",
            "VN"
        );

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private async Task<List<string>> TablesAsync() =>
        (await DatabaseWatch.FingerprintAsync(platform.Factory.ConnectionString)).Select(t => t.Name).ToList();

    /// <summary>Every text cell of every table that is not in NFC, as "table.column = value".</summary>
    private async Task<List<string>> TextCellsNotInNfcAsync()
    {
        await using var connection = await platform.Factory.OpenConnectionAsync();
        var found = new List<string>();
        foreach (var quoted in await DatabaseWatch.TablesAsync(connection))
        {
            var table = quoted.Replace("\"", string.Empty, StringComparison.Ordinal);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {quoted};";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is string text && !text.IsNormalized(NormalizationForm.FormC))
                    {
                        found.Add($"{table}.{reader.GetName(i)} = {text}");
                    }
                }
            }
        }

        return found;
    }
}
