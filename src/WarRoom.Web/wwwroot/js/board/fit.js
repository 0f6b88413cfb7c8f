// Text read from across the room is never cut and never ends in "…": an element marked .fit whose text is wider
// (or, for .fit-box, taller) than its box is set smaller step by step, down to a floor. What still does not fit at
// the floor is a layout defect, and the browser test (BoardTextFitTests) finds it by the same measure.

const FLOOR = 0.55;
const STEP = 0.92;

const overflows = (node, box) =>
  node.scrollWidth > node.clientWidth + 0.5 || (box && node.scrollHeight > node.clientHeight + 0.5);

/** Fits one element; returns the scale it ended at (1 when it fitted as styled). */
export function fitOne(node, box = node.classList.contains('fit-box')) {
  node.style.fontSize = '';
  if (!node.isConnected || node.clientWidth === 0 || !overflows(node, box)) return 1;
  const base = parseFloat(getComputedStyle(node).fontSize);
  let scale = 1;
  while (overflows(node, box) && scale > FLOOR) {
    scale *= STEP;
    node.style.fontSize = `${(base * scale).toFixed(2)}px`;
  }
  return scale;
}

/** Fits every .fit and .fit-box element under root (inner boxes first, so an outer one measures fitted text). */
export function fitText(root) {
  let smallest = 1;
  const nodes = [...root.querySelectorAll('.fit, .fit-box')].reverse();
  for (const node of nodes) smallest = Math.min(smallest, fitOne(node));
  return smallest;
}
