// Countdown: days left to the campaign end, saying what it counts (工作日 or 自然日; in working-day mode the calendar
// days follow the end date), the end date and the time progress bar (时间进度).
import { el, setText } from '../dom.js';
import { dayText, percent, text, ui } from '../format.js';

export function create(body) {
  const days = el('span.countdown-days');
  const unit = el('span.countdown-unit');
  const campaign = el('div.countdown-campaign.fit');
  const end = el('div.countdown-end.fit');
  const bar = el('div.bar-fill');
  const progress = el('span.countdown-progress');
  body.append(el('div.countdown',
    null,
    campaign,
    el('div.countdown-main', null, el('span.countdown-label', { text: ui('daysLeft') }), days,
      unit),
    el('div.countdown-bar', null, el('span.countdown-bar-label', { text: ui('timeProgress') }),
      el('div.bar', null, bar), progress),
    end));

  return {
    update(p) {
      setText(campaign, text(p.campaign), false);
      setText(days, p.daysLeft);
      const workdays = p.daysCounted === 'workdays';
      setText(unit, ui(workdays ? 'workdaysLeft' : 'calendarDaysLeft'), false);
      const ends = `${ui('ends')} ${dayText(new Date(new Date(p.end).getTime() - 1))}`;
      setText(end, workdays ? `${ends} · ${ui('calendarDays')} ${p.calendarDaysLeft}` : ends, false);
      setText(progress, percent(p.timeProgress));
      bar.style.width = percent(Math.min(1, Math.max(0, p.timeProgress)), 2);
    },
  };
}
