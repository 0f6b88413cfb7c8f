using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Seed;

/// <summary>org-units.csv problems; line numbers refer to <see cref="MinimalSeed.OrgUnits"/> (header on line 1, HQ on line 2).</summary>
public sealed class OrgUnitsErrorTests
{
    private const string File = SeedFileNames.OrgUnits;

    [Theory]
    [InlineData("M00003,王芳", "M00002,王芳", 8, "duplicate code 'M00002' (first on line 6)")]
    [InlineData("manager,SB0102,C", "manager,SB0199,C", 8, "unknown parent 'SB0199' of 'M00003'")]
    [InlineData("branch,HQ,A", "branch,SB0101,A", 3, "cycle in parents: BR01 → SB0101 → BR01")]
    [InlineData("subbranch,BR01,B", "subbranch,SB0102,B", 7, "cycle in parents: SB0102 → SB0102")]
    [InlineData("manager,SB0102,C", "manager,BR01,C", 8, "'M00003' is a manager but its parent 'BR01' is a branch")]
    [InlineData("Li Na,manager,", "Li Na,boss,", 6, "level 'boss' must be hq, branch, subbranch or manager")]
    [InlineData("M00001,张伟,", "M00001,,", 5, "name is empty")]
    [InlineData("manager,SB0102,C", "manager,SB0102,", 8, "peer_group is empty")]
    [InlineData(",SB0102,C\n", ",SB0102,C\nHQ2,第二总行,Second Head Office,hq,,HQ\n", 9, "more than one hq: HQ, HQ2")]
    [InlineData("code,name,name_en,", "code,name,", 1, "header must be 'code,name,name_en,level,parent,peer_group', found 'code,name,level,parent,peer_group'")]
    [InlineData("M00002,李娜,Li Na,manager,SB0101,B", "M00002,李娜,Li Na,manager,SB0101", 6, "expected 6 fields (code,name,name_en,level,parent,peer_group), found 5")]
    [InlineData("Beijing Haidian Sub-branch,", "\"Beijing Haidian Sub-branch,", 7, "the quoted field opened on line 7 is never closed")]
    public void ReportsOneErrorWithItsLine(string find, string replace, int line, string message)
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, find, replace));

        Assert.Equal([new SeedError(File, line, message)], errors);
    }

    [Fact]
    public void HqWithAParentIsRejectedAndItsChildrenLoseTheirParent()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, "hq,,HQ", "hq,BR01,HQ"));

        Assert.Equal(
            [
                new SeedError(File, 2, "hq must have no parent"),
                new SeedError(File, 0, "no hq unit (a unit with no parent)"),
                new SeedError(File, 3, "unknown parent 'HQ' of 'BR01'"),
            ],
            errors);
    }

    [Fact]
    public void BranchWithoutParentIsRejected()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, "branch,HQ,A", "branch,,A"));

        Assert.Equal(
            [
                new SeedError(File, 3, "branch 'BR01' has no parent"),
                new SeedError(File, 4, "unknown parent 'BR01' of 'SB0101'"),
                new SeedError(File, 7, "unknown parent 'BR01' of 'SB0102'"),
            ],
            errors);
    }

    [Fact]
    public void HeaderOnlyFileIsAnErrorNotACrash()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, MinimalSeed.OrgUnits, "code,name,name_en,level,parent,peer_group\n"));

        Assert.Equal([new SeedError(File, 0, "no units (the file has a header but no rows)")], errors);
    }

    [Fact]
    public void EmptyFileHasNoHeader()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, MinimalSeed.OrgUnits, string.Empty));

        Assert.Equal([new SeedError(File, 0, "file is empty (no header)")], errors);
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        var files = MinimalSeed.Files();
        files.Remove(File);

        Assert.Equal([new SeedError(File, 0, "file is missing")], MinimalSeed.Errors(files));
    }
}
