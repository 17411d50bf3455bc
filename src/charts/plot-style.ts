/**
 * Plot's class for chart drawings, and where its default style rules live. Plot puts a <style> element with those
 * rules in every drawing (and in every legend); putting a drawing with its own style sheet on screen makes the
 * browser match style again for every drawing on the page. Chart drawings therefore carry none: the rules are in the
 * site's stylesheet once (styles/site.css, under this class), and a downloaded SVG file, which sees no page CSS, gets
 * the one rule that changes its picture back (EXPORT_STYLE).
 */
export const PLOT_CLASS = 'plot';

/** Removes the <style> elements Plot put in a drawing (the plot SVG's, a legend's). */
export function dropPlotStyles(node: Element): void {
  for (const style of [...node.querySelectorAll('style')]) style.remove();
}

/** Plot's rule that keeps spaces in labels as drawn, for an SVG file read without the site's stylesheet. */
export const EXPORT_STYLE = `:where(.${PLOT_CLASS} text), :where(.${PLOT_CLASS} tspan), :where(.${PLOT_CLASS}-ramp text) { white-space: pre; }`;
