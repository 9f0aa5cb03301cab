import type { Key } from '../../core/random.js';
import type { Tensor } from '../../core/tensor.js';
/**
 * m = ½(sign κ + 1) in the forward pass, dm/dκ = ½ in the backward pass:
 * m = κ/2 + stopGradient(step(κ) − κ/2). κ: any shape; m: the same shape, values in {0, 1}.
 */
export declare function binaryMask(kappa: Tensor): Tensor;
/** r = ReLU(κ) forward, dr/dκ = 1 backward: r = κ + stopGradient(ReLU(κ) − κ). */
export declare function reluStraightThrough(kappa: Tensor): Tensor;
/**
 * Initial mask scores κ shaped like θ (P8): Kaiming-uniform for weights of rank ≥ 2 (bound
 * √(6 / fan_in), fan_in = the product of all dimensions but the first for conv weights
 * [O, C, kH, kW], the first dimension for dense weights [dIn, dOut]), U(−0.5, 0.5) for vectors;
 * each leaf is then shifted to mean 0, so that about half of the mask starts at 0.
 *
 * @param denseLayout 'inOut' when rank-2 weights are stored [dIn, dOut] (nn.dense), 'outIn' for [dOut, dIn].
 */
export declare function initMaskScores<P>(key: Key, theta: P, denseLayout?: 'inOut' | 'outIn'): P;
/** The share of zeros of the binary mask m = ½(sign κ + 1), per leaf of κ (in tree.flatten order). */
export declare function frozenShare<P>(kappa: P): number[];
