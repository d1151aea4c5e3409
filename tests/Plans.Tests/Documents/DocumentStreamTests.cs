using System.IO.Compression;
using Platform.Documents;
using Platform.TestKit;

namespace Platform.Plans.Tests.Documents;

/// <summary>The places documents go: entries of one zip for many units, and LibreOffice, which must open
/// them.</summary>
public sealed class DocumentStreamTests
{
    [Fact]
    public void Given_three_plans_When_written_into_the_entries_of_one_zip_Then_each_entry_opens_without_errors()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var number in new[] { 1, 2, 3 })
            {
                using var entry = archive.CreateEntry($"ke-hoach-{number}.docx").Open();
                entry.CanSeek.Should().BeFalse("an entry being written cannot seek, which the SDK's package needs");
                AdministrativeDocumentWriter.Write(
                    SamplePlan.Create() with
                    {
                        NumberAndSymbol = $"Số: {number}/KH-UBND",
                    },
                    entry
                );
            }
        }

        zip.Position = 0;
        using var read = new ZipArchive(zip, ZipArchiveMode.Read);
        var numbers = read.Entries.Select(entry =>
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            using var plan = new WrittenPlan(content.ToArray());
            plan.Errors().Should().BeEmpty();
            return plan
                .Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>()
                .First(run => run.InnerText.StartsWith("Số:", StringComparison.Ordinal))
                .InnerText;
        });

        numbers.Should().Equal("Số: 1/KH-UBND", "Số: 2/KH-UBND", "Số: 3/KH-UBND");
    }

    [Fact]
    public async Task Given_the_Dong_Nai_plan_When_LibreOffice_converts_it_Then_it_writes_a_PDF()
    {
        var pdf = await LibreOffice.ConvertToPdfAsync(AdministrativeDocumentWriter.ToBytes(SamplePlan.Create()));

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
    }
}
