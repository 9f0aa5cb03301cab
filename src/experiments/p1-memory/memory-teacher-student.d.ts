import type { ConfigRanges } from '../runner/ranges.js';
import type { ConfigObject, Experiment } from '../runner/types.js';
import type { StudentKind } from './memory-students.js';
export interface MemoryTeacherStudentConfig extends ConfigObject {
    /** Teacher hidden size n (P1: 10). */
    readonly teacherHidden: number;
    /** Sequence length T (P1: 300); every step is supervised. */
    readonly seqLen: number;
    /** The ν₀ sweep (teacher eigenvalue moduli in [ν₀, 1)). */
    readonly nu0s: readonly number[];
    /** Students of the ν₀ sweep, from 'rnn', 'blockdiag', 'complexdiag', 'complexdiag-gamma', 'lru'. */
    readonly students: readonly StudentKind[];
    /** Hidden units of the sweep's students: complex units for the diagonal ones (P1: LRU 64). */
    readonly studentHidden: number;
    /** Learning-rate grid for 'rnn' and 'blockdiag'. */
    readonly lrDense: readonly number[];
    /** Learning-rate grid for the complex diagonal students ('complexdiag', 'complexdiag-gamma', 'lru'). */
    readonly lrDiagonal: readonly number[];
    readonly batchSize: number;
    /** Training length: epochs × stepsPerEpoch steps on fresh batches (P1: 100 × 100). */
    readonly epochs: number;
    readonly stepsPerEpoch: number;
    /** Fraction of training spent in linear warmup before the cosine decay. */
    readonly warmupFraction: number;
    /** Independent seeds (teacher, student init and data) per cell (P1: 10). */
    readonly seeds: number;
    readonly ablation: {
        readonly enabled: boolean;
        readonly nu0: number;
        /** Neurons of the first two rungs (P1: the teacher's 10). */
        readonly smallHidden: number;
        /** Units of the later rungs (real neurons come in 2×2 blocks: 2·largeHidden for 'blockdiag'). */
        readonly largeHidden: number;
    };
    readonly dtype: 'f32' | 'f64';
}
export declare function defaultMemoryTeacherStudentConfig(): MemoryTeacherStudentConfig;
/** Allowed values of every setting. */
export declare const memoryTeacherStudentRanges: ConfigRanges<MemoryTeacherStudentConfig>;
/** Seconds: two ν₀, short sequences, small learning-rate grids, the ladder with few steps. */
export declare function smokeMemoryTeacherStudentConfig(): MemoryTeacherStudentConfig;
/**
 * Peak bytes of the largest training (one student at a time): its dense [n, n] (or complex
 * diagonal) recurrence, input and output weights with gradients, Adam's moments and the
 * update's temporaries (6 copies), the teacher, and about 16 values per hidden unit, step and
 * sequence for the forward and backward pass; n counts real units (2 per complex unit).
 */
export declare function estimateTeacherStudentBytes(c: MemoryTeacherStudentConfig): number;
/** One training of one student: the grid cell. */
export interface TeacherStudentCell {
    /** 0: the ν₀ sweep; 1: the ablation ladder. */
    readonly group: 0 | 1;
    /** Position on the ladder (group 1) or -1. */
    readonly rung: number;
    readonly kind: StudentKind;
    readonly hidden: number;
    readonly nu0: number;
    readonly lr: number;
    readonly seed: number;
}
/** The ladder of P1 at ν₀ = ablation.nu0: [kind, hidden] per rung. */
export declare function ablationLadder(c: MemoryTeacherStudentConfig): [StudentKind, number][];
/** Every cell of the run, in the order they are trained. */
export declare function teacherStudentCells(c: MemoryTeacherStudentConfig): TeacherStudentCell[];
/** Mean ± s.e.m. over seeds at the best learning rate (lowest mean; diverged runs count as ∞). */
export interface BestCell {
    readonly lr: number;
    readonly mean: number;
    readonly sem: number;
    readonly n: number;
}
/** Group cells (with their losses) by `key`, then pick the best learning rate per group. */
export declare function bestOverLearningRates(cells: readonly TeacherStudentCell[], losses: readonly number[], key: (cell: TeacherStudentCell) => string): Map<string, BestCell>;
export declare const memoryTeacherStudent: Experiment<MemoryTeacherStudentConfig>;
