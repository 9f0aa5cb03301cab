import type { OnlineCopyConfig } from './online-copy.js';
import type { Experiment } from '../runner/types.js';
export type OnlineLayersConfig = OnlineCopyConfig;
/** The paper's copy task and LRU (H = 128, N = 64), online, 2 layers, alignment every 100 steps. */
export declare function defaultOnlineLayersConfig(): OnlineLayersConfig;
/** The smoke copy task with 3 layers, alignment every 10 steps. */
export declare function smokeOnlineLayersConfig(): OnlineLayersConfig;
export declare const onlineLayers: Experiment<OnlineLayersConfig>;
