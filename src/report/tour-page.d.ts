/** One quantity of a finding: the paper's value (null: the paper gives none) and ours. */
export interface TourQuantity {
    readonly name: string;
    readonly paper: number | null;
    readonly ours: number | null;
    /** The paper's value is read off a figure. */
    readonly paperApprox?: boolean;
    readonly paperNote?: string;
    readonly description?: string;
    /** Whether every check that involves this quantity holds; null when none does. */
    readonly holds: boolean | null;
}
/** One check of a finding, as evaluated. */
export interface TourCheck {
    readonly text: string;
    readonly measured: string;
    readonly holds: boolean;
    /** Distance from failing in the units of the left side (negative: missed by that much); null if unmeasured. */
    readonly margin: number | null;
}
/** One run of a finding: its label and directory relative to the tour directory. */
export interface TourRun {
    readonly label: string;
    readonly dir: string;
    readonly status: 'finished' | 'failed' | 'interrupted' | 'skipped';
    /** report.html relative to the tour directory, when rendered. */
    readonly report?: string;
    readonly device: string;
    readonly seconds?: number;
    readonly message?: string;
}
/** One finding's entry in tour.json. */
export interface TourFindingRecord {
    readonly id: string;
    readonly paper: string;
    readonly paperTitle: string;
    readonly source: string;
    readonly claim: string;
    readonly experiment: string;
    readonly holds: boolean;
    readonly quantities: readonly TourQuantity[];
    readonly checks: readonly TourCheck[];
    /** The first run's directory (relative to the tour directory). */
    readonly run: string;
    readonly runs: readonly TourRun[];
    /** How the configuration is reduced from the paper's ("" when it is the paper's). */
    readonly reduced: string;
    readonly paperCommand: string;
    readonly seconds: number;
    /** Why the finding could not be measured (a run failed), when it could not. */
    readonly error?: string;
    /** The key figure: an SVG file of a run (relative to the tour directory), shown inline on the page. */
    readonly figure?: {
        readonly caption: string;
        readonly file: string;
    };
}
/** tour.json. */
export interface TourRecord {
    readonly kind: 'tour';
    readonly looplab: string;
    readonly startedAt: string;
    readonly seed: number;
    readonly device: string;
    readonly smoke: boolean;
    readonly seconds: number;
    /** Every finding held (and none is missing because the tour was stopped). */
    readonly holds: boolean;
    readonly interrupted: boolean;
    readonly machine: {
        readonly cpu: string;
        readonly cores: number;
        readonly node: string;
        readonly platform: string;
    };
    readonly command: string;
    readonly papers: readonly {
        readonly id: string;
        readonly title: string;
        readonly claim: string;
    }[];
    readonly findings: readonly TourFindingRecord[];
}
/**
 * Render tour.json's record as the tour page; `svgOf` reads a figure file (relative to the tour
 * directory), undefined when it is missing. Deterministic: the same record and files give the same page.
 */
export declare function renderTourHtml(t: TourRecord, svgOf?: (file: string) => string | undefined): string;
