// Colours and sizes shared by the ECharts widgets, read from board.css so the two cannot drift apart.

const css = name => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

export const theme = {
  get text() { return css('--text'); },
  get muted() { return css('--muted'); },
  get accent() { return css('--accent'); },
  get gold() { return css('--gold'); },
  get ahead() { return css('--ahead'); },
  get near() { return css('--near'); },
  get behind() { return css('--behind'); },
  get grid() { return css('--grid-line'); },
  numberFont: 'Bahnschrift, "DIN Alternate", "Roboto Condensed", "Liberation Sans Narrow", "Noto Sans CJK SC", sans-serif',
  /** The root font size in px: every chart label is a multiple of it, so 4K screens scale like CSS does. */
  rem: () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 20,
};
