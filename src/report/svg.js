import { figureToVegaLite } from './vega-lite.js';
/** 32-bit FNV-1a hash of a string, as 8 hex digits (stable id prefixes; not cryptographic). */
export function hashString(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(16).padStart(8, '0');
}
/**
 * Rename every `id` in an SVG (clip paths, gradients) to `<prefix>-<k>` in order of
 * appearance, and rewrite the references to them. Vega numbers these ids with a process-wide
 * counter, so without this the same figure would render differently the second time, and two
 * figures inlined in one HTML page could point at each other's clip paths.
 */
export function normalizeSvgIds(svg, prefix) {
    const ids = new Map();
    for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
        if (!ids.has(m[1]))
            ids.set(m[1], `${prefix}-${ids.size + 1}`);
    }
    if (ids.size === 0)
        return svg;
    return svg
        .replace(/(\sid=")([^"]+)(")/g, (all, a, id, b) => (ids.has(id) ? `${a}${ids.get(id)}${b}` : all))
        .replace(/url\(#([^)]+)\)/g, (all, id) => (ids.has(id) ? `url(#${ids.get(id)})` : all))
        .replace(/(href=")#([^"]+)(")/g, (all, a, id, b) => (ids.has(id) ? `${a}#${ids.get(id)}${b}` : all));
}
let modules;
function loadVega() {
    modules ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => [vega, vl]);
    return modules;
}
/**
 * Render a Vega-Lite spec to a standalone SVG string. Deterministic: the same spec always
 * gives the same string (ids are renamed after a hash of the spec, see {@link normalizeSvgIds}).
 */
export async function renderVegaLiteSvg(spec) {
    const [vega, vl] = await loadVega();
    const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
    try {
        const svg = await view.toSVG();
        return normalizeSvgIds(svg, `ll${hashString(JSON.stringify(spec))}`);
    }
    finally {
        view.finalize();
    }
}
/**
 * Render a {@link Figure} to SVG markup, headlessly (Node, no canvas). The result starts with
 * `<svg` and carries `width`, `height` and `viewBox`; identical figures give identical strings.
 *
 * @example
 * const svg = await renderFigureSvg({ kind: 'line', title: 'Loss', x: { label: 'step' },
 *   y: { label: 'loss', log: true }, series: [{ name: 'train', x: [0, 1, 2], y: [1, 0.3, 0.1] }] });
 */
export function renderFigureSvg(figure) {
    return renderVegaLiteSvg(figureToVegaLite(figure));
}
//# sourceMappingURL=svg.js.map