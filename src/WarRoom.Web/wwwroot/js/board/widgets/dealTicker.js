// Deal ticker (喜报): the latest big deals, newest on top; a deal announced live slides in and glows.
// Names the manager and where they sit, never the customer (the payload carries no customer at all).
import { el, fill, figure } from '../dom.js';
import { amount, shortTime, text, unitName } from '../format.js';

export function create(body, def) {
  const list = el('div.deal-list');
  list.style.setProperty('--rows', def.max);
  body.append(list);
  let deals = [];

  const wanted = deal => !def.kpis?.length || def.kpis.includes(deal.kpi);

  function render(fresh) {
    fill(list, deals.map(d => {
      const row = renderDeal(d);
      if (d.id === fresh) row.classList.add('deal-new');
      return row;
    }));
  }

  return {
    update(p) {
      deals = p.deals.filter(wanted).slice(0, def.max);
      render(null);
    },
    /** A deal pushed live; returns whether this ticker shows it. */
    announce(deal) {
      if (!wanted(deal) || deals.some(d => d.id === deal.id)) return false;
      deals = [deal, ...deals].slice(0, def.max);
      render(deal.id);
      return true;
    },
  };
}

function renderDeal(d) {
  // The sub-branch's name carries its city (北京朝阳支行), so the branch would only repeat it.
  const where = unitName(d.subBranch ?? d.branch ?? {});
  return el('div.deal', null,
    el('span.deal-time', { text: shortTime(d.time) }),
    el('span.deal-who.fit', null, el('span.deal-manager', { text: unitName(d.manager) }), el('span.deal-where', { text: where })),
    el('span.deal-kpi', { text: text(d.kpiName) }),
    el('span.deal-amount', null, figure(amount(d.amount, d.unit))));
}
