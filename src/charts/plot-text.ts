/**
 * Where a drawing's labels sit. Plot places every <text> with its own transform="translate(x,y)"; the browser then
 * keeps a transform node per label and walks it in every frame, which on the tile map and the rank charts (60–70
 * labels) measured 2–5 ms of style and layout per drawing at 4× CPU. A plain translate says no more than x and y
 * attributes do, so those labels get the attributes instead: the same place on screen, in an exported SVG file and
 * in the rasterised social card. A label that is rotated, or that Plot split into lines (<tspan x="0">, which
 * measures from the translated origin), keeps its transform.
 */

const TRANSLATE = /^translate\(\s*(-?[\d.]+(?:e-?\d+)?)\s*,\s*(-?[\d.]+(?:e-?\d+)?)\s*\)$/;

/** Moves each plain translate of a single-line label into its x, y and dy (Plot's baseline shift, "0.32em"). */
export function placeTexts(node: Element): void {
  for (const text of node.querySelectorAll('text[transform]')) {
    const at = TRANSLATE.exec(text.getAttribute('transform') ?? '');
    if (!at || text.children.length > 0 || ['x', 'dx', 'dy'].some((a) => text.hasAttribute(a))) continue;
    const shift = text.getAttribute('y');
    text.removeAttribute('transform');
    text.setAttribute('x', at[1]!);
    text.setAttribute('y', at[2]!);
    if (shift !== null && shift !== '0') text.setAttribute('dy', shift);
  }
}
