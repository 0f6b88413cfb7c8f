namespace WarRoom.SeedGeneration;

/// <summary>
/// The KPIs a retail bank runs in 开门红. Weights add up to 1 (revised for 2027): balance-sheet growth (new
/// deposits, 日均存款, AUM) and 理财 weigh most, then customers, payroll, wealth and insurance sales, 个人养老金 and
/// inclusive loans; cards, the MAU rate and WeCom are activity measures. MAU and mobile customers weigh 0: they are
/// tracked, and scored through their ratio 手机银行月活率 (targets as a rate, the same for every unit).
/// Per-manager targets are for the whole 90-day campaign (about 59 working days). One event may carry up to 5亿
/// of deposits or AUM either way (a corporate payroll sweep, a net outflow), a branch-wide MAU reading of a
/// million, or a payroll onboarding of 5,000 accounts; a larger figure is a source system's error.
/// </summary>
internal static class KpiSpecs
{
    public static readonly IReadOnlyList<KpiSpec> All =
    [
        //   code                 name_zh         name_en                      unit  agg       weight bigDeal dec  target   source  share typ.min typ.max  big.max  min.event max.event
        new("deposit_new",       "新增存款",     "New deposits",              "万元", "sum",    0.15m, 500m,  2, 3000m,  "core",   24,  5m,    300m,   3000m,  -50000m,   50000m),
        new("aum_growth",        "AUM增量",      "AUM growth",                "万元", "sum",    0.10m, 1000m, 2, 5000m,  "dw",     8,   10m,   600m,   5000m,  -50000m,   50000m),
        new("customers_new",     "新增有效客户", "New active customers",      "户",   "sum",    0.08m, 20m,   0, 150m,   "crm",    14,  1m,    5m,     60m,       0m,     500m),
        new("payroll_accounts",  "代发工资户",   "Payroll accounts",          "户",   "sum",    0.07m, 50m,   0, 60m,    "crm",    5,   3m,    30m,    300m,       0m,    5000m),
        new("fund_sales",        "基金销量",     "Fund sales",                "万元", "sum",    0.07m, 300m,  2, 800m,   "wealth", 10,  5m,    200m,   1500m,       0m,   20000m),
        new("insurance_premium", "保险保费",     "Insurance premiums",        "万元", "sum",    0.07m, 100m,  2, 200m,   "wealth", 8,   1m,    60m,    500m,   -5000m,    5000m),
        new("credit_cards",      "信用卡发卡",   "Credit cards issued",       "张",   "sum",    0.04m, 20m,   0, 80m,    "card",   8,   1m,    5m,     80m,       0m,     500m),
        new("mobile_mau",        "手机银行月活", "Mobile banking MAU",        "人",   "latest", 0.00m, 1000m, 0, 400m,   "mbank",  4,   120m,  650m,   1400m,       0m, 1000000m),
        new("wecom_contacts",    "企业微信添加客户", "WeCom customer contacts", "人", "sum",    0.04m, 50m,   0, 300m,   "wecom",  13,  1m,    20m,    120m,    -500m,    1000m),
        new("inclusive_loans",   "普惠贷款投放", "Inclusive finance loans",   "万元", "sum",    0.07m, 500m,  2, 600m,   "loan",   6,   20m,   300m,   2000m,       0m,   20000m),
        new("wealth_sales",      "理财销量",     "Wealth management sales",   "万元", "sum",    0.10m, 500m,  2, 1500m,  "wealth", 9,   10m,   400m,   3000m,  -20000m,   30000m),
        new("pension_accounts",  "个人养老金开户", "Personal pension accounts", "户", "sum",    0.06m, 10m,   0, 40m,    "pension", 5,  1m,    3m,     30m,        0m,     200m),
        new("deposit_daily_avg", "日均存款",     "Average daily deposits",    "万元", "daily_average", 0.10m, 0m, 2, 8000m, "core", 4, 3000m, 12000m, 15000m,      0m, 1000000m),
        new("mobile_customers",  "手机银行签约客户", "Mobile banking customers", "人", "latest", 0.00m, 0m,   0, 1000m,  "mbank",  3,   600m,  1400m,  2000m,       0m, 1000000m),
        new("mobile_mau_rate",   "手机银行月活率", "Mobile banking MAU rate",   "%",  "ratio",  0.05m, 0m,   4, 0.45m,  "",       0,   0m,    0m,     0m,         0m,       1m, "mobile_mau", "mobile_customers"),
    ];
}
