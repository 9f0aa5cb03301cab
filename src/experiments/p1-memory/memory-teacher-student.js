/**
 * `memory-teacher-student` (PAPERS.md P1, "the curse of memory"): students learn to imitate a
 * dense linear RNN teacher whose eigenvalues all lie in the ring |λ| ∈ [ν₀, 1). As ν₀ -> 1 the
 * teacher's memory grows and the dense RNN student's final loss degrades, while the LRU (complex
 * diagonal recurrence, exponential parametrisation, input normalisation γ) keeps learning. The
 * ablation ladder at ν₀ = 0.99 adds one ingredient at a time: RNN -> block-diagonal -> more
 * neurons -> complex diagonal -> + γ -> LRU. Teacher and students: `memory-students.ts`.
 *
 * One run covers the whole grid (students × ν₀ × learning rates × seeds, plus the ladder); each
 * cell trains one student from scratch, and the final loss (mean minibatch loss over the last
 * epoch) is logged per cell. The report picks, per student and ν₀, the learning rate with the
 * lowest mean final loss over seeds and plots mean ± s.e.m. The run checkpoints after every
 * cell and resumes at the next one.
 */
import { random } from '../../index.js';
import { STUDENT_KINDS, makeStudent, makeTeacher, trainStudent } from './memory-students.js';
export function defaultMemoryTeacherStudentConfig() {
    return {
        teacherHidden: 10,
        seqLen: 300,
        nu0s: [0.36, 0.68, 0.84, 0.92, 0.96, 0.98, 0.99],
        students: ['lru', 'rnn'],
        studentHidden: 64,
        lrDense: [1e-4, 3e-4, 1e-3, 3e-3, 1e-2],
        lrDiagonal: [1e-3, 3e-3, 1e-2, 3e-2, 1e-1],
        batchSize: 128,
        epochs: 100,
        stepsPerEpoch: 100,
        warmupFraction: 0.1,
        seeds: 10,
        ablation: { enabled: true, nu0: 0.99, smallHidden: 10, largeHidden: 64 },
        dtype: 'f32',
    };
}
/** Allowed values of every setting. */
export const memoryTeacherStudentRanges = {
    // Maxima far beyond anything one machine trains: larger values can only be typos.
    teacherHidden: { integer: true, min: 1, max: 1_000_000 },
    seqLen: { integer: true, min: 1, max: 100_000_000 },
    nu0s: { min: 0, max: 1, maxExclusive: true, minLength: 1 },
    students: { oneOf: STUDENT_KINDS, minLength: 1 },
    studentHidden: { integer: true, min: 1, max: 1_000_000 },
    lrDense: { min: 0, minExclusive: true, minLength: 1 },
    lrDiagonal: { min: 0, minExclusive: true, minLength: 1 },
    batchSize: { integer: true, min: 1, max: 1_000_000 },
    epochs: { integer: true, min: 1 },
    stepsPerEpoch: { integer: true, min: 1 },
    warmupFraction: { min: 0, max: 1, maxExclusive: true },
    seeds: { integer: true, min: 1 },
    ablation: {
        nu0: { min: 0, max: 1, maxExclusive: true },
        smallHidden: { integer: true, min: 1, max: 1_000_000 },
        largeHidden: { integer: true, min: 1, max: 1_000_000 },
    },
    dtype: { oneOf: ['f32', 'f64'] },
};
/** Seconds: two ν₀, short sequences, small learning-rate grids, the ladder with few steps. */
export function smokeMemoryTeacherStudentConfig() {
    return {
        ...defaultMemoryTeacherStudentConfig(),
        seqLen: 48,
        nu0s: [0.68, 0.99],
        studentHidden: 16,
        lrDense: [1e-2],
        lrDiagonal: [3e-2, 1e-1],
        batchSize: 16,
        epochs: 10,
        stepsPerEpoch: 10,
        seeds: 1,
        ablation: { enabled: true, nu0: 0.99, smallHidden: 10, largeHidden: 16 },
    };
}
/**
 * Peak bytes of the largest training (one student at a time): its dense [n, n] (or complex
 * diagonal) recurrence, input and output weights with gradients, Adam's moments and the
 * update's temporaries (6 copies), the teacher, and about 16 values per hidden unit, step and
 * sequence for the forward and backward pass; n counts real units (2 per complex unit).
 */
export function estimateTeacherStudentBytes(c) {
    const widths = [c.teacherHidden, 2 * c.studentHidden, ...(c.ablation.enabled ? [c.ablation.smallHidden, 4 * c.ablation.largeHidden] : [])];
    const n = Math.max(...widths);
    const params = n * n + 4 * n + 1;
    const activations = 16 * c.batchSize * c.seqLen * n;
    return (c.dtype === 'f64' ? 8 : 4) * (6 * params + 2 * c.teacherHidden * c.teacherHidden + activations + 2 * c.batchSize * c.seqLen);
}
const isDiagonal = (k) => k !== 'rnn' && k !== 'blockdiag';
/** The ladder of P1 at ν₀ = ablation.nu0: [kind, hidden] per rung. */
export function ablationLadder(c) {
    const { smallHidden: s, largeHidden: l } = c.ablation;
    return [
        ['rnn', s],
        ['blockdiag', s],
        ['blockdiag', 2 * l],
        ['complexdiag', l],
        ['complexdiag-gamma', l],
        ['lru', l],
    ];
}
const RUNG_NAMES = ['RNN', 'block-diagonal', 'more neurons', 'complex diagonal', '+ γ normalisation', 'LRU (+ exp)'];
/** Every cell of the run, in the order they are trained. */
export function teacherStudentCells(c) {
    const cells = [];
    const lrs = (k) => (isDiagonal(k) ? c.lrDiagonal : c.lrDense);
    for (let seed = 0; seed < c.seeds; seed++) {
        for (const nu0 of c.nu0s) {
            for (const kind of c.students) {
                for (const lr of lrs(kind))
                    cells.push({ group: 0, rung: -1, kind, hidden: c.studentHidden, nu0, lr, seed });
            }
        }
        if (c.ablation.enabled) {
            ablationLadder(c).forEach(([kind, hidden], rung) => {
                for (const lr of lrs(kind))
                    cells.push({ group: 1, rung, kind, hidden, nu0: c.ablation.nu0, lr, seed });
            });
        }
    }
    return cells;
}
/** Stable integer for a ν₀ (keys for teachers: the same ν₀ gives the same teacher in sweep and ladder). */
const nuTag = (nu0) => Math.round(nu0 * 1e6);
async function run(c, ctx) {
    const [teacherKey, studentKey, dataKey] = random.split(ctx.key, 3);
    const cells = teacherStudentCells(c);
    const stepsPerCell = c.epochs * c.stepsPerEpoch;
    const total = cells.length * stepsPerCell;
    const restored = await ctx.checkpoint.load();
    const losses = restored ? [...restored.state.losses] : [];
    for (let j = restored?.state.done ?? 0; j < cells.length; j++) {
        if (ctx.shouldStop())
            return ctx.interrupt(j * stepsPerCell, { done: j, losses });
        const cell = cells[j];
        const seedTeacher = random.foldIn(random.foldIn(teacherKey, cell.seed), nuTag(cell.nu0));
        const teacher = makeTeacher(seedTeacher, c.teacherHidden, cell.nu0, c.dtype);
        const student = makeStudent(cell.kind, random.foldIn(random.foldIn(studentKey, cell.seed), nuTag(cell.nu0)), cell.hidden, cell.nu0, c.dtype);
        const offset = j * stepsPerCell;
        const finalLoss = await trainStudent(student, teacher.params, {
            steps: stepsPerCell,
            batchSize: c.batchSize,
            seqLen: c.seqLen,
            lr: cell.lr,
            warmupFraction: c.warmupFraction,
            finalWindow: c.stepsPerEpoch,
            dtype: c.dtype,
        }, random.foldIn(dataKey, cell.seed), (step, loss) => ctx.progress(offset + step, total, { loss, cell: j }));
        losses.push(finalLoss);
        ctx.log(offset + stepsPerCell, {
            cell: j,
            group: cell.group,
            rung: cell.rung,
            student: STUDENT_KINDS.indexOf(cell.kind),
            hidden: cell.hidden,
            nu0: cell.nu0,
            lr: cell.lr,
            seed: cell.seed,
            finalLoss,
        });
        if (j + 1 < cells.length)
            await ctx.checkpoint.save((j + 1) * stepsPerCell, { done: j + 1, losses });
    }
    return summarise(c, cells, losses);
}
function stats(v) {
    const n = v.length;
    const mean = v.reduce((a, b) => a + b, 0) / n;
    if (n < 2 || !Number.isFinite(mean))
        return { mean, sem: n < 2 ? NaN : Infinity };
    const ss = v.reduce((a, b) => a + (b - mean) ** 2, 0);
    return { mean, sem: Math.sqrt(ss / (n - 1) / n) };
}
/** Group cells (with their losses) by `key`, then pick the best learning rate per group. */
export function bestOverLearningRates(cells, losses, key) {
    const byKey = new Map();
    cells.forEach((cell, i) => {
        if (i >= losses.length)
            return;
        const k = key(cell);
        const byLr = byKey.get(k) ?? new Map();
        byKey.set(k, byLr);
        const list = byLr.get(cell.lr) ?? [];
        byLr.set(cell.lr, list);
        list.push(losses[i] ?? Infinity);
    });
    const out = new Map();
    for (const [k, byLr] of byKey) {
        let best;
        for (const [lr, v] of byLr) {
            const s = stats(v);
            const mean = Number.isNaN(s.mean) ? Infinity : s.mean;
            if (best === undefined || mean < best.mean)
                best = { lr, mean, sem: s.sem, n: v.length };
        }
        out.set(k, best);
    }
    return out;
}
const sweepKey = (kind, nu0) => `${kind}@${nu0}`;
function summarise(c, cells, losses) {
    const sweep = bestOverLearningRates(cells.filter((x) => x.group === 0), losses.filter((_, i) => cells[i].group === 0), (x) => sweepKey(x.kind, x.nu0));
    const out = {};
    for (const kind of c.students) {
        for (const nu0 of c.nu0s) {
            const b = sweep.get(sweepKey(kind, nu0));
            if (b)
                out[`loss_${kind}_nu0=${nu0}`] = b.mean;
        }
    }
    const maxNu = Math.max(...c.nu0s);
    out.lruLossAtMaxNu0 = sweep.get(sweepKey('lru', maxNu))?.mean ?? NaN;
    out.rnnLossAtMaxNu0 = sweep.get(sweepKey('rnn', maxNu))?.mean ?? NaN;
    if (c.ablation.enabled) {
        const ladder = bestOverLearningRates(cells.filter((x) => x.group === 1), losses.filter((_, i) => cells[i].group === 1), (x) => String(x.rung));
        RUNG_NAMES.forEach((_, r) => (out[`ablation_${r}_${ablationLadder(c)[r][0]}`] = ladder.get(String(r))?.mean ?? NaN));
    }
    return out;
}
/** Rebuild cells and losses from the logged rows (the report reads only the record). */
function cellsFromRows(c, rows) {
    const cells = [];
    const losses = [];
    for (const r of rows) {
        if (typeof r.cell !== 'number')
            continue;
        cells.push({
            group: r.group === 1 ? 1 : 0,
            rung: r.rung ?? -1,
            kind: STUDENT_KINDS[r.student ?? 0],
            hidden: r.hidden ?? c.studentHidden,
            nu0: r.nu0 ?? NaN,
            lr: r.lr ?? NaN,
            seed: r.seed ?? 0,
        });
        losses.push(r.finalLoss ?? Infinity); // null: a non-finite (diverged) loss
    }
    return { cells, losses };
}
function report(r) {
    const c = r.config;
    const { cells, losses } = cellsFromRows(c, r.metrics);
    const sweepCells = cells.filter((x) => x.group === 0);
    const sweepLosses = losses.filter((_, i) => cells[i].group === 0);
    const sweep = bestOverLearningRates(sweepCells, sweepLosses, (x) => sweepKey(x.kind, x.nu0));
    const series = c.students.map((kind) => {
        const pts = c.nu0s
            .map((nu0) => sweep.get(sweepKey(kind, nu0)))
            .map((b, i) => ({ nu0: c.nu0s[i], b }))
            .filter((p) => p.b !== undefined && Number.isFinite(p.b.mean) && p.b.mean > 0);
        const sem = (p) => (Number.isFinite(p.b.sem) ? p.b.sem : 0);
        return {
            name: kind,
            x: pts.map((p) => p.nu0),
            y: pts.map((p) => p.b.mean),
            lo: pts.map((p) => Math.max(p.b.mean - sem(p), p.b.mean * 1e-3)),
            hi: pts.map((p) => p.b.mean + sem(p)),
        };
    });
    const rows = c.students.flatMap((kind) => c.nu0s.map((nu0) => {
        const b = sweep.get(sweepKey(kind, nu0));
        return [kind, nu0, b?.lr ?? null, b?.mean ?? null, b && Number.isFinite(b.sem) ? b.sem : null, b?.n ?? 0];
    }));
    const tables = [
        {
            title: 'Final loss at the best learning rate (mean ± s.e.m. over seeds)',
            columns: ['student', 'ν₀', 'best lr', 'final loss', 's.e.m.', 'seeds'],
            rows,
            note: "Paper (P1, teacher–student figure): the dense RNN's final loss grows by orders of magnitude as ν₀ -> 1 while the LRU's stays low; the paper gives the curves, not numbers.",
        },
    ];
    const figures = [
        {
            name: 'loss-vs-nu0',
            figure: {
                kind: 'line',
                title: 'Final loss vs teacher memory ν₀ (best learning rate, mean ± s.e.m.)',
                x: { label: 'ν₀' },
                y: { label: 'final ½ MSE', log: true },
                series,
            },
        },
    ];
    if (c.ablation.enabled) {
        const ladderCells = cells.filter((x) => x.group === 1);
        const ladderLosses = losses.filter((_, i) => cells[i].group === 1);
        const ladder = bestOverLearningRates(ladderCells, ladderLosses, (x) => String(x.rung));
        const rungs = ablationLadder(c);
        tables.push({
            title: `Ablation at ν₀ = ${c.ablation.nu0}`,
            columns: ['rung', 'student', 'units', 'best lr', 'final loss', 's.e.m.'],
            rows: rungs.map(([kind, hidden], i) => {
                const b = ladder.get(String(i));
                return [RUNG_NAMES[i], kind, hidden, b?.lr ?? null, b?.mean ?? null, b && Number.isFinite(b.sem) ? b.sem : null];
            }),
            note: 'Paper (P1): the loss drops along the ladder RNN -> block-diagonal -> more neurons -> complex diagonal -> + γ -> LRU; the big steps are the diagonal (complex) structure and the normalisation/parametrisation.',
        });
        const pts = rungs
            .map((_, i) => ladder.get(String(i)))
            .map((b, i) => ({ i, b }))
            .filter((p) => p.b && Number.isFinite(p.b.mean) && p.b.mean > 0);
        figures.push({
            name: 'ablation',
            figure: {
                kind: 'scatter',
                title: `Ablation ladder at ν₀ = ${c.ablation.nu0} (0 = RNN … 5 = LRU)`,
                x: { label: 'rung' },
                y: { label: 'final ½ MSE', log: true },
                points: pts.map((p) => ({ x: p.i, y: p.b.mean, group: RUNG_NAMES[p.i], label: RUNG_NAMES[p.i] })),
            },
        });
    }
    return {
        text: `Students imitate a dense linear RNN teacher (hidden ${c.teacherHidden}, T = ${c.seqLen}, x ~ N(0, 1)) whose eigenvalues lie in the ring [ν₀, 1). ` +
            `Adam with warmup-cosine, batch ${c.batchSize}, ${c.epochs} × ${c.stepsPerEpoch} steps, ${c.seeds} seed(s); final loss = mean minibatch ½ MSE over the last epoch, at the best learning rate per student and ν₀. ` +
            'All students start with eigenvalues in the same ring (module notes of memory-students.ts).',
        figures,
        tables,
    };
}
export const memoryTeacherStudent = {
    name: 'memory-teacher-student',
    description: 'P1: LRU vs dense linear RNN students of a long-memory linear RNN teacher, sweep over ν₀ and the ablation ladder',
    defaultConfig: defaultMemoryTeacherStudentConfig,
    smokeConfig: smokeMemoryTeacherStudentConfig,
    ranges: memoryTeacherStudentRanges,
    estimateBytes: estimateTeacherStudentBytes,
    metric: { name: 'lruLossAtMaxNu0', mode: 'min' },
    summaryKeys: ['lruLossAtMaxNu0', 'rnnLossAtMaxNu0'],
    webgpu: {
        reason: 'it builds its teachers and students in float64 on the host (eigenvalues placed exactly) and reads the loss synchronously at every step (WebGPU has no float64 and only asynchronous reads)',
    },
    run,
    report,
};
//# sourceMappingURL=memory-teacher-student.js.map