using ReleaseTasks.Metrics;

namespace ReleaseTasks.Tests.Metrics;

/// <summary>Percentiles by linear interpolation between ranks (type 7): rank h = (n − 1)·p + 1 over the sorted values.</summary>
public class DistributionTests
{
    [Fact]
    public void NoValueHasNoMedianAndNoP90()
    {
        Assert.Equal(new Distribution(0, null, null), Distribution.Of(new double[0]));
    }

    [Fact]
    public void OneValueIsItsOwnMedianAndP90()
    {
        Assert.Equal(new Distribution(1, 7, 7), Distribution.Of(new double[] { 7 }));
    }

    [Fact]
    public void TwoValues()
    {
        // Sorted 10, 20. Median: h = 1·0.5 = 0.5 (0-based) → 10 + 0.5·10 = 15. P90: h = 0.9 → 10 + 0.9·10 = 19.
        var d = Distribution.Of(new double[] { 20, 10 });
        Assert.Equal(15, d.Median);
        Assert.Equal(19, d.P90!.Value, 9);
    }

    [Fact]
    public void AnOddCountHasItsMiddleValueAsMedian()
    {
        // Sorted 1, 2, 3, 4, 100. Median: h = 4·0.5 = 2 → 3. P90: h = 3.6 → 4 + 0.6·96 = 61.6.
        var d = Distribution.Of(new double[] { 100, 3, 1, 4, 2 });
        Assert.Equal(3, d.Median);
        Assert.Equal(61.6, d.P90!.Value, 9);
    }

    [Fact]
    public void EqualValues()
    {
        Assert.Equal(new Distribution(3, 5, 5), Distribution.Of(new double[] { 5, 5, 5 }));
    }
}
