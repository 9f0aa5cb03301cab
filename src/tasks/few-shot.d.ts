import type { Key } from '../core/random.js';
import type { Tensor } from '../core/tensor.js';
import type { MnistSplit } from './mnist.js';
export type FewShotSplit = 'mixed' | 'f2m';
export declare const FEW_SHOT_SPLITS: readonly FewShotSplit[];
export type FewShotPhase = 'train' | 'test';
/** One class: the data set, its split, the label and the rotation in quarter turns (counter-clockwise). */
export interface FewShotClass {
    readonly source: 'mnist' | 'fashion';
    readonly split: MnistSplit;
    readonly label: number;
    readonly quarterTurns: number;
}
/** The classes of a split's meta-training or meta-test phase (module comment). */
export declare function fewShotClasses(split: FewShotSplit, phase: FewShotPhase): FewShotClass[];
export interface FewShotConfig {
    /** N classes per episode (default 5). */
    readonly nWay: number;
    /** K support images per class (default 5). */
    readonly kShot: number;
    /** Q query images per class (default 15). */
    readonly nQuery: number;
}
export declare function defaultFewShotConfig(): FewShotConfig;
/** x: [B, 1, 28, 28] in [0, 1]; labels: [B] i32; oneHot: [B, N]. */
export interface FewShotBatch {
    readonly x: Tensor;
    readonly labels: Tensor;
    readonly oneHot: Tensor;
}
export interface FewShotEpisode {
    readonly support: FewShotBatch;
    readonly query: FewShotBatch;
    /** The classes drawn, in label order. */
    readonly classes: readonly FewShotClass[];
}
/** A sampler of episodes for one split and phase (data loaded once). */
export interface FewShotSampler {
    readonly classes: readonly FewShotClass[];
    /** One episode, a pure function of the key. */
    episode(key: Key): FewShotEpisode;
}
/**
 * The episode sampler of a split and phase.
 *
 * @example const s = tasks.fewShot('mixed', 'train', { nWay: 5, kShot: 1 }); const ep = s.episode(random.key(0))
 */
export declare function fewShot(split: FewShotSplit, phase: FewShotPhase, config?: Partial<FewShotConfig>): FewShotSampler;
