namespace ReleaseTasks.Coverage;

/// <summary>Covered and coverable counts, and the rates in percent (100 when there is nothing to cover).</summary>
public readonly record struct CoverageSummary(int LinesCovered, int LinesValid, int BranchesCovered, int BranchesValid)
{
    public double LinePercent => LinesValid == 0 ? 100 : 100.0 * LinesCovered / LinesValid;

    public double BranchPercent => BranchesValid == 0 ? 100 : 100.0 * BranchesCovered / BranchesValid;

    public CoverageSummary Add(LineCoverage line) => new(
        LinesCovered + (line.IsCovered ? 1 : 0), LinesValid + 1,
        BranchesCovered + line.BranchesCovered, BranchesValid + line.BranchesTotal);

    public CoverageSummary Add(CoverageSummary other) => new(
        LinesCovered + other.LinesCovered, LinesValid + other.LinesValid,
        BranchesCovered + other.BranchesCovered, BranchesValid + other.BranchesValid);
}
