import type { LcpController } from '../../learn/lcp/controller.js';
import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
export type LcpMethod = 'lcp' | 'rbp' | 'bptt';
export interface LcpMnistConfig extends ConfigObject {
    readonly dHidden: number;
    readonly data: {
        readonly trainLimit: number;
        readonly testLimit: number;
    };
    readonly train: {
        readonly batchSize: number;
        readonly epochs: number;
        readonly lr: number;
        readonly endFactor: number;
        readonly clipNorm: number;
    };
    readonly lcp: {
        /** The controller of the LCP training (see learn.lcp). */
        readonly controller: LcpController;
        readonly alpha: number;
        readonly ki: number;
        readonly kp: number;
        readonly threshold: number;
        /** Maximum settling steps ('energy': the exact number of Adam steps on the energy). */
        readonly maxIter: number;
        /** 'kolenPollack': weight decay applied to W, D and their feedback weights every step. */
        readonly kpWeightDecay: number;
        /** 'energy': the learning rate of the energy's Adam. */
        readonly energyLr: number;
    };
    readonly rbp: {
        readonly threshold: number;
        readonly maxIter: number;
    };
    /** K, the unrolled steps of BPTT (PAPERS.md gives none; our choice). */
    readonly bpttSteps: number;
    /** Cosine of the LCP update with the true gradient every this many steps (0: never). */
    readonly alignEvery: number;
    readonly logEvery: number;
    /** Save a checkpoint every this many steps (0: only when stopped). */
    readonly checkpointEvery: number;
}
/** The paper's set-up (PAPERS.md P6 and the authors' MNIST RNN commands). */
export declare function defaultLcpMnistConfig(): LcpMnistConfig;
/** Seconds on a CPU: N = 32, 1 280 training and 500 test images, two epochs, looser thresholds. */
export declare function smokeLcpMnistConfig(): LcpMnistConfig;
export declare const lcpMnistRanges: ConfigRanges<LcpMnistConfig>;
/** Parameters, Adam moments, the data as bytes and f32 batches, and BPTT's K stored states. */
export declare function estimateLcpMnistBytes(c: LcpMnistConfig): number;
export declare const lcpMnist: Experiment<LcpMnistConfig>;
