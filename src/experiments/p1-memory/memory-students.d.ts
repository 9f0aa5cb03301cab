/**
 * Teacher and students of P1's teacher–student task (PAPERS.md P1, "the curse of memory").
 *
 * Teacher: a dense real linear RNN h_t = A h_{t−1} + B x_t, y_t = C h_t + D x_t with hidden
 * size n, A = V diag(λ') V⁻¹ from the eigendecomposition A₀ = V diag(l) V⁻¹ of A₀ ~ N(0, 1/n),
 * arg λ' = arg l and |λ'| = ν₀ + (1 − ν₀) tanh|l| (so every |λ'| ∈ [ν₀, 1)); B, D ~ N(0, 1),
 * C ~ N(0, 1)/√n.
 *
 * Students (x: [B, T, 1] -> y: [B, T, 1]), the ablation ladder of P1 in order:
 *   'rnn'          dense linear RNN, A = Q R Qᵀ (Q random orthogonal, R the ring blocks below)
 *   'blockdiag'    the same with A block-diagonal in 2×2 blocks (a masked dense A), A = R at init
 *   'complexdiag'  diagonal complex recurrence λ = λ_re + i λ_im (nn.lru 'reim', no γ)
 *   'complexdiag-gamma'  + input normalisation γ (nn.lru 'reim', learned γ)
 *   'lru'          + exponential parametrisation: the LRU (nn.lru 'exp', learned γ)
 * R is block-diagonal with blocks r [[cos φ, −sin φ], [sin φ, cos φ]], r² ~ U[ν₀², 1],
 * φ ~ U[0, π]: the real form of the LRU's ring initialisation, so every student starts with its
 * eigenvalues in the same ring |λ| ∈ [ν₀, 1) as the teacher's. The teacher and the dense
 * students run in convolution form (`linearRnnConv`): the same function and gradient as the
 * step-by-step loop, with a backward pass linear in T.
 */
import { nn } from '../../index.js';
import type { Key, Tensor } from '../../index.js';
export type StudentKind = 'rnn' | 'blockdiag' | 'complexdiag' | 'complexdiag-gamma' | 'lru';
export declare const STUDENT_KINDS: readonly StudentKind[];
/** Parameters of a dense linear RNN teacher or student (nn.linearRnn's). */
export type LinearParams = nn.LinearRnnParams;
/** A student: its parameters and how to run it (x: [B, T, 1] -> [B, T, 1]). */
export interface Student {
    readonly kind: StudentKind;
    readonly params: {
        readonly [name: string]: Tensor;
    };
    readonly apply: (params: {
        readonly [name: string]: Tensor;
    }, x: Tensor) => Tensor;
    /** Real state dimension (2× the complex units for the diagonal students). */
    readonly stateDim: number;
}
/** Teacher of the module notes; its eigenvalue moduli are returned for the report. */
export declare function makeTeacher(key: Key, hidden: number, nu0: number, dtype: 'f32' | 'f64'): {
    params: LinearParams;
    moduli: number[];
};
/**
 * A student of kind `kind` with `hidden` units (real neurons for 'rnn'/'blockdiag', complex
 * units for the diagonal ones), eigenvalues initialised in the ring [ν₀, 1).
 */
export declare function makeStudent(kind: StudentKind, key: Key, hidden: number, nu0: number, dtype: 'f32' | 'f64'): Student;
/**
 * A single-input, single-output linear RNN (h_t = A h_{t−1} + B x_t, y_t = C h_t + D x_t) in
 * convolution form: y_t = Σ_{k≤t} K_k x_{t−k} + D x_t with the kernel K_k = C A^k B. The kernel
 * costs T matrix–vector products and the causal convolution one [B, T] × [T, T] matmul with
 * the Toeplitz matrix of K, so the backward pass is linear in T (the step-by-step loop of
 * `nn.linearRnn.apply` is the reference it is tested against). x: [B, T, 1] -> y: [B, T, 1].
 */
export declare function linearRnnConv(p: LinearParams, x: Tensor): Tensor;
/** How one student is trained (P1: Adam with linear warmup and cosine decay, ½ MSE on every step). */
export interface StudentTraining {
    readonly steps: number;
    readonly batchSize: number;
    readonly seqLen: number;
    /** Peak learning rate. */
    readonly lr: number;
    /** Fraction of the steps spent in linear warmup. */
    readonly warmupFraction: number;
    /** The final loss is the mean minibatch loss over this many last steps. */
    readonly finalWindow: number;
    readonly dtype: 'f32' | 'f64';
}
/**
 * Train `student` to imitate `teacher` on fresh N(0, 1) batches (batch t drawn from
 * foldIn(dataKey, t)); returns the final loss, or Infinity when the loss diverged (non-finite).
 * `onStep` is awaited after every step (progress, Ctrl-C).
 */
export declare function trainStudent(student: Student, teacher: LinearParams, o: StudentTraining, dataKey: Key, onStep: (step: number, loss: number) => Promise<void>): Promise<number>;
