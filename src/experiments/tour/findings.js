/**
 * Every finding `looplab tour` runs, paper by paper in the tour's order (see papers.ts). Each
 * paper's findings live next to its experiments; a new paper adds its list here.
 */
import { p1Findings } from '../p1-memory/findings.js';
import { p4Findings } from '../p4-online/findings.js';
import { p2Findings } from '../p2-mesa/findings.js';
import { p3Findings } from '../p3-icl/findings.js';
import { p6Findings } from '../p6-lcp/findings.js';
import { p7Findings } from '../p7-bilevel/findings.js';
import { p9Findings } from '../p9-meta/findings.js';
import { p8Findings } from '../p8-sparse/findings.js';
import { p5Findings } from '../p5-align/findings.js';
export const findings = [
    ...p1Findings,
    ...p4Findings,
    ...p2Findings,
    ...p3Findings,
    ...p6Findings,
    ...p7Findings,
    ...p9Findings,
    ...p8Findings,
    ...p5Findings,
];
/**
 * The findings selected by `--only`: paper ids (`p1`, `P4`) and finding ids (`p4-copy`), in the
 * tour's order. Throws with the valid names when one matches nothing.
 */
export function selectFindings(only, all = findings) {
    const wanted = only.map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
    const unknown = wanted.filter((w) => !all.some((f) => f.id === w || f.paper.toLowerCase() === w));
    if (unknown.length > 0) {
        const papers = [...new Set(all.map((f) => f.paper.toLowerCase()))];
        throw new Error(`no finding or paper '${unknown.join("', '")}' (papers: ${papers.join(', ')}; findings: ${all.map((f) => f.id).join(', ')})`);
    }
    return all.filter((f) => wanted.length === 0 || wanted.includes(f.id) || wanted.includes(f.paper.toLowerCase()));
}
//# sourceMappingURL=findings.js.map