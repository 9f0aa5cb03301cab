import type { AnyExperiment, ConfigObject } from '../experiments/runner/types.js';
/** Where the lab computes: chosen automatically, or forced. */
export type LabDevice = 'auto' | 'webgpu' | 'wasm' | 'ts';
/** base64url of UTF-8 JSON, and back. */
export declare function encodeConfig(config: ConfigObject): string;
export declare function decodeConfig(text: string): unknown;
/** The lab page of `name` with this configuration, seed and device. */
export declare function runLink(name: string, config: ConfigObject, seed?: number, device?: LabDevice): string;
/** The configuration of `json` for `e`, or the problems — the same messages as the CLI's. */
export declare function checkConfig(e: AnyExperiment, json: unknown): {
    config: ConfigObject;
} | {
    problems: string[];
};
