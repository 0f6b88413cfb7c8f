namespace WarRoom.SeedGeneration;

/// <summary>
/// The ten KPIs a retail bank runs in 开门红. Weights add up to 1: balance-sheet growth (deposits, AUM) weighs
/// most, then customers, payroll, wealth sales and inclusive loans; cards, MAU and WeCom are activity measures.
/// Per-manager targets are for the whole 90-day campaign (about 59 working days). One event may carry up to 5亿
/// of deposits or AUM either way (a corporate payroll sweep, a net outflow), a branch-wide MAU reading of a
/// million, or a payroll onboarding of 5,000 accounts; a larger figure is a source system's error.
/// </summary>
internal static class KpiSpecs
{
    public static readonly IReadOnlyList<KpiSpec> All =
    [
        //   code                 name_zh         name_en                      unit  agg       weight bigDeal dec  target   source  share typ.min typ.max  big.max  min.event max.event
        new("deposit_new",       "新增存款",     "New deposits",              "万元", "sum",    0.20m, 500m,  2, 3000m,  "core",   24,  5m,    300m,   3000m,  -50000m,   50000m),
        new("aum_growth",        "AUM增量",      "AUM growth",                "万元", "sum",    0.15m, 1000m, 2, 5000m,  "dw",     8,   10m,   600m,   5000m,  -50000m,   50000m),
        new("customers_new",     "新增有效客户", "New active customers",      "户",   "sum",    0.10m, 20m,   0, 150m,   "crm",    14,  1m,    5m,     60m,       0m,     500m),
        new("payroll_accounts",  "代发工资户",   "Payroll accounts",          "户",   "sum",    0.10m, 50m,   0, 60m,    "crm",    5,   3m,    30m,    300m,       0m,    5000m),
        new("fund_sales",        "基金销量",     "Fund sales",                "万元", "sum",    0.10m, 300m,  2, 800m,   "wealth", 10,  5m,    200m,   1500m,       0m,   20000m),
        new("insurance_premium", "保险保费",     "Insurance premiums",        "万元", "sum",    0.10m, 100m,  2, 200m,   "wealth", 8,   1m,    60m,    500m,   -5000m,    5000m),
        new("credit_cards",      "信用卡发卡",   "Credit cards issued",       "张",   "sum",    0.05m, 20m,   0, 80m,    "card",   8,   1m,    5m,     80m,       0m,     500m),
        new("mobile_mau",        "手机银行月活", "Mobile banking MAU",        "人",   "latest", 0.05m, 1000m, 0, 400m,   "mbank",  4,   120m,  650m,   1400m,       0m, 1000000m),
        new("wecom_contacts",    "企业微信添加客户", "WeCom customer contacts", "人", "sum",    0.05m, 50m,   0, 300m,   "wecom",  13,  1m,    20m,    120m,    -500m,    1000m),
        new("inclusive_loans",   "普惠贷款投放", "Inclusive finance loans",   "万元", "sum",    0.10m, 500m,  2, 600m,   "loan",   6,   20m,   300m,   2000m,       0m,   20000m),
    ];
}
