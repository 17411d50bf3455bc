/**
 * A drawing made by Plot as one image for screen readers: the plot SVG gets role="img" and the given label; legend
 * swatch SVGs beside their HTML labels are hidden; Plot's per-mark labels ("line", "bar") inside the image go, since
 * axe counts an aria-label on a presentational element as prohibited.
 */
export function asImage(node: Element, label: string): void {
  const svgs = node.tagName.toLowerCase() === 'svg' ? [node] : [...node.querySelectorAll('svg')];
  svgs.forEach((svg, i) => {
    if (i < svgs.length - 1) return svg.setAttribute('aria-hidden', 'true');
    for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  });
}
