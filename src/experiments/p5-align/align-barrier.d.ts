import type { ConfigRanges } from '../runner/ranges.js';
import type { Experiment } from '../runner/types.js';
import type { AlignSetup } from './common.js';
export interface AlignBarrierConfig extends AlignSetup {
    /** Points on the path, α_k = k / (alphas − 1) (the paper: 11). */
    readonly alphas: number;
}
/** The paper's set-up (PAPERS.md P5): 1×1000 MLP, AdamW 1e-3 (decay 0.01), batch 100, 6000 updates. */
export declare function defaultAlignBarrierConfig(): AlignBarrierConfig;
/** Seconds on a CPU: width 256, 150 updates on 6000 training images, 1000 test images, 5 points. */
export declare function smokeAlignBarrierConfig(): AlignBarrierConfig;
export declare const alignBarrierRanges: ConfigRanges<AlignBarrierConfig>;
export declare const alignBarrier: Experiment<AlignBarrierConfig>;
