using ReviewLint.Caching;

namespace ReviewLint.Tests.Caching;

public class StripedCounterTests
{
    [Fact]
    public void Value_StartsAtZero() => Assert.Equal(0, new StripedCounter().Value);

    [Fact]
    public void Value_CountsEveryIncrementOfOneThread()
    {
        var counter = new StripedCounter();
        for (int i = 0; i < 1000; i++) counter.Increment();
        Assert.Equal(1000, counter.Value);
    }

    [Fact]
    public void Value_CountsEveryIncrementOfManyThreads()
    {
        var counter = new StripedCounter();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (int i = 0; i < 10_000; i++) counter.Increment();
        });
        Assert.Equal(80_000, counter.Value);
    }
}
