// Number and text formatting for screens read from across a room: few digits, Chinese magnitudes (万, 亿),
// signs on everything that can go either way.

const UI = {
  zh: {
    daysLeft: '剩余', days: '天', timeProgress: '时间进度', completion: '完成率', target: '目标', today: '今日',
    pace: '进度差', rank: '排名', change: '变动', unit: '机构', value: '完成值', score: '综合得分',
    live: '实时', stale: '数据连接中断，当前显示', staleSuffix: '的数据', connecting: '连接中', asOf: '数据时间',
    deal: '喜报', noData: '暂无数据', ends: '截至', ahead: '领先', behind: '落后',
    onTrack: '达标', manager: '客户经理', workdaysLeft: '工作日', calendarDaysLeft: '自然日',
    calendarDays: '自然日', branch: '分行', subbranch: '支行', forecast: '预计完成', lastYear: '同比',
  },
  en: {
    daysLeft: '', days: 'days left', timeProgress: 'Time elapsed', completion: 'Completion', target: 'Target',
    today: 'Today', pace: 'Pace', rank: 'Rank', change: 'Move', unit: 'Unit', value: 'Value', score: 'Score',
    live: 'LIVE', stale: 'Connection lost — showing data as of', staleSuffix: '', connecting: 'Connecting',
    asOf: 'As of', deal: 'Big deal', noData: 'No data yet', ends: 'Ends', ahead: 'ahead', behind: 'behind',
    onTrack: 'on track', manager: 'Manager', workdaysLeft: 'working days left', calendarDaysLeft: 'days left',
    calendarDays: 'calendar days', branch: 'Branch', subbranch: 'Sub-branch', forecast: 'Forecast', lastYear: 'vs last year',
  },
};

let lang = 'zh';

export function setLang(value) {
  lang = value === 'en' ? 'en' : 'zh';
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

const KINDS = {
  zh: { pace_lag: '进度落后', rank_drop: '排名下滑', inactive: '无业绩', top_performer: '标杆', concentration: '业绩集中',
    mix_gap: '结构失衡' },
  en: { pace_lag: 'behind time', rank_drop: 'rank drop', inactive: 'inactive', top_performer: 'top performer',
    concentration: 'concentration', mix_gap: 'mix gap' },
};

/** A guidance kind's label; unknown kinds (added later on the server) show their code. */
export const kindName = kind => KINDS[lang][kind] ?? kind.replace(/_/g, ' ');

export const isEnglish = () => lang === 'en';

/** A UI word in the screen's language. */
export const ui = key => UI[lang][key] ?? UI.zh[key] ?? key;

/** A { zh, en } text in the screen's language, falling back to zh (every text has one). */
export const text = t => (t == null ? '' : typeof t === 'string' ? t : (lang === 'en' && t.en) || t.zh || '');

/** A unit's display name: the screen's label where the row has one (短名 under a named branch), else name/nameEn. */
export const unitName = row => (row.label && text(row.label)) || (lang === 'en' && row.nameEn) || row.name || row.code || row.unit || '';

/**
 * The magnitude a figure reads in: 123456 万元 reads in 亿元, 23456 户 in 万户 (zh). Returns { divisor, unit, digits }
 * so that figures shown together (a tile's total, target and today) can share one unit.
 */
export function magnitude(value, unit) {
  const abs = Math.abs(value ?? 0);
  if (unit === '万元') return abs >= 10000 ? { divisor: 10000, unit: '亿元', digits: 2 } : { divisor: 1, unit, digits: abs >= 1000 ? 0 : 1 };
  if (unit === '分') return { divisor: 1, unit, digits: 1 };
  // A rate (手机银行月活率) arrives as a fraction: 0.4123 reads 41.2%.
  if (unit === '%') return { divisor: 0.01, unit, digits: 1 };
  if (abs >= 100000 && !isEnglish()) return { divisor: 10000, unit: '万' + (unit ?? ''), digits: 1 };
  return { divisor: 1, unit: unit ?? '', digits: 0 };
}

/**
 * Splits a figure into number and unit with a Chinese magnitude (see magnitude), or in the magnitude given.
 * Returns { num, unit } so the unit can be set smaller than the number.
 */
export function amount(value, unit, scale = null) {
  if (value == null || !Number.isFinite(value)) return { num: '—', unit: scale?.unit ?? unit ?? '' };
  const m = scale ?? magnitude(value, unit);
  // A small figure in a large magnitude keeps two significant decimals rather than reading 0.
  const digits = m.divisor > 1 && Math.abs(value / m.divisor) < 1 ? Math.max(m.digits, 2) : m.digits;
  return { num: fixed(value / m.divisor, digits), unit: m.unit };
}

/** Axis labels: whole numbers in the same magnitude as amount() ("300亿元"). */
export const axisAmount = (value, unit) => {
  if (value === 0) return '0';
  const a = amount(value, unit);
  return `${a.num.replace(/\.0+$/, '')}${a.unit}`;
};

export const amountText = (value, unit, scale = null) => {
  const a = amount(value, unit, scale);
  return `${a.num}${a.unit && isEnglish() ? ' ' : ''}${a.unit}`;
};

function fixed(value, digits) {
  return value.toLocaleString(isEnglish() ? 'en-US' : 'zh-CN', {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  });
}

/** 0.4567 → "45.7%". */
export const percent = (share, digits = 1) =>
  share == null || !Number.isFinite(share) ? '—' : `${(share * 100).toFixed(digits)}%`;

/** Completion − time progress in points: "+3.2" / "−5.1" (true minus sign, readable at distance). */
export const signedPoints = pace =>
  pace == null || !Number.isFinite(pace) ? '—' : `${pace >= 0 ? '+' : '−'}${Math.abs(pace * 100).toFixed(1)}`;

/**
 * The outlook line of a KPI (widgets with "outlook"): 预计完成 (forecast completion at the campaign's end) and 同比
 * (this completion against last year's at the same working day, in points, with last year's in brackets).
 */
export function outlookText(completion, forecast, lastYear) {
  return outlookParts(completion, forecast, lastYear).join('  ');
}

/** The outlook line's two parts (either may be missing), for a tile that lays them out apart. */
export function outlookParts(completion, forecast, lastYear) {
  const parts = [];
  if (forecast != null) parts.push(`${ui('forecast')} ${percent(forecast)}`);
  if (lastYear != null) parts.push(`${ui('lastYear')} ${signedPoints((completion ?? 0) - lastYear)} (${percent(lastYear)})`);
  return parts;
}

/** Pace class for colour: ahead of time, roughly on time, behind. */
export const paceClass = pace =>
  pace == null ? 'pace-none' : pace >= 0 ? 'pace-ahead' : pace >= -0.05 ? 'pace-near' : 'pace-behind';

const shanghai = { timeZone: 'Asia/Shanghai', hour12: false };

export const clockTime = date =>
  date.toLocaleTimeString('zh-CN', { ...shanghai, hour: '2-digit', minute: '2-digit', second: '2-digit' });

export const shortTime = date =>
  new Date(date).toLocaleTimeString('zh-CN', { ...shanghai, hour: '2-digit', minute: '2-digit' });

export const dayText = date => new Date(date).toLocaleDateString(isEnglish() ? 'en-GB' : 'zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
});

/** "03/15" in zh (month/day), "15/03" in en (day/month), for chart axes. */
export const monthDay = date => new Date(date).toLocaleDateString(isEnglish() ? 'en-GB' : 'zh-CN', {
  timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit',
});

export const weekdayText = date => new Date(date).toLocaleDateString(isEnglish() ? 'en-GB' : 'zh-CN', {
  timeZone: 'Asia/Shanghai', weekday: 'short',
});
