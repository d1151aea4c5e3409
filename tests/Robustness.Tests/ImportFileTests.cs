using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;

namespace Platform.Robustness.Tests;

/// <summary>Every import endpoint, given files that are not what it reads: a 4xx naming the problem, and nothing
/// imported.</summary>
public sealed class ImportFileTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    public static TheoryData<string> ImportEndpoints() => [.. Catalogue.Imports.Select(c => c.Pattern)];

    [Theory]
    [MemberData(nameof(ImportEndpoints))]
    public async Task Garbage_bytes_are_refused_as_CSV_as_a_workbook_and_as_an_octet_stream(string url)
    {
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        byte[] fakeWorkbook = [(byte)'P', (byte)'K', 3, 4, .. garbage];

        await RefusedAsync(url, garbage, "text/csv", "random bytes as CSV");
        await RefusedAsync(url, garbage, "application/octet-stream", "random bytes as an octet stream");
        await RefusedAsync(
            url,
            fakeWorkbook,
            Platform.Documents.Tabular.TabularFile.XlsxContentType,
            "a zip header then garbage as .xlsx"
        );
        await RefusedAsync(
            url,
            [0xEF, 0xBB, 0xBF, 0xC3, 0x28, (byte)',', 0xA0, 0xA1, (byte)'\n'],
            "text/csv",
            "invalid UTF-8 after a BOM"
        );
        await RefusedAsync(url, [], "text/csv", "an empty file");
    }

    [Theory]
    [MemberData(nameof(ImportEndpoints))]
    public async Task A_file_with_columns_the_import_does_not_know_is_refused_in_CSV_and_in_Excel(string url)
    {
        var refused = await RefusedAsync(
            url,
            Encoding.UTF8.GetBytes("foo,bar,baz\n1,2,3\n4,5,6\n"),
            "text/csv",
            "a CSV with unknown columns"
        );
        refused.Status.Should().Be(HttpStatusCode.BadRequest);

        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(
            new[]
            {
                new Dictionary<string, object> { ["foo"] = "1", ["bar"] = 2 },
            }
        );
        await RefusedAsync(
            url,
            workbook.ToArray(),
            Platform.Documents.Tabular.TabularFile.XlsxContentType,
            "a workbook with unknown columns"
        );
    }

    [Theory]
    [MemberData(nameof(ImportEndpoints))]
    public async Task A_file_sent_without_a_file_content_type_is_a_415(string url)
    {
        var none = await platform.AssertRefusedAsync(
            c => c.PostAsync(url, new ByteArrayContent(Encoding.UTF8.GetBytes("code\n1\n"))),
            $"{url} without a content type"
        );
        var json = await platform.AssertRefusedAsync(
            c => c.PostAsync(url, new StringContent("{\"code\":1}", Encoding.UTF8, "application/json")),
            $"{url} as JSON"
        );

        none.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        json.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [MemberData(nameof(ImportEndpoints))]
    public async Task A_multipart_form_without_exactly_one_file_or_not_well_formed_is_a_400(string url)
    {
        using var twoFiles = new MultipartFormDataContent
        {
            { new ByteArrayContent("a\n1\n"u8.ToArray()), "file", "a.csv" },
            { new ByteArrayContent("b\n2\n"u8.ToArray()), "file", "b.csv" },
        };
        using var noFile = new MultipartFormDataContent { { new StringContent("just a field"), "note" } };
        var broken = new ByteArrayContent(
            "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\ncode\n1"u8.ToArray()
        );
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        var noBoundary = new ByteArrayContent("code\n1\n"u8.ToArray());
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");

        foreach (
            var (content, what) in new (HttpContent, string)[]
            {
                (twoFiles, "two files"),
                (noFile, "no file"),
                (broken, "a form cut short"),
                (noBoundary, "a form without a boundary"),
            }
        )
        {
            var refused = await platform.AssertRefusedAsync(c => c.PostAsync(url, content), $"{url} with {what}");
            refused.Status.Should().Be(HttpStatusCode.BadRequest, refused.Body);
        }
    }

    [Fact]
    public async Task A_row_with_a_10000_character_code_or_an_injection_for_a_code_rejects_the_whole_file()
    {
        var files = new (string Url, string Csv)[]
        {
            (
                "/api/units/import",
                $"code,name,type,parent_code\nT9,Tỉnh Chín,tỉnh,VN\n{Hostile.TenThousandCharacters},Xã Dài,xã,T9\n"
            ),
            (
                "/api/units/import",
                $"code,name,type,parent_code\nT9,Tỉnh Chín,tỉnh,VN\n\"{Hostile.SqlInjection}\",Xã,xã,T9\n"
            ),
            (
                "/api/statistics/import",
                $"unit_code,year,metric,value,source\nT1,2022,population,5,UBND\n\"{Hostile.SqlInjection}\",2022,"
                + $"population,5,UBND\n"
            ),
            (
                "/api/statistics/import",
                $"unit_code,year,metric,value,source\nT1,2022,population,5,{Hostile.TenThousandCharacters}\n"
            ),
            (
                "/api/training/people/import",
                $"code,full_name,unit_code,audience\nP9,Một,75,collaborators\n{Hostile.TenThousandCharacters},Hai,"
                + $"75,collaborators\n"
            ),
            (
                "/api/monitoring/activities/import",
                $"unit_code,date,kind,audience_group,communication_form,count,participants,notes\nT1,2024-05-10,"
                + $"radio_broadcast,voluntary_participants,loudspeaker_radio,1,,\nT1,2024-05-11,radio_broadcast,"
                + $"voluntary_participants,loudspeaker_radio,1,,{Hostile.TenThousandCharacters}\n"
            ),
            ("/api/training/enrolments/import", $"class_code,person_code\n{Hostile.ScriptInjection},P1\n"),
            (
                "/api/training/attendance/import",
                $"class_id,session,person_code\n{platform.ClassId},1,P1\n{platform.ClassId},99,P2\n"
            ),
        };

        foreach (var (url, csv) in files)
        {
            var refused = await platform.AssertRefusedAsync(
                c => c.PostCsvAsync(url, csv),
                $"{url} with a bad second row"
            );
            refused.Status.Should().Be(HttpStatusCode.BadRequest, refused.Body);
        }
    }

    private Task<RefusedResponse> RefusedAsync(string url, byte[] content, string mediaType, string what) =>
        platform.AssertRefusedAsync(
            c =>
                c.PostAsync(
                    url,
                    new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } }
                ),
            $"{url} with {what}"
        );
}
