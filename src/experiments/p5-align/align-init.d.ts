import type { ConfigRanges } from '../runner/ranges.js';
import type { Experiment } from '../runner/types.js';
import type { AlignDataset, AlignSetup } from './common.js';
export interface AlignInitConfig extends AlignSetup {
    readonly dataset: AlignDataset;
    /** The update after which the 'early' permutation is found (the paper: 500). */
    readonly earlyUpdate: number;
}
/** The paper's set-up: 1×1000 MLP on MNIST, 6000 updates, early permutation after 500. */
export declare function defaultAlignInitConfig(): AlignInitConfig;
/** Seconds on a CPU: width 256, 150 updates (early after 25) on 6000 training images, 1000 test images. */
export declare function smokeAlignInitConfig(): AlignInitConfig;
export declare const alignInitRanges: ConfigRanges<AlignInitConfig>;
export declare const alignInit: Experiment<AlignInitConfig>;
