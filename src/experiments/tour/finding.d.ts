/**
 * A *finding*: one claim of one paper, the small run that measures it, and the check that
 * decides whether it holds. Findings are declarative records kept next to their experiments
 * (`p1-memory/findings.ts`, `p4-online/findings.ts`, …) and gathered in `tour/findings.ts`;
 * `looplab tour` runs them all and writes one page of claim | paper | ours | holds.
 *
 * A finding never restates its claim: every quantity is a key of the `final` summary that a run
 * computed, and every check compares such quantities (or a quantity and a number).
 *
 * @example
 * defineFinding({
 *   id: 'p4-copy',
 *   paper: 'P4',
 *   source: 'Table 1',
 *   claim: 'Online learning inside each layer learns the copy task about as well as BPTT, far better than the spatial gradient.',
 *   experiment: onlineCopy,
 *   config: reducedCopy,
 *   runs: [{ label: 'online', patch: (c) => ({ ...c, method: 'online' }) }, { label: 'bptt', … }, { label: 'spatial', … }],
 *   quantities: [{ name: 'online', run: 'online', key: 'testAccuracy', paper: null }, …],
 *   checks: [atLeast('online', 'bptt', { plus: -0.05 }), atLeast('online', 'spatial', { plus: 0.2 })],
 *   …
 * })
 */
import type { ConfigObject, Experiment, Summary } from '../runner/types.js';
import type { PaperId } from './papers.js';
/** One number the finding reads from a run and shows next to the paper's. */
export interface Quantity {
    /** Short name, unique within the finding: the row of the page's table and the name checks refer to. */
    readonly name: string;
    /** Label of the run it is read from (see {@link FindingRun}); default: the first run. */
    readonly run?: string;
    /** Key of that run's `final` summary. */
    readonly key: string;
    /**
     * The paper's value, or null where the paper gives none (the page shows "—"). Never
     * invented: a number read off a figure is marked `paperApprox`, one the paper's formula gives
     * at a point it does not tabulate is explained in `paperNote`.
     */
    readonly paper: number | null;
    /** The paper's value is read off a figure (shown as "≈ value"). */
    readonly paperApprox?: boolean;
    /** Where the paper's value comes from, when not a number printed in the paper (e.g. "Eq. 4 at λ = 0.99"). */
    readonly paperNote?: string;
    /** What the quantity is, in a few words (shown under its name). */
    readonly description?: string;
}
/** A variant of the finding's configuration, run in its own run directory. */
export interface FindingRun<C extends ConfigObject> {
    /** Name of the run directory and of the run in quantities; lowercase letters, digits, '-'. */
    readonly label: string;
    /** The configuration of this run from the finding's configuration. */
    readonly patch: (config: C) => C;
}
/** How one side of a check refers to a value: a quantity's name or a constant. */
export type Operand = string | number;
/**
 * A comparison `left op factor · right + plus` between quantities (or a quantity and a
 * constant). `margin` is how far the comparison is from failing, in the units of `left`
 * (positive when it holds): the page says by how much a finding missed.
 */
export interface Check {
    readonly left: string;
    readonly op: '>=' | '<=' | 'near';
    readonly right: Operand;
    /** Multiplies `right` (default 1). */
    readonly times?: number;
    /** Added to `times · right` (default 0). */
    readonly plus?: number;
    /** For 'near': the allowed absolute distance |left − right|. */
    readonly tolerance?: number;
}
/** `left ≥ times · right + plus`. */
export declare function atLeast(left: string, right: Operand, o?: {
    times?: number;
    plus?: number;
}): Check;
/** `left ≤ times · right + plus`. */
export declare function atMost(left: string, right: Operand, o?: {
    times?: number;
    plus?: number;
}): Check;
/** `|left − right| ≤ tolerance`. */
export declare function near(left: string, right: Operand, tolerance: number): Check;
/**
 * A finding of one paper. `C` is its experiment's configuration type.
 */
export interface Finding<C extends ConfigObject = ConfigObject> {
    /** Unique id, `p<k>-<words>` (`--only` takes ids or paper ids). */
    readonly id: string;
    readonly paper: PaperId;
    /** Where in the paper the claim is made: figure, table, section or equation. */
    readonly source: string;
    /** The claim in one sentence, in the paper's terms. */
    readonly claim: string;
    readonly experiment: Experiment<C>;
    /**
     * The reduced configuration the tour runs: at most about 60 s on 2 CPU cores for all of the
     * finding's runs together.
     */
    config(): C;
    /**
     * How `config()` differs from the paper's set-up ("H 32 instead of 128, …"); empty when it is
     * the paper's set-up.
     */
    readonly reduced: string;
    /** The runs, one run directory each; default: one run of `config()`, labelled 'run'. */
    readonly runs?: readonly FindingRun<C>[];
    readonly quantities: readonly Quantity[];
    /** All must hold for the finding to hold. */
    readonly checks: readonly Check[];
    /** The figure shown inline on the tour page: `figures/<file>` of the run labelled `run` (default the first). */
    readonly figure?: {
        readonly run?: string;
        readonly file: string;
        readonly caption: string;
    };
    /** The command that runs the claim at paper scale. */
    readonly paperCommand: string;
    /** Measured seconds of all runs of `config()` on a 2-core machine, for the tour's ETA. */
    readonly seconds: number;
}
/** A finding of any experiment, as the tour stores them. */
export type AnyFinding = Finding<ConfigObject>;
/**
 * Declare a finding; checks that quantity names are unique, that checks and the figure refer to
 * declared quantities and runs, and that run labels are usable as directory names. Throws on a
 * malformed record (a programming error, found by the test that walks every finding).
 */
export declare function defineFinding<C extends ConfigObject>(f: Finding<C>): AnyFinding;
/** The run labels of a finding, in order. */
export declare function runLabels(f: AnyFinding): string[];
/** The configuration of each run of the finding, by label, from a base configuration. */
export declare function runConfigs(f: AnyFinding, base: ConfigObject): {
    label: string;
    config: ConfigObject;
}[];
/** A quantity's measured value (NaN when the run did not produce it). */
export interface MeasuredQuantity {
    readonly name: string;
    readonly paper: number | null;
    readonly ours: number;
}
/** The outcome of one check. */
export interface CheckResult {
    /** The check as a formula of quantity names, e.g. `online ≥ bptt − 0.05`. */
    readonly text: string;
    /** The same with the measured numbers, e.g. `0.991 ≥ 0.943`. */
    readonly measured: string;
    readonly holds: boolean;
    /** Distance from failing, in the units of the left side; negative when it fails (NaN if unmeasured). */
    readonly margin: number;
}
/** Read the finding's quantities from its runs' summaries (by run label). */
export declare function measure(f: AnyFinding, summaries: Readonly<Record<string, Summary | undefined>>): MeasuredQuantity[];
/** Evaluate one check on measured quantities. */
export declare function evaluateCheck(c: Check, values: readonly MeasuredQuantity[]): CheckResult;
