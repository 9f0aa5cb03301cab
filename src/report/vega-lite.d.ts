/**
 * Figure -> Vega-Lite: one pure function per figure kind. The specs are plain JSON (data inline,
 * no functions), so the browser lab can hand them to vega-embed unchanged, and the CLI renders
 * them to SVG headlessly (`svg.ts`).
 *
 * Values a scale cannot show are dropped, never fatal: non-finite numbers anywhere, and
 * non-positive numbers on a log axis or log colour scale. Each drop is counted and stated in
 * the figure's subtitle, so a plot never silently hides a diverged run.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Figure } from './types.js';
/** A Vega-Lite specification as plain JSON (`JSON.stringify`-safe, no functions). */
export type VegaLiteSpec = TopLevelSpec;
/** Plot-area size in pixels (axes, title and legend come on top). */
export declare const FIGURE_WIDTH = 480;
export declare const FIGURE_HEIGHT = 300;
/**
 * Okabe & Ito's colour-blind-safe palette (Color Universal Design), reordered so that the
 * first colours are the most distinct on white; yellow comes last.
 */
export declare const PALETTE: readonly string[];
/** Series longer than this are thinned for drawing (see {@link thinIndices}). */
export declare const MAX_LINE_POINTS = 2000;
/**
 * Which points of a long series to draw: split it into `max / 4` runs of consecutive points and
 * keep each run's first, last, lowest and highest point, plus every non-finite one (so gaps
 * survive). At a 480 px plot width this is visually lossless (the M4 scheme of Jugel et al.,
 * VLDB 2014): spikes and divergences stay visible, while SVG size and render time stay bounded.
 */
export declare function thinIndices(y: readonly number[], max?: number): number[];
/**
 * Translate a declarative {@link Figure} into a Vega-Lite spec (plain JSON, data inline).
 *
 * - `line`: one coloured line per series in the given point order, legend on the right,
 *   shaded band between `lo` and `hi` where given; markers when series are short (≤ 40 points);
 *   series over 2000 points thinned for drawing with {@link thinIndices}.
 * - `scatter`: filled points; `group` sets colour and shape (legend), `label` writes text beside the point.
 * - `heatmap`: rect marks over ordinal axes in label order, viridis colour scale (log if
 *   `color.log`), NaN cells left blank. `x.log`/`y.log` do not apply (the axes are categorical).
 *
 * Axis `domain`s fix the scale and clip marks outside it. Non-finite values, and non-positive
 * values on log scales, are dropped and counted in the subtitle. Throws on malformed figures
 * (mismatched lengths, duplicate heatmap labels, invalid domains).
 */
export declare function figureToVegaLite(figure: Figure): VegaLiteSpec;
