/**
 * The sum of per-step gradient trees. Online learning produces one gradient tree per time step;
 * adding them leaf by leaf costs one op per parameter tensor and step. When all leaves share a
 * dtype, each step's tree is flattened into one vector instead (one concat and one add per
 * step) and unflattened once at the end.
 */
import { zerosLike } from '../core/creation.js';
import { add } from '../core/ops/elementwise.js';
import { concat, split } from '../core/ops/movement.js';
import { reshape } from '../core/ops/shape-ops.js';
import * as tree from '../core/tree.js';
export class GradientSum {
    flat = null;
    leafwise = null;
    shapes = [];
    def = null;
    add(g) {
        const [leaves, def] = tree.flatten(g);
        if (leaves.length === 0)
            return;
        const oneDtype = leaves.every((l) => l.dtype === leaves[0].dtype);
        if (!oneDtype || this.leafwise !== null) {
            this.leafwise = this.leafwise === null ? (this.unflattenFlat() ?? g) : tree.map(add, this.leafwise, g);
            this.flat = null;
            return;
        }
        const v = concat(leaves.map((l) => reshape(l, [l.size])), 0);
        this.shapes = leaves.map((l) => l.shape);
        this.def = def;
        this.flat = this.flat === null ? v : add(this.flat, v);
    }
    unflattenFlat() {
        if (this.flat === null || this.def === null)
            return null;
        const sizes = this.shapes.map((s) => s.reduce((a, b) => a * b, 1));
        const cuts = [];
        let at = 0;
        for (let i = 0; i < sizes.length - 1; i++)
            cuts.push((at += sizes[i]));
        const parts = split(this.flat, cuts, 0).map((p, i) => reshape(p, this.shapes[i]));
        return tree.unflatten(this.def, parts);
    }
    /** The sum, shaped like `like` (zeros when nothing was added). */
    result(like) {
        if (this.leafwise !== null)
            return this.leafwise;
        return this.unflattenFlat() ?? tree.map((l) => zerosLike(l), like);
    }
}
//# sourceMappingURL=accumulate.js.map