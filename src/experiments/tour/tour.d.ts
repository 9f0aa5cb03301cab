import type { DeviceName } from '../../index.js';
import type { TourFindingRecord, TourRecord } from '../runner/report-bridge.js';
import type { ProgressEvent } from '../runner/runner.js';
import type { AnyFinding } from './finding.js';
export type { TourRecord, TourFindingRecord } from '../runner/report-bridge.js';
/** What the tour reports while it runs. */
export type TourEvent = {
    readonly kind: 'finding';
    readonly index: number;
    readonly total: number;
    readonly finding: AnyFinding;
    /** Seconds left for the whole tour, from the findings' measured times scaled to this machine. */
    readonly etaSeconds: number;
} | {
    readonly kind: 'run';
    readonly finding: AnyFinding;
    readonly label: string;
    readonly device: DeviceName;
    readonly note?: string;
} | {
    readonly kind: 'progress';
    readonly finding: AnyFinding;
    readonly label: string;
    readonly event: ProgressEvent;
    readonly etaSeconds: number;
} | {
    readonly kind: 'done';
    readonly index: number;
    readonly total: number;
    readonly record: TourFindingRecord;
    readonly etaSeconds: number;
};
export interface TourOptions {
    readonly findings: readonly AnyFinding[];
    /** The tour directory (created if missing; normally a fresh `tour-<timestamp>`). */
    readonly dir: string;
    /** Seed of every run. */
    readonly seed: number;
    /** Where to compute; findings whose experiment does not run there run on the CPU. */
    readonly device: DeviceName;
    /** Run each finding at its experiment's smoke configuration (seconds; for tests), not its reduced one. */
    readonly smoke?: boolean;
    /** The command line to show on the page. */
    readonly command?: string;
    readonly signal?: AbortSignal;
    readonly now?: () => Date;
    readonly onEvent?: (e: TourEvent) => void;
}
/** Run the findings and write tour.json and index.html into `o.dir`. */
export declare function runTour(o: TourOptions): Promise<TourRecord>;
