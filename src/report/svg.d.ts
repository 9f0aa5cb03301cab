/**
 * Headless SVG rendering of figures: Vega-Lite -> Vega -> scenegraph -> SVG markup, in Node
 * with no canvas and no browser (Vega's 'none' renderer estimates text widths from font size).
 *
 * `vega` and `vega-lite` are imported lazily, on the first render, so that importing the
 * report module (e.g. for {@link figureToVegaLite} in the browser lab) costs nothing.
 */
import type { Figure } from './types.js';
import type { VegaLiteSpec } from './vega-lite.js';
/** 32-bit FNV-1a hash of a string, as 8 hex digits (stable id prefixes; not cryptographic). */
export declare function hashString(text: string): string;
/**
 * Rename every `id` in an SVG (clip paths, gradients) to `<prefix>-<k>` in order of
 * appearance, and rewrite the references to them. Vega numbers these ids with a process-wide
 * counter, so without this the same figure would render differently the second time, and two
 * figures inlined in one HTML page could point at each other's clip paths.
 */
export declare function normalizeSvgIds(svg: string, prefix: string): string;
/**
 * Render a Vega-Lite spec to a standalone SVG string. Deterministic: the same spec always
 * gives the same string (ids are renamed after a hash of the spec, see {@link normalizeSvgIds}).
 */
export declare function renderVegaLiteSvg(spec: VegaLiteSpec): Promise<string>;
/**
 * Render a {@link Figure} to SVG markup, headlessly (Node, no canvas). The result starts with
 * `<svg` and carries `width`, `height` and `viewBox`; identical figures give identical strings.
 *
 * @example
 * const svg = await renderFigureSvg({ kind: 'line', title: 'Loss', x: { label: 'step' },
 *   y: { label: 'loss', log: true }, series: [{ name: 'train', x: [0, 1, 2], y: [1, 0.3, 0.1] }] });
 */
export declare function renderFigureSvg(figure: Figure): Promise<string>;
