/** Operand checks shared by the fused ops (scans, RTRL traces), with errors that name the op. */
import type { TensorMeta } from '../backend.js';
import type { DType } from '../dtype.js';
/** The float dtype of the operands (f32 or f64, promoted); other dtypes raise naming the op. */
export declare function floatOf(op: string, metas: readonly TensorMeta[]): DType;
