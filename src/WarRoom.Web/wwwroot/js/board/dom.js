// Tiny DOM helpers: the screens are built with plain elements, no framework.

/** Creates an element: el('div.tile.big', { title: 'x' }, child, 'text'). */
export function el(spec, attrs, ...children) {
  const [tag, ...classes] = spec.split('.');
  const node = document.createElement(tag || 'div');
  if (classes.length) node.className = classes.join(' ');
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (key === 'style') Object.assign(node.style, value);
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces all children of node. */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter(c => c != null && c !== false));
  return node;
}

/** Sets textContent only when it changed, and flashes the element so a changed figure catches the eye. */
export function setText(node, value, flash = true) {
  const next = String(value);
  if (node.textContent === next) return;
  const hadValue = node.textContent !== '';
  node.textContent = next;
  if (flash && hadValue) {
    node.classList.remove('flash');
    void node.offsetWidth; // restart the animation
    node.classList.add('flash');
  }
}

/** The figure with a smaller unit beside it: <span class="num">12.35</span><span class="unit">亿元</span>. */
export function figure(a, cls = '') {
  return el(`span.figure${cls ? '.' + cls : ''}`, null, el('span.num', { text: a.num }), el('span.unit', { text: a.unit }));
}

/** A colour for a unit that stays the same across updates and pages (bar race, charts). */
export function unitColour(code) {
  const palette = ['#3fd0ff', '#5b8cff', '#8f7bff', '#2fd6a4', '#ffc94a', '#ff8f5a', '#4fe3e3', '#b4e05a',
    '#ff6fa8', '#6fb7ff', '#f2e35b', '#9ad0ff'];
  let h = 0;
  for (const ch of String(code)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return palette[h % palette.length];
}
