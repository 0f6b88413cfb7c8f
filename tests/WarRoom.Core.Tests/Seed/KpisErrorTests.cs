using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Seed;

/// <summary>kpis.csv problems on the mobile_mau row (line 4), which the campaign does not use, so nothing cascades.</summary>
public sealed class KpisErrorTests
{
    private const string File = SeedFileNames.Kpis;
    private const string Row = "mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,0,1000,0,true,0,1000000";

    [Theory]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,last,higher,0,1000,0,true,0,1000000", "aggregation 'last' must be 'sum', 'latest', 'ratio' or 'daily_average'")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,ratio,higher,0,1000,0,true,0,1000000", "a ratio KPI names both its numerator and its denominator")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,up,0,1000,0,true,0,1000000", "direction 'up' must be 'higher' or 'lower'")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,-0.1,1000,0,true,0,1000000", "weight -0.1 is negative")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,heavy,1000,0,true,0,1000000", "weight 'heavy' is not a number")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,0,-1,0,true,0,1000000", "big_deal -1 is negative")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,0,1000,5,true,0,1000000", "decimals '5' must be a whole number from 0 to 4")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,0,1000,1.5,true,0,1000000", "decimals '1.5' must be a whole number from 0 to 4")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,,latest,higher,0,1000,0,true,0,1000000", "unit is empty")]
    [InlineData("mobile_mau,手机银行月活,,人,latest,higher,0,1000,0,true,0,1000000", "name_en is empty")]
    [InlineData("customers_new,手机银行月活,Mobile banking MAU,人,latest,higher,0,1000,0,true,0,1000000", "duplicate code 'customers_new' (first on line 3)")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,0,1000,0,true,0", "expected 12 fields (code,name_zh,name_en,unit,aggregation,direction,weight,big_deal,decimals,integer,min_event,max_event), found 11")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,0,1000,0,yes,0,1000000", "integer 'yes' must be 'true' or 'false'")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,0,1000,0,true,5,5", "min_event 5 must be below max_event 5")]
    [InlineData("mobile_mau,手机银行月活,Mobile banking MAU,人,latest,higher,0,1000,0,true,0,lots", "max_event 'lots' is not a number")]
    public void ReportsTheRowsProblem(string row, string message)
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, Row, row));

        Assert.Equal([new SeedError(File, 4, message)], errors);
    }

    [Fact]
    public void ABrokenKpiIsAlsoUnknownToTheCampaign()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, "sum,higher,0.6,500,2", "sum,higher,0.6,500,x"));

        Assert.Equal(
            [
                new SeedError(File, 2, "decimals 'x' must be a whole number from 0 to 4"),
                new SeedError(SeedFileNames.Campaign, 11, "unknown kpi 'deposit_new' in kpis[0] (not in kpis.csv)"),
            ],
            errors);
    }

    [Theory]
    [InlineData("rate,月活率,MAU rate,%,ratio,higher,0,0,4,false,0,1,mobile_mau,nobody", "denominator 'nobody' is not a KPI of the catalogue")]
    [InlineData("rate,月活率,MAU rate,%,ratio,higher,0,0,4,false,0,1,rate,mobile_mau", "numerator 'rate' is itself a ratio")]
    [InlineData("rate,月活率,MAU rate,%,sum,higher,0,0,4,false,0,1,mobile_mau,", "only a ratio KPI names a numerator or denominator ('sum' does not)")]
    public void ARatioNamesTwoKpisThatTakeEvents(string row, string message)
    {
        var files = MinimalSeed.Files();
        files[File] = string.Join('\n', MinimalSeed.Kpis.TrimEnd('\n').Split('\n').Select((l, i) => l + (i == 0 ? ",numerator,denominator" : ",,"))) + "\n" + row + "\n";
        var errors = MinimalSeed.Errors(files);

        Assert.Equal([new SeedError(File, 5, message)], errors);
    }

    [Fact]
    public void WrongHeaderIsReportedOnLineOne()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, "big_deal,decimals", "bigdeal,decimals"));

        Assert.Equal(new SeedError(File, 1, "header must be 'code,name_zh,name_en,unit,aggregation,direction,weight,big_deal,decimals,integer,min_event,max_event,numerator,denominator', found 'code,name_zh,name_en,unit,aggregation,direction,weight,bigdeal,decimals,integer,min_event,max_event'"), errors[0]);
    }
}
