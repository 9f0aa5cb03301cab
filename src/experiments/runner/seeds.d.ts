/**
 * Several seeds of one configuration: `<dir>/seed-<s>/` run directories plus, in `<dir>`,
 *
 *   config.json    { kind: 'seeds', experiment, seeds, device, smoke, looplab, startedAt, config }
 *   summary.json   { kind: 'seeds', experiment, seeds, final: { <key>: { mean, sem, n, values } } }
 *
 * Seeds run one after another in this process; a stop request ends the current seed with a
 * checkpoint, and resuming the group resumes that seed and runs the ones not yet started.
 */
import type { DeviceName } from '../../index.js';
import type { SeedStat } from './aggregate.js';
import type { ProgressEvent } from './runner.js';
import type { AnyExperiment, ConfigObject } from './types.js';
export interface SeedGroupMeta {
    readonly kind: 'seeds';
    readonly experiment: string;
    readonly seeds: readonly number[];
    readonly device: DeviceName;
    readonly smoke: boolean;
    readonly looplab: string;
    readonly startedAt: string;
    readonly config: ConfigObject;
}
export interface SeedGroupSummary {
    readonly kind: 'seeds';
    readonly experiment: string;
    readonly seeds: readonly number[];
    readonly final: Readonly<Record<string, SeedStat>>;
}
export type GroupOutcome = {
    readonly status: 'finished';
    readonly final: Readonly<Record<string, SeedStat>>;
} | {
    readonly status: 'interrupted';
    readonly seed: number;
    readonly step: number;
} | {
    readonly status: 'failed';
    readonly seed: number;
    readonly message: string;
};
/** The directory of seed `s` inside a group. */
export declare function seedDir(dir: string, seed: number): string;
export declare function readGroupMeta(dir: string): SeedGroupMeta;
export declare function writeGroupMeta(dir: string, meta: Omit<SeedGroupMeta, 'kind' | 'looplab'>): void;
/**
 * Aggregate the finished seeds' summaries. The group's summary.json is written only once every
 * seed has finished, so that its presence means "finished" for a group as for a single run;
 * with unfinished seeds the statistics over the finished ones are returned without writing.
 */
export declare function writeGroupSummary(dir: string, experiment: string, seeds: readonly number[]): Record<string, SeedStat>;
export interface SeedGroupOptions {
    readonly experiment: AnyExperiment;
    readonly dir: string;
    readonly config: ConfigObject;
    readonly seeds: readonly number[];
    readonly smoke: boolean;
    readonly signal?: AbortSignal;
    readonly onProgress?: (e: ProgressEvent) => void;
    /** Called before each seed starts (or resumes). */
    readonly onSeed?: (seed: number, index: number, count: number) => void;
    readonly now?: () => Date;
}
/** Run (or resume) every seed of a group, then write the aggregate summary. */
export declare function runSeedGroup(o: SeedGroupOptions): Promise<GroupOutcome>;
