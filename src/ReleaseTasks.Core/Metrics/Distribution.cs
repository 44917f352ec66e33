using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseTasks.Metrics;

/// <summary>
/// The median and 90th percentile of a set of durations, in seconds. Percentiles interpolate linearly between the two
/// nearest ranks (Hyndman and Fan's type 7: numpy's and Excel's PERCENTILE.INC default): for n sorted values x₁…xₙ the
/// p-th percentile is at rank h = (n − 1)·p + 1, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋). So the median of an even count is the
/// mean of the two middle values, one value is its own median and p90, and no value gives none.
/// </summary>
public sealed record Distribution(int Count, double? Median, double? P90)
{
    public static Distribution Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return new Distribution(sorted.Length, Percentile(sorted, 0.5), Percentile(sorted, 0.9));
    }

    /// <summary>The type-7 percentile of values sorted ascending; null when there are none.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return null;
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
