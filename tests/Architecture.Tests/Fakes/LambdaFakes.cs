using Platform.Plans.OData;

// A deliberately bad type whose only use of Plans is inside an async lambda (a compiler-generated nested class), in a
// namespace of its own so the other rules' fakes stay as they are.
namespace Platform.Architecture.Tests.LambdaFakes;

public sealed class UsesPlansOnlyInAnAsyncLambda
{
    public static async Task<int> NameLengthAsync()
    {
        Func<Task<string>> name = async () =>
        {
            await Task.Yield();
            return typeof(PlansODataController).Name;
        };
        return (await name()).Length;
    }
}
