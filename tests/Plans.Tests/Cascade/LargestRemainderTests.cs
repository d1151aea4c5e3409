using Platform.Rules;

namespace Platform.Plans.Tests.Cascade;

public sealed class LargestRemainderTests
{
    [Fact]
    public void Ten_over_three_equal_weights_gives_4_3_3() =>
        Arithmetic.Apportion(10, [1, 1, 1]).Should().Equal(4, 3, 3);

    [Fact]
    public void Weights_decide_who_gets_the_leftover_units() =>
        Arithmetic.Apportion(100, [1, 2, 3]).Should().Equal(17, 33, 50);

    [Fact]
    public void Without_usable_weights_the_split_is_equal() =>
        Arithmetic.Apportion(7, [0, 0, 0]).Should().Equal(3, 2, 2);

    [Fact]
    public void The_parts_always_add_up_to_the_whole()
    {
        var random = new Random(20261123);
        for (var run = 0; run < 500; run++)
        {
            var whole = random.NextInt64(0, 2_000_000);
            var weights = Enumerable.Range(0, random.Next(1, 120)).Select(_ => (double)random.Next(0, 50_000)).ToList();

            var parts = Arithmetic.Apportion(whole, weights);

            parts.Sum().Should().Be(whole);
            parts.Should().OnlyContain(p => p >= 0);
        }
    }
}
