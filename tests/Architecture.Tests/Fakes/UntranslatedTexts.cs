namespace Platform.Architecture.Tests.Fakes;

/// <summary>A Vietnamese resource file and English ones that translate it badly, in memory: the translation check must
/// name each fault.</summary>
internal static class UntranslatedTexts
{
    public const string Vietnamese = """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <data name="Plan.NotFound" xml:space="preserve"><value>Không có kế hoạch nào mã '{0}'.</value></data>
          <data name="Plan.TransitionRefused" xml:space="preserve">
            <value>Kế hoạch {0} đang ở trạng thái {1}; chỉ có thể chuyển sang {2}, không sang {3}.</value>
          </data>
          <data name="Status.Draft" xml:space="preserve"><value>Dự thảo</value></data>
        </root>
        """;

    /// <summary>Plan.TransitionRefused is missing, Status.Draft is empty and Plan.NotFound drops {0} for {1};
    /// Plan.Extra is only here.</summary>
    public const string English = """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <data name="Plan.NotFound" xml:space="preserve"><value>No plan has the code '{1}'.</value></data>
          <data name="Status.Draft" xml:space="preserve"><value> </value></data>
          <data name="Plan.Extra" xml:space="preserve"><value>Only in English</value></data>
        </root>
        """;

    /// <summary>A faithful translation: the same keys and placeholders, in another order and with a format ({1:N0}) and
    /// an escaped brace.</summary>
    public const string GoodEnglish = """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <data name="Plan.NotFound" xml:space="preserve"><value>No plan has the code '{0}' {{sic}}.</value></data>
          <data name="Plan.TransitionRefused" xml:space="preserve">
            <value>Plan {0} cannot go to {3}: it is {1:G} and can go to {2}.</value>
          </data>
          <data name="Status.Draft" xml:space="preserve"><value>Draft</value></data>
        </root>
        """;
}
