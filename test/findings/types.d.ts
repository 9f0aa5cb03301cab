import type { AnyExperiment, ConfigObject, Summary } from '../../src/experiments/runner/types.js';
import type { Report } from '../../src/report/types.js';
export interface SmokeRun {
    readonly experiment: AnyExperiment;
    /** The run directory, with report.html and figures/ rendered. */
    readonly dir: string;
    readonly config: ConfigObject;
    readonly summary: Summary;
    readonly report: Report;
    /** Wall-clock seconds of the whole smoke run (set-up, training, evaluation, report). */
    readonly wallSeconds: number;
}
/** The finding of each experiment, by experiment name. */
export type Findings = Readonly<Record<string, (run: SmokeRun) => void | Promise<void>>>;
/** A fresh temporary directory, removed by {@link removeTmpDirs}. */
export declare function tmpDir(): string;
export declare function removeTmpDirs(): void;
/** Run `config` to the end in a fresh directory and return its summary. */
export declare function finish(experiment: AnyExperiment, config: ConfigObject, seed?: number): Promise<Summary>;
