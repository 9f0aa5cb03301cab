/**
 * `npm run bench`: looplab against jax-js (wasm), TensorFlow.js (cpu, wasm) and, when it is
 * installed, PyTorch (cpu), measured in one process on one machine. Prints a table and writes
 * bench/results/<timestamp>.json with the machine description and every sample.
 *
 *   npx tsx bench/run.ts [--peers looplab,jax-js,tfjs-cpu,tfjs-wasm,torch,torch-1t] [--cases eager,matmul,lru] [--json]
 *
 * `--json` prints the results document to stdout (the tables then go to stderr): `results[case][peer]`
 * holds each value (`value`, in `units[case]`) with its samples, `ratios[case][peer]` looplab's speed
 * relative to that peer (> 1: looplab is faster), `peers[peer]` whether it loaded.
 *
 * Cases (each: warm-up calls, then the median of repeated calls):
 *   eager   1000 × (mul, add) on [16, 64] f32, reported per op (µs; lower is better)
 *   matmul  f32 GFLOP/s at 128³, 512³, 1024³ and [16384,64]×[64,64], the product left where the
 *           library keeps it (no copy out to a JS array; higher is better)
 *   lru     LRU layer forward+backward, B=16, T=1024, H=N=64 (ms; lower is better)
 *   lru-block  one LRU block (LayerNorm, LRU, GELU, GLU, residual) forward+backward, same shape (ms)
 *   mesa    mesa-layer attention fwd+bwd, B=1, H=4, T=256, d_k=d_v=20, f32: fused recursion and parallel reference (ms)
 *   copy-step  one training step (forward, backward, AdamW) of P4's copy-task model: 4 LRU blocks,
 *           B=50, T=48, H=128, N=64, softmax cross-entropy over 14 classes (ms)
 *   conv-net   the few-shot ConvNet (4 × [conv 3×3 64 ch, batch norm, ReLU, max-pool 2] -> dense 5)
 *   sparse-maml  one meta-iteration of first-order sparse-MAML (meta-batch 2, 5-way 5-shot, 35 inner steps)
 *           on 28×28×1 images, batch 25 (5-way 5-shot) and 100: forward+backward, and the forward
 *           pass alone (tfjs-wasm has no filter-gradient kernel) (ms)
 *   icl-step   one training step (forward, backward, clipped Adam) on in-context regression (GD-ICL:
 *           B=2048, N=10, d_x=10): one linear self-attention layer, and one gated RNN (N=40, M=20) (ms)
 *   equilibrium  one LCP (dynamic inversion) and one RBP training step of P6's MNIST equilibrium
 *           RNN, N=256, B=64 (ms; the notes give the fixed-point iterations per step)
 *   mesa-step  one P2 training step (forward, backward, clip 1, AdamW 1e-4 / wd 0.1) on constructed
 *           tokens (B=256, T=50, width 40): 2 linear-attention layers, and 1 mesa layer (4 heads,
 *           d_k=d_v=20, no MLP, no norm) (ms)
 *   mesa-layer the mesa layer (nn.mesa.apply: projections, attention, output) fwd+bwd, B=16, D=40,
 *           H=4, d_k=d_v=20, T=50, 256, 1024; PyTorch: one batched linear solve per step (ms)
 *   align   P5: the exact linear assignment at 1000² and 4096² (the Python peer: scipy's
 *           linear_sum_assignment on the same matrix), and one AdamW step of the 1×1000 MLP,
 *           batch 100 (bench/align.ts) (ms)
 *
 * Peers: `looplab` runs the default CPU kernels (WebAssembly SIMD on all cores), `looplab-ts` the
 * plain TypeScript reference kernels (LOOPLAB_CPU_KERNELS=ts), `looplab-1t` the Wasm kernels on
 * one thread (LOOPLAB_CPU_THREADS=1); `torch-1t` is PyTorch on one thread (not run by default).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EAGER_PAIRS, MATMUL_SIZES, measure, repoRoot, table } from './harness.js';
import type { MeasureOptions, PeerImpl, Runner } from './harness.js';
import { loadJax } from './peers/jax.js';
import { loadLooplab } from './peers/looplab.js';
import { loadTfjs } from './peers/tfjs.js';
import { CONV_NET_BATCHES } from './conv-net.js';
import { MESA_LAYER_SHAPE, MESA_LAYER_TS } from './mesa-step.js';
import { ALIGN_LAP_SIZES } from './align.js';

type Unit = 'µs/op' | 'GFLOP/s' | 'ms';
interface CaseDef {
  id: string;
  group:
    | 'eager'
    | 'matmul'
    | 'lru'
    | 'lru-block'
    | 'mesa'
    | 'copy-step'
    | 'conv-net'
    | 'icl-step'
    | 'equilibrium'
    | 'mesa-step'
    | 'mesa-layer'
    | 'align'
    | 'sparse-maml';
  label: string;
  unit: Unit;
  higherIsBetter: boolean;
  make(p: PeerImpl): Promise<Runner | undefined> | Runner | undefined;
  /** Convert a median call time (ms) to the reported value. */
  value(ms: number): number;
  opts: MeasureOptions;
  /** This case's value (and note) in bench/torch_peer.py's output; absent where PyTorch has no counterpart. */
  torch?(tr: TorchResult): number | undefined;
  torchNote?(tr: TorchResult): string | undefined;
}

interface Cell {
  value?: number;
  medianMs?: number;
  samplesMs?: number[];
  warmupMs?: number;
  note?: string;
  error?: string;
}

const PEERS = ['looplab', 'looplab-ts', 'looplab-1t', 'jax-js', 'tfjs-cpu', 'tfjs-wasm', 'torch', 'torch-1t'] as const;
/** Environment of each looplab variant's child process. */
const PEER_ENV: Partial<Record<PeerId, Record<string, string>>> = {
  'looplab-ts': { LOOPLAB_CPU_KERNELS: 'ts' },
  'looplab-1t': { LOOPLAB_CPU_KERNELS: 'wasm', LOOPLAB_CPU_THREADS: '1' },
};
type PeerId = (typeof PEERS)[number];
/** PyTorch on all cores, and on one thread (OpenMP and OpenBLAS both limited to 1). */
const TORCH_PEERS = ['torch', 'torch-1t'] as const;
type TorchPeerId = (typeof TORCH_PEERS)[number];

const CASES: CaseDef[] = [
  {
    id: 'eager',
    group: 'eager',
    label: `eager ${EAGER_PAIRS}×(mul, add) [16,64]`,
    unit: 'µs/op',
    higherIsBetter: false,
    make: (p) => p.eager(),
    value: (ms) => (ms * 1000) / (2 * EAGER_PAIRS),
    // Steady state, as in a training loop: a process's first ~20k small ops pay one-time costs
    // (JIT tiers, the allocator's and the kernel ring's first-touch page faults) and run at
    // 15–50 µs/op on a VM, so 20 warm-up units come before the timed ones.
    opts: { warmups: 20, budgetMs: 3000, maxReps: 15 },
    torch: (tr) => tr.eager_us_per_op,
  },
  ...MATMUL_SIZES.map((s): CaseDef => ({
    id: `matmul ${s.label}`,
    group: 'matmul',
    label: `matmul ${s.label}`,
    unit: 'GFLOP/s',
    higherIsBetter: true,
    make: (p) => p.matmul(s),
    value: (ms) => (2 * s.m * s.k * s.n) / (ms * 1e6),
    opts: { warmups: 10, budgetMs: 2000, maxReps: 15 },
    torch: (tr) => tr.matmul_gflops?.[s.label],
  })),
  {
    id: 'lru',
    group: 'lru',
    label: 'LRU fwd+bwd B16 T1024 H=N=64',
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.lru?.(),
    value: (ms) => ms,
    opts: { budgetMs: 4000, maxReps: 5 },
    torch: (tr) => tr.lru_ms,
    torchNote: (tr) => tr.lru_note,
  },
  {
    id: 'lru-block',
    group: 'lru-block',
    label: 'LRU block fwd+bwd B16 T1024 H=N=64',
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.lruBlock?.(),
    value: (ms) => ms,
    opts: { budgetMs: 4000, maxReps: 5 },
  },
  ...(['fused', 'reference'] as const).map((variant): CaseDef => ({
    id: `mesa ${variant}`,
    group: 'mesa',
    label: `mesa ${variant} fwd+bwd B1 H4 T256 d20`,
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.mesa?.(variant),
    value: (ms) => ms,
    opts: { budgetMs: 3000, maxReps: 9 },
  })),
  {
    id: 'copy-step',
    group: 'copy-step',
    label: 'copy-task train step B50 T48 H128 N64 L4',
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.copyStep?.(),
    value: (ms) => ms,
    opts: { warmups: 2, budgetMs: 4000, maxReps: 7 },
    torch: (tr) => tr.copy_step_ms,
  },
  ...[true, false].flatMap((backward) =>
    CONV_NET_BATCHES.map((B): CaseDef => ({
      id: `conv-net ${backward ? 'fwd+bwd' : 'fwd'} B${B}`,
      group: 'conv-net',
      label: `ConvNet ${backward ? 'fwd+bwd' : 'fwd'} 4×64ch 28×28 B${B}`,
      unit: 'ms',
      higherIsBetter: false,
      make: (p) => p.convNet?.(B, backward),
      value: (ms) => ms,
      opts: { warmups: 2, budgetMs: 5000, maxReps: 9 },
      torch: (tr) => tr.conv_net_ms?.[`${backward ? 'fwd+bwd' : 'fwd'} B${B}`],
    })),
  ),
  ...(['lsa', 'gated'] as const).map((variant): CaseDef => ({
    id: `icl-step ${variant}`,
    group: 'icl-step',
    label: `ICL train step B2048 N10 d11 ${variant === 'lsa' ? 'LSA' : 'gated RNN N40'}`,
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.iclStep?.(variant),
    value: (ms) => ms,
    opts: { warmups: 2, budgetMs: 4000, maxReps: 9 },
    torch: (tr) => (variant === 'lsa' ? tr.icl_lsa_ms : tr.icl_gated_ms),
  })),
  ...(['lcp', 'rbp'] as const).map((method): CaseDef => ({
    id: `equilibrium ${method}`,
    group: 'equilibrium',
    label: `equilibrium RNN ${method.toUpperCase()} train step B64 N256`,
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.equilibriumStep?.(method),
    value: (ms) => ms,
    opts: { warmups: 1, budgetMs: 6000, maxReps: 5 },
    torch: (tr) => (method === 'lcp' ? tr.lcp_step_ms : tr.rbp_step_ms),
    torchNote: (tr) =>
      method === 'lcp' ? `${tr.lcp_iterations} controlled-dynamics iterations per step` : `${tr.rbp_iterations} forward + adjoint iterations per step`,
  })),
  ...(['linear', 'mesa'] as const).map((variant): CaseDef => ({
    id: `mesa-step ${variant}`,
    group: 'mesa-step',
    label: `P2 train step B256 T50 D40 ${variant === 'linear' ? '2 linear-attn layers' : '1 mesa layer'}`,
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.mesaStep?.(variant),
    value: (ms) => ms,
    opts: { warmups: 2, budgetMs: 5000, maxReps: 9 },
    torch: (tr) => tr.mesa_step_ms?.[variant],
  })),
  ...MESA_LAYER_TS.map((T): CaseDef => {
    const { B, D, H, dK } = MESA_LAYER_SHAPE;
    return {
      id: `mesa-layer T${T}`,
      group: 'mesa-layer',
      label: `mesa layer fwd+bwd B${B} D${D} H${H} d${dK} T${T}`,
      unit: 'ms',
      higherIsBetter: false,
      make: (p) => p.mesaLayer?.(T),
      value: (ms) => ms,
      opts: { warmups: 1, budgetMs: 6000, maxReps: 5 },
      torch: (tr) => tr.mesa_layer_ms?.[`T${T}`],
      torchNote: (tr) => tr.mesa_layer_note,
    };
  }),
  ...ALIGN_LAP_SIZES.map((n): CaseDef => ({
    id: `align lap ${n}`,
    group: 'align',
    label: `linear assignment ${n}×${n} f64`,
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.alignLap?.(n),
    value: (ms) => ms,
    opts: { warmups: 1, budgetMs: 8000, maxReps: 5 },
    torch: (tr) => tr.lap_ms?.[String(n)],
    torchNote: (tr) => tr.lap_note,
  })),
  {
    id: 'align mlp-step',
    group: 'align',
    label: 'MLP 784-1000-10 AdamW train step B100',
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.alignStep?.(),
    value: (ms) => ms,
    opts: { warmups: 2, budgetMs: 3000, maxReps: 15 },
    torch: (tr) => tr.align_step_ms,
  },
  {
    id: 'sparse-maml',
    group: 'sparse-maml',
    label: 'sparse-MAML meta-iteration (first order) 2×5-way 5-shot, 35 steps, 4×64ch',
    unit: 'ms',
    higherIsBetter: false,
    make: (p) => p.sparseMamlStep?.(),
    value: (ms) => ms,
    opts: { warmups: 1, budgetMs: 20000, maxReps: 3 },
    torch: (tr) => tr.sparse_maml_ms,
  },
];

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 160);
}

function fmtValue(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toPrecision(2);
}

/** looplab's speed relative to each other peer, per case (> 1: looplab is faster); cases or peers without both values are left out. */
function speedRatios(cases: readonly CaseDef[], results: Record<string, Record<string, Cell>>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const c of cases) {
    const mine = results[c.id].looplab?.value;
    if (mine === undefined) continue;
    for (const [id, cell] of Object.entries(results[c.id])) {
      if (id === 'looplab' || cell.value === undefined) continue;
      (out[c.id] ??= {})[id] = c.higherIsBetter ? mine / cell.value : cell.value / mine;
    }
  }
  return out;
}

/** Marks the child's result line: peers may print to stdout themselves. */
const RESULT_MARK = '@@looplab-bench-result@@';

interface ChildResult {
  status: string;
  label: string;
  cells: Record<string, Cell>;
}

/** What bench/torch_peer.py prints; only the requested case groups are present. */
interface TorchResult {
  label: string;
  eager_us_per_op?: number;
  matmul_gflops?: Record<string, number>;
  lru_ms?: number;
  lru_note?: string;
  copy_step_ms?: number;
  conv_net_ms?: Record<string, number>;
  icl_lsa_ms?: number;
  icl_gated_ms?: number;
  lcp_step_ms?: number;
  lcp_iterations?: number;
  rbp_step_ms?: number;
  rbp_iterations?: number;
  /** Keyed 'linear' / 'mesa'. */
  mesa_step_ms?: Record<string, number>;
  /** Keyed 'T50', 'T256', 'T1024'. */
  mesa_layer_ms?: Record<string, number>;
  mesa_layer_note?: string;
  /** scipy.optimize.linear_sum_assignment on the same matrices, by n. */
  lap_ms?: Record<string, number>;
  lap_note?: string;
  align_step_ms?: number;
  sparse_maml_ms?: number;
}

function runTorch(groups: readonly string[], oneThread: boolean): TorchResult | string {
  const py = '/usr/bin/python3';
  const probe = spawnSync(py, ['-c', 'import torch'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'not installed';
  const script = path.join(repoRoot(), 'bench', 'torch_peer.py');
  // OpenBLAS tuning variables meant for the other peers' machines would mislead PyTorch's BLAS.
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  if (oneThread) Object.assign(env, { LOOPLAB_TORCH_THREADS: '1', OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' });
  const r = spawnSync(py, [script, groups.join(',')], { encoding: 'utf8', timeout: 300_000, env });
  if (r.status !== 0) return `failed: ${(r.stderr || r.error?.message || '').trim().split('\n').pop() ?? ''}`;
  return JSON.parse(r.stdout) as TorchResult;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { peers: { type: 'string' }, cases: { type: 'string' }, child: { type: 'string' }, json: { type: 'boolean' } },
  });
  // --json: the results document (with looplab's speed ratios) is the only thing on stdout; the tables go to stderr
  const log = values.json === true ? console.error : console.log;
  const peerIds = (values.peers?.split(',') ?? PEERS.filter((p) => p !== 'torch-1t')) as PeerId[];
  for (const p of peerIds) if (!PEERS.includes(p)) throw new Error(`unknown peer '${p}' (valid: ${PEERS.join(', ')})`);
  const groups = values.cases?.split(',') ?? [
    'eager',
    'matmul',
    'lru',
    'lru-block',
    'mesa',
    'copy-step',
    'conv-net',
    'icl-step',
    'equilibrium',
    'mesa-step',
    'mesa-layer',
    'align',
    'sparse-maml',
  ];
  const cases = CASES.filter((c) => groups.includes(c.group));

  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}`);
  const t0 = performance.now();

  // Each JS peer is measured in its own process, so that one library's heap, JIT state and
  // threads cannot slow another down; a peer that fails to load gets a status line instead.
  const loaders: Record<Exclude<PeerId, TorchPeerId>, () => Promise<PeerImpl>> = {
    looplab: loadLooplab,
    'looplab-ts': () => loadLooplab('ts'),
    'looplab-1t': () => loadLooplab('1 thread'),
    'jax-js': loadJax,
    'tfjs-cpu': () => loadTfjs('cpu'),
    'tfjs-wasm': () => loadTfjs('wasm'),
  };
  if (values.child !== undefined) {
    const id = values.child as Exclude<PeerId, TorchPeerId>;
    const out: ChildResult = { status: '', label: id, cells: {} };
    let impl: PeerImpl;
    try {
      impl = await loaders[id]();
      out.status = `ok: ${impl.label}`;
      out.label = impl.label;
    } catch (e) {
      out.status = `failed to load: ${errorText(e)}`;
      process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(out)}\n`);
      return;
    }
    for (const c of cases) {
      let runner: Runner | undefined;
      const cell: Cell = {};
      try {
        runner = await c.make(impl);
        if (!runner) {
          cell.note = 'n/a';
        } else {
          const t = await measure(() => runner!.run(), c.opts);
          Object.assign(cell, { value: c.value(t.medianMs), medianMs: t.medianMs, samplesMs: t.samplesMs, warmupMs: t.warmupMs });
          if (runner.note) cell.note = runner.note;
        }
      } catch (e) {
        cell.error = errorText(e);
      } finally {
        runner?.dispose?.();
      }
      out.cells[c.id] = cell;
      const shown = cell.value !== undefined ? `${fmtValue(cell.value)} ${c.unit}` : (cell.error ?? cell.note);
      console.error(`  ${c.label} — ${id}: ${shown}`);
    }
    process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(out)}\n`);
    return;
  }

  const loaded: { id: PeerId; impl: PeerImpl }[] = [];
  const status: Record<string, string> = {};
  const results: Record<string, Record<string, Cell>> = {};
  for (const c of cases) results[c.id] = {};
  const self = fileURLToPath(import.meta.url);
  for (const id of peerIds) {
    if ((TORCH_PEERS as readonly string[]).includes(id)) continue;
    const r = spawnSync(process.execPath, [self, '--child', id, '--cases', groups.join(',')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...PEER_ENV[id] },
    });
    let child: ChildResult;
    try {
      const at = r.stdout.lastIndexOf(RESULT_MARK);
      child = JSON.parse(r.stdout.slice(at + RESULT_MARK.length)) as ChildResult;
    } catch {
      status[id] = `failed: exit ${r.status ?? r.signal}`;
      log(`${id}: ${status[id]}`);
      continue;
    }
    status[id] = child.status;
    log(`${id}: ${status[id]}`);
    if (!child.status.startsWith('ok')) continue;
    loaded.push({ id, impl: { label: child.label } as PeerImpl });
    for (const c of cases) results[c.id][id] = child.cells[c.id] ?? { error: 'missing' };
  }

  // PyTorch runs in its own process (Debian python3-torch), only when installed.
  for (const tid of TORCH_PEERS) {
    if (!peerIds.includes(tid)) continue;
    let torchStatus: string;
    const tr = runTorch(groups, tid === 'torch-1t');
    if (typeof tr === 'string') torchStatus = tr;
    else {
      torchStatus = `ok: ${tr.label}`;
      loaded.push({ id: tid, impl: { label: tr.label } as PeerImpl });
      for (const c of cases) {
        const v = c.torch?.(tr);
        const note = c.torchNote?.(tr);
        results[c.id][tid] = v === undefined ? { note: 'n/a' } : { value: v, ...(note !== undefined && { note }) };
      }
    }
    status[tid] = torchStatus;
  }

  const cols = loaded.map((p) => p.id);
  const header = ['case', 'unit', ...loaded.map((p) => p.impl.label)];
  const cellText = (c: CaseDef, id: string): string => {
    const cell = results[c.id][id];
    if (cell.value !== undefined) return fmtValue(cell.value);
    return cell.error ? 'error' : (cell.note ?? 'n/a');
  };
  const rows = cases.map((c) => [c.label, c.unit, ...cols.map((id) => cellText(c, id))]);
  log('\n' + table([header, ...rows]));

  // looplab's speed relative to each peer: > 1 means looplab is faster.
  const peersOnly = cols.filter((id) => id !== 'looplab');
  // (the looplab-ts / looplab-1t columns show the gain of the Wasm kernels and of threads)
  if (cols.includes('looplab') && peersOnly.length) {
    const ratios = speedRatios(cases, results);
    const ratioRows = cases.map((c) => [
      c.label,
      ...peersOnly.map((id) => {
        const speedup = ratios[c.id]?.[id];
        return speedup === undefined ? '—' : `${speedup >= 10 ? speedup.toFixed(0) : speedup.toFixed(2)}×`;
      }),
    ]);
    log('\nlooplab speed relative to each peer (>1: looplab faster)\n');
    log(table([['case', ...peersOnly], ...ratioRows]));
  }
  const notes = cases.flatMap((c) =>
    cols.flatMap((id) => {
      const cell = results[c.id][id];
      return cell.error ? [`${id} / ${c.label}: error: ${cell.error}`] : cell.note && cell.value !== undefined ? [`${id} / ${c.label}: ${cell.note}`] : [];
    }),
  );
  if (notes.length) log('\nnotes:\n' + notes.map((n) => `  ${n}`).join('\n'));
  for (const id of peerIds) if (!status[id]?.startsWith('ok')) log(`${id}: ${status[id]}`);

  const seconds = (performance.now() - t0) / 1000;
  const dir = path.join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const units = Object.fromEntries(cases.map((c) => [c.id, c.unit]));
  const doc = { machine, peers: status, units, results, ratios: speedRatios(cases, results), seconds };
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  if (values.json === true) process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  log(`\n${seconds.toFixed(0)}s; results: ${path.relative(process.cwd(), file)}`);
}

await main();
