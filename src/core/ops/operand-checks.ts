/** Operand checks shared by the fused ops (scans, RTRL traces), with errors that name the op. */
import type { TensorMeta } from '../backend.js';
import type { DType } from '../dtype.js';
import { isFloat, promoteTypes } from '../dtype.js';
import { fmt } from '../shape.js';

/** The float dtype of the operands (f32 or f64, promoted); other dtypes raise naming the op. */
export function floatOf(op: string, metas: readonly TensorMeta[]): DType {
  let d = metas[0].dtype;
  for (const m of metas) {
    if (!isFloat(m.dtype)) throw new Error(`${op}: operands must be f32 or f64, got ${m.dtype}${fmt(m.shape)}`);
    d = promoteTypes(d, m.dtype);
  }
  return d;
}
