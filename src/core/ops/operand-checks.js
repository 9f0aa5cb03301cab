import { isFloat, promoteTypes } from '../dtype.js';
import { fmt } from '../shape.js';
/** The float dtype of the operands (f32 or f64, promoted); other dtypes raise naming the op. */
export function floatOf(op, metas) {
    let d = metas[0].dtype;
    for (const m of metas) {
        if (!isFloat(m.dtype))
            throw new Error(`${op}: operands must be f32 or f64, got ${m.dtype}${fmt(m.shape)}`);
        d = promoteTypes(d, m.dtype);
    }
    return d;
}
//# sourceMappingURL=operand-checks.js.map