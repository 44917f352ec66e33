using System;

namespace ReleaseTasks.Versioning;

/// <summary>
/// The one glob over a whole branch name, for branch policies (<see cref="BranchPolicy.Match"/>) and the branches a release
/// may be made on (<see cref="Releasing.ReleaseBranchPatterns"/>): <c>*</c> matches any run of characters, <c>/</c>
/// included; <c>?</c> exactly one character; everything else itself. Case-sensitive, as git's ref names are
/// (<c>Release/1.3</c> and <c>release/1.3</c> are two branches to git, to GitHub's branch rules and to CI variables).
/// </summary>
public static class BranchPattern
{
    public static bool Matches(string branch, string pattern)
    {
        // Iterative wildcard matching: on a mismatch, go back to the last '*' and let it take one more character.
        int b = 0, p = 0, star = -1, resume = 0;
        while (b < branch.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == branch[b]))
            {
                b++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = b;
            }
            else if (star >= 0)
            {
                p = star + 1;
                b = ++resume;
            }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
