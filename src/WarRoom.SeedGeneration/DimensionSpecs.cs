namespace WarRoom.SeedGeneration;

/// <summary>
/// The dimensions written to dimensions.csv: the channel a result came through, the product behind it and the
/// customer segment (大众/财富/私行, by AUM tier as most banks cut it). Codes are short English words because
/// they travel as InfluxDB tags and query-string values.
/// </summary>
internal static class DimensionSpecs
{
    public static readonly IReadOnlyList<(string Code, string NameZh, string NameEn, (string Code, string NameZh, string NameEn)[] Values)> All =
    [
        ("channel", "渠道", "Channel",
        [
            ("branch", "网点", "Branch counter"),
            ("mobile", "手机银行", "Mobile banking"),
            ("wecom", "企业微信", "WeCom"),
            ("outbound", "外呼", "Outbound calls"),
        ]),
        ("product", "产品", "Product",
        [
            ("deposit", "存款", "Deposits"),
            ("wealth", "理财", "Wealth management"),
            ("fund", "基金", "Funds"),
            ("insurance", "保险", "Insurance"),
            ("pension", "养老金", "Pensions"),
            ("loan", "贷款", "Loans"),
            ("card", "信用卡", "Credit cards"),
        ]),
        ("segment", "客群", "Customer segment",
        [
            ("mass", "大众", "Mass"),
            ("affluent", "财富", "Affluent"),
            ("private", "私行", "Private banking"),
        ]),
    ];

    public static string Csv()
    {
        var csv = new CsvBuilder("dimension", "value", "name_zh", "name_en");
        foreach (var d in All)
        {
            csv.Row(d.Code, string.Empty, d.NameZh, d.NameEn);
            foreach (var v in d.Values)
            {
                csv.Row(d.Code, v.Code, v.NameZh, v.NameEn);
            }
        }

        return csv.ToString();
    }
}
