namespace ReleaseTasks.Coverage;

/// <summary>One coverable source line: how often it ran, and its branches (zero when it has none).</summary>
public struct LineCoverage
{
    public long Hits;
    public int BranchesCovered;
    public int BranchesTotal;

    public bool IsCovered => Hits > 0;

    /// <summary>Reports of the same line from several test runs: the hits add up; a branch counts as covered
    /// when any run covered it (approximated by the largest count, as the formats do not name branches alike).</summary>
    public void MergeWith(LineCoverage other)
    {
        Hits += other.Hits;
        if (other.BranchesCovered > BranchesCovered) BranchesCovered = other.BranchesCovered;
        if (other.BranchesTotal > BranchesTotal) BranchesTotal = other.BranchesTotal;
    }
}
