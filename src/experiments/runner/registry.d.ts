import type { AnyExperiment } from './types.js';
/** Every experiment, in the order `looplab list` shows them; the first is the default. */
export declare const experiments: readonly AnyExperiment[];
export declare function findExperiment(name: string): AnyExperiment | undefined;
export declare function experimentNames(): string[];
