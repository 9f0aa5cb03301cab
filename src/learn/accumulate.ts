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
import type { Tensor } from '../core/tensor.js';
import * as tree from '../core/tree.js';

export class GradientSum<T> {
  private flat: Tensor | null = null;
  private leafwise: T | null = null;
  private shapes: (readonly number[])[] = [];
  private def: tree.TreeDef | null = null;

  add(g: T): void {
    const [leaves, def] = tree.flatten(g as tree.Tree);
    if (leaves.length === 0) return;
    const oneDtype = leaves.every((l) => l.dtype === leaves[0].dtype);
    if (!oneDtype || this.leafwise !== null) {
      this.leafwise = this.leafwise === null ? (this.unflattenFlat() ?? g) : tree.map(add, this.leafwise, g);
      this.flat = null;
      return;
    }
    const v = concat(
      leaves.map((l) => reshape(l, [l.size])),
      0,
    );
    this.shapes = leaves.map((l) => l.shape);
    this.def = def;
    this.flat = this.flat === null ? v : add(this.flat, v);
  }

  /** The tensors holding the running sum (to keep them when a step's scope ends). */
  tensors(): Tensor[] {
    if (this.leafwise !== null) return tree.flatten(this.leafwise as tree.Tree)[0];
    return this.flat === null ? [] : [this.flat];
  }

  private unflattenFlat(): T | null {
    if (this.flat === null || this.def === null) return null;
    const sizes = this.shapes.map((s) => s.reduce((a, b) => a * b, 1));
    const cuts: number[] = [];
    let at = 0;
    for (let i = 0; i < sizes.length - 1; i++) cuts.push((at += sizes[i]));
    const parts = split(this.flat, cuts, 0).map((p, i) => reshape(p, this.shapes[i]));
    return tree.unflatten(this.def, parts) as T;
  }

  /** The sum, shaped like `like` (zeros when nothing was added). */
  result(like: T): T {
    if (this.leafwise !== null) return this.leafwise;
    return this.unflattenFlat() ?? tree.map<T>((l: Tensor) => zerosLike(l), like);
  }
}
