/**
 * Parsing and checking the arguments of `run`, `sweep` and `report`. Everything here happens
 * before anything is written: a usage error leaves the file system untouched.
 */
import type { DeviceName } from '../index.js';
import type { ParseArgsConfig } from 'node:util';
import type { MemoryLimit } from '../experiments/runner/limits.js';
import type { QueueUrl } from '../experiments/runner/queue-url.js';
import type { GridAxis } from '../experiments/runner/sweep.js';
import type { AnyExperiment, ConfigObject } from '../experiments/runner/types.js';
/** A usage error: exit code 2, message says what is valid. */
export declare class UsageError extends Error {
}
export declare function parseCount(option: string, raw: string, min: number): number;
/** `--device`, else the LOOPLAB_DEVICE environment variable, else the CPU. */
export declare function checkDevice(raw: string | undefined): DeviceName;
/** `--max-memory`, else LOOPLAB_MAX_MEMORY, else the default (see limits.ts). */
export declare function memoryLimit(raw: string | undefined): MemoryLimit;
/** Refuse a configuration whose memory estimate exceeds the limit (`parallel` runs at once). */
export declare function checkMemory(experiment: AnyExperiment, config: ConfigObject, limit: MemoryLimit, parallel?: number): void;
type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;
export declare function parse(command: string, args: readonly string[], options: NonNullable<ParseArgsConfig['options']>, validList: string): {
    values: ParsedValues;
    positionals: string[];
};
export declare const str: (v: unknown) => string | undefined;
export type RunArgs = {
    readonly mode: 'help';
} | {
    readonly mode: 'resume';
    readonly dir: string;
    readonly name?: string;
    readonly device: DeviceName;
    readonly maxMemory: MemoryLimit;
} | {
    readonly mode: 'new';
    readonly device: DeviceName;
    readonly experiment: AnyExperiment;
    readonly config: ConfigObject;
    readonly seeds: readonly number[];
    readonly smoke: boolean;
    readonly out: string;
};
export declare function parseRunArgs(args: readonly string[], cwd: string): RunArgs;
export type SweepArgs = {
    readonly mode: 'help';
} | {
    readonly mode: 'resume';
    readonly dir: string;
    readonly workers: number;
    readonly maxMemory: MemoryLimit;
} | {
    readonly mode: 'new';
    readonly experiment: AnyExperiment;
    readonly base: ConfigObject;
    readonly grid: readonly GridAxis[];
    readonly seeds: readonly number[];
    readonly workers: number;
    readonly smoke: boolean;
    readonly out: string;
    /** Submit the cells to a job queue instead of running them here. */
    readonly queue?: {
        readonly url: QueueUrl;
        readonly results?: string;
        readonly wait: boolean;
        readonly attempts: number;
    };
};
/** `--queue`, checked (not connected). */
export declare function queueUrl(raw: string): QueueUrl;
export declare function parseSweepArgs(args: readonly string[], cwd: string, defaultWorkers: number): SweepArgs;
export type ReportArgs = {
    readonly mode: 'help';
} | {
    readonly mode: 'render';
    readonly dirs: readonly string[];
    readonly out: string;
};
export declare function parseReportArgs(args: readonly string[], cwd: string): ReportArgs;
export {};
