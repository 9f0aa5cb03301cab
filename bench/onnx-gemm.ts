/**
 * ONNX Runtime's CPU gemm (the npm package onnxruntime-node) against looplab's WebAssembly gemm,
 * the same operands in one process: the measurement behind the decision in docs/DEPENDENCIES.md
 * ("considered and not adopted"). Not part of `npm run bench`; onnxruntime-node is not a
 * dependency, so install it somewhere Node resolves it from first:
 *
 *   ONNXRUNTIME_NODE_INSTALL=skip npm install --no-save --ignore-scripts onnxruntime-node@~1.30.0
 *   npm run build:wasm && npx tsc -p tsconfig.bench.json && THREADS=1 LOOPLAB_CPU_THREADS=1 node .bench-build/bench/onnx-gemm.js
 *
 * Shapes: square products and those of the copy-task training step (bench/copy-step.ts), with
 * the transposes its backward pass uses. The ONNX models (one Gemm or MatMul node) are written
 * here as protobuf bytes. GFLOP/s from the median of 25 calls each; looplab's products run in a
 * scope (operands and results in the tensor heap, as in a training step).
 */
import { createRequire } from 'node:module';
import { scope, tensor } from '../src/index.js';
import { matmulT } from '../src/core/ops/matmul.js';

/** The part of onnxruntime-node's API used here. */
interface Ort {
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
  InferenceSession: {
    create(model: Uint8Array, options: object): Promise<{ run(feeds: Record<string, unknown>): Promise<unknown>; release(): Promise<void> }>;
  };
}
const ort = createRequire(import.meta.url)('onnxruntime-node') as Ort;

// protobuf: varint fields (wire type 0) and length-delimited fields (wire type 2)
const varint = (n: number): number[] => {
  const o = [];
  while (n > 127) {
    o.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  o.push(n);
  return o;
};
const ld = (f: number, bytes: readonly number[]): number[] => [...varint(f * 8 + 2), ...varint(bytes.length), ...bytes];
const str = (f: number, s: string): number[] => ld(f, [...Buffer.from(s)]);
const int = (f: number, n: number): number[] => [...varint(f * 8), ...varint(n)];
const valueInfo = (name: string, dims: readonly number[]): number[] => [
  ...str(1, name),
  ...ld(
    2,
    ld(1, [
      ...int(1, 1 /* FLOAT */),
      ...ld(
        2,
        dims.flatMap((d) => ld(1, int(1, d))),
      ),
    ]),
  ),
];
/** ModelProto (IR 8, opset 13) of Y = op(A, B). */
function model(op: string, attrs: readonly [string, number][], aDims: number[], bDims: number[], yDims: number[]): Uint8Array {
  const attr = attrs.flatMap(([n, v]) => ld(5, [...str(1, n), ...int(3, v), ...int(20, 2 /* INT */)]));
  const node = [...str(1, 'A'), ...str(1, 'B'), ...str(2, 'Y'), ...str(4, op), ...attr];
  const graph = [...ld(1, node), ...str(2, 'g'), ...ld(11, valueInfo('A', aDims)), ...ld(11, valueInfo('B', bDims)), ...ld(12, valueInfo('Y', yDims))];
  return Uint8Array.from([...int(1, 8), ...ld(8, [...str(1, ''), ...int(2, 13)]), ...ld(7, graph)]);
}

const threads = Number(process.env.THREADS ?? 2);
const rnd = (n: number): Float32Array => Float32Array.from({ length: n }, () => Math.random() - 0.5);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const shapes = [
  // [batch, M, K, N, transA, transB]
  [1, 1024, 1024, 1024, 0, 0],
  [1, 512, 512, 512, 0, 0],
  [1, 16384, 64, 64, 0, 0],
  [1, 2400, 128, 128, 0, 0],
  [1, 2400, 128, 128, 0, 1],
  [1, 128, 2400, 128, 1, 0],
  [1, 64, 2400, 128, 1, 0],
  [1, 128, 2400, 64, 1, 0],
  [50, 48, 128, 64, 0, 0],
  [50, 48, 64, 128, 0, 0],
];
console.log(`onnxruntime-node ${threads} thread(s); looplab LOOPLAB_CPU_THREADS=${process.env.LOOPLAB_CPU_THREADS ?? 'all cores'}`);
for (const [bt, M, K, N, tA, tB] of shapes) {
  const aDims = bt > 1 ? [bt, M, K] : tA ? [K, M] : [M, K];
  const bDims = tB ? [N, K] : [K, N];
  const yDims = bt > 1 ? [bt, M, N] : [M, N];
  const op = tA || tB ? 'Gemm' : 'MatMul'; // ONNX Runtime's Gemm node ran tall, thin products 4× slower than MatMul
  const sess = await ort.InferenceSession.create(
    model(
      op,
      op === 'Gemm'
        ? [
            ['transA', tA],
            ['transB', tB],
          ]
        : [],
      aDims,
      bDims,
      yDims,
    ),
    {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    },
  );
  const A = rnd(aDims.reduce((x, y) => x * y));
  const B = rnd(bDims.reduce((x, y) => x * y));
  const feeds = { A: new ort.Tensor('float32', A, aDims), B: new ort.Tensor('float32', B, bDims) };
  const ortMs = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await sess.run(feeds);
    if (i >= 5) ortMs.push(performance.now() - t);
  }
  const a = tensor(A, { shape: aDims });
  const b = tensor(B, { shape: bDims });
  const ours = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    scope(() => matmulT(a, b, tA === 1, tB === 1) && null); // transposes as flags, as the VJPs pass them
    if (i >= 5) ours.push(performance.now() - t);
  }
  const flops = 2 * bt * M * K * N;
  const g = (ms: number): string => (flops / ms / 1e6).toFixed(1);
  console.log(
    `${bt > 1 ? `${bt}×` : ''}[${M},${K}]·[${K},${N}]${tA ? ' Aᵀ' : ''}${tB ? ' Bᵀ' : ''}`.padEnd(30),
    `onnxruntime ${g(median(ortMs))} GFLOP/s`.padEnd(28),
    `looplab ${g(median(ours))} GFLOP/s`,
  );
  await sess.release();
}
