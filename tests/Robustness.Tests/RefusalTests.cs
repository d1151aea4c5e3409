using FluentValidation;
using FluentValidation.Results;
using Platform.BuildingBlocks.Errors;
using Platform.Web.Operations;

namespace Platform.Robustness.Tests;

/// <summary>
/// One list of the platform's refusals (<see cref="PlatformExceptions.IsRefusal"/>), read by the host's exception
/// handler, the pages (<see cref="OperationOutcome.From"/>) and a failed generation's reason: a refusal's message is
/// shown as written, anything else is a fault of the server.
/// </summary>
public sealed class RefusalTests
{
    public static readonly TheoryData<Exception> Refusals = new()
    {
        new ValidationException(
            "Dữ liệu không hợp lệ.",
            [new ValidationFailure("UnitCode", "Mã đơn vị không được để trống.")]
        ),
        new ImportRejectedException(
            "Tệp bị từ chối.",
            new Dictionary<string, string[]> { ["row 2"] = ["Thiếu mã đơn vị."] }
        ),
        new NotFoundException("Không có kế hoạch VN-2099."),
        new ForbiddenException("Không được sửa kế hoạch của cấp trên."),
        new ConflictException("Kế hoạch đã được duyệt."),
        new RuleViolationException("Chỉ tiêu thấp hơn mức sàn của cấp trên."),
        new PreconditionFailedException("Kế hoạch đã bị người khác sửa."),
    };

    public static readonly TheoryData<Exception> Faults = new()
    {
        new InvalidOperationException("Sequence contains no elements"),
        new Microsoft.Data.Sqlite.SqliteException("database disk image is malformed", 11),
        // A bug, as the runtime reports it (code may not throw this type itself: CA2201).
        Record.Exception(() => ((string?)null)!.Length)!,
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refusal_is_shown_to_the_person_as_written(Exception refusal)
    {
        PlatformExceptions.IsRefusal(refusal).Should().BeTrue();
        OperationOutcome.From(refusal)!.Message.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_fault_of_the_server_is_no_refusal_and_no_page_explains_it(Exception fault)
    {
        PlatformExceptions.IsRefusal(fault).Should().BeFalse();
        OperationOutcome.From(fault).Should().BeNull();
    }

    [Fact]
    public void A_page_shows_each_refusal_as_before()
    {
        OperationOutcome
            .From(new NotFoundException("Không có kế hoạch VN-2099."))
            .Should()
            .BeEquivalentTo(new OperationOutcome("Không có kế hoạch VN-2099.", new Dictionary<string, string[]>()));
        OperationOutcome.From(new PreconditionFailedException("Đã bị sửa."))!.Stale.Should().BeTrue();
        OperationOutcome
            .From(new RuleViolationException("Sai.", new Dictionary<string, string[]> { ["floor"] = ["Thấp quá."] }))!
            .FieldErrors["floor"]
            .Should()
            .Equal("Thấp quá.");
    }
}
