/**
 * An optional native gemm for the CPU backend in Node: ONNX Runtime's MatMul/Gemm kernels
 * (MLAS: AVX2/AVX-512 on x64, NEON on arm64), through the optional peer dependency
 * `onnxruntime-node`. Selected with `LOOPLAB_CPU_GEMM=native` or `setCpuGemm('native')`; the
 * default is the WebAssembly gemm (backends/wasm/gemm.ts), which runs everywhere.
 *
 * What it takes: f32 and f64 products C = op(A)·op(B) that are one 2-D product (a single batch
 * item; or a batch whose A blocks are consecutive rows sharing one B, merged into one product),
 * or a batch of untransposed blocks laid out back to back ([nb, M, K] · [nb, K, N]). Others, and
 * products below MIN_WORK multiply-adds (where a native call's ~40 µs overhead would not pay),
 * decline and run on the Wasm gemm.
 *
 * How: one ONNX model per (dtype, shape, transposes), written here as protobuf bytes (a graph with
 * a single Gemm or MatMul node), loaded into an ONNX Runtime session that is cached (at most
 * MAX_SESSIONS, least recently used released first) and run synchronously through the package's
 * native binding (its public `InferenceSession.run` returns a promise, which a synchronous op
 * cannot await). The binding rejects views into shared memory (the CPU tensor heap), so such
 * operands are copied into reusable scratch arrays, and the result written into a scratch
 * array and copied out; ordinary arrays are passed as they are, the result written in place.
 * Threads: `LOOPLAB_CPU_THREADS` (else all cores), without spin-waiting (spinning threads would
 * slow the Wasm kernels' pool).
 */
import type { AnyTypedArray } from '../../dtype.js';
import type { GemmOperand } from '../wasm/gemm.js';
import { env, nodeModule, threadCount } from '../wasm/runtime.js';

/** Which gemm the CPU backend's matmul runs: the WebAssembly kernel, or ONNX Runtime's. */
export type CpuGemm = 'wasm' | 'native';

/** The `onnxruntime-node` versions this module was written and tested against. */
export const NATIVE_GEMM_PACKAGE = 'onnxruntime-node@~1.30.0';
/** Below this many multiply-adds the Wasm gemm is as fast as a native call. */
const MIN_WORK = 1 << 20;
const MAX_SESSIONS = 64;

interface OrtTensorCtor {
  new (type: 'float32' | 'float64', data: AnyTypedArray, dims: readonly number[]): unknown;
}
interface OrtBindingSession {
  loadModel(buffer: ArrayBuffer, offset: number, length: number, options: object): void;
  run(feeds: Record<string, unknown>, fetches: Record<string, unknown>, options: object): unknown;
  dispose(): void;
}
interface Ort {
  readonly Tensor: OrtTensorCtor;
  readonly Session: new () => OrtBindingSession;
}

let selected: CpuGemm = initialGemm();
let ort: Ort | undefined;
const sessions = new Map<string, OrtBindingSession>();
const stats = { calls: 0, sessions: 0 };

function initialGemm(): CpuGemm {
  const v = env('LOOPLAB_CPU_GEMM');
  if (v === undefined || v === '' || v === 'wasm') return 'wasm';
  if (v === 'native') return 'native';
  throw new Error(`LOOPLAB_CPU_GEMM must be 'wasm' or 'native' (got '${v}')`);
}

/**
 * Select the CPU gemm of `matmul`: 'wasm' (default) or 'native' (ONNX Runtime, Node only; needs
 * `npm install onnxruntime-node@~1.30.0`). Selecting 'native' loads it now, so a missing package
 * fails here with the command that installs it.
 */
export function setCpuGemm(gemm: CpuGemm): void {
  if (gemm !== 'wasm' && gemm !== 'native') throw new Error(`setCpuGemm: expected 'wasm' or 'native', got ${String(gemm)}`);
  if (gemm === 'native') load();
  selected = gemm;
}

export function getCpuGemm(): CpuGemm {
  return selected;
}

/** Native gemm calls so far, and ONNX Runtime sessions created (diagnostics, tests). */
export function nativeGemmStats(): Readonly<typeof stats> {
  return { ...stats };
}

function load(): Ort {
  if (ort !== undefined) return ort;
  const how =
    `LOOPLAB_CPU_GEMM=native needs the optional peer dependency ${NATIVE_GEMM_PACKAGE} in Node: ` +
    'install it with `ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node@~1.30.0` (its install script otherwise downloads CUDA files), or use LOOPLAB_CPU_GEMM=wasm';
  const mod = nodeModule<{ createRequire(from: string): (id: string) => unknown }>('node:module');
  if (mod === undefined) throw new Error(`${how} (this is not Node)`);
  const require = mod.createRequire(import.meta.url);
  let api: { Tensor: OrtTensorCtor };
  let binding: { binding: { InferenceSession: new () => OrtBindingSession }; initOrt(): void };
  try {
    api = require('onnxruntime-node') as typeof api;
    binding = require('onnxruntime-node/dist/binding.js') as typeof binding;
  } catch (e) {
    throw new Error(`${how}; loading it failed: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof binding.initOrt !== 'function' || typeof binding.binding?.InferenceSession !== 'function') {
    throw new Error(`${how}; the installed onnxruntime-node does not have the binding this module uses (a version other than 1.30?)`);
  }
  binding.initOrt();
  ort = { Tensor: api.Tensor, Session: binding.binding.InferenceSession };
  return ort;
}

// ---------------------------------------------------------------------------------------------
// the model: ONNX protobuf bytes of a graph with one node Y = Gemm(A, B) or MatMul(A, B)

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 127) {
    out.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
const field = (f: number, wire: number): number[] => varint(f * 8 + wire);
const bytesField = (f: number, b: readonly number[]): number[] => [...field(f, 2), ...varint(b.length), ...b];
const stringField = (f: number, s: string): number[] => bytesField(f, [...new TextEncoder().encode(s)]);
const intField = (f: number, n: number): number[] => [...field(f, 0), ...varint(n)];

/** ValueInfoProto { name, type: TypeProto { tensor_type { elem_type, shape { dim { dim_value } } } } }. */
function valueInfo(name: string, elemType: number, dims: readonly number[]): number[] {
  const shape = dims.flatMap((d) => bytesField(1, intField(1, d)));
  return [...stringField(1, name), ...bytesField(2, bytesField(1, [...intField(1, elemType), ...bytesField(2, shape)]))];
}

/** ModelProto (IR version 8, opset 13) of Y = op(A, B) with integer attributes. */
export function onnxModel(
  op: 'Gemm' | 'MatMul',
  attrs: readonly (readonly [string, number])[],
  dtype: 'f32' | 'f64',
  aDims: readonly number[],
  bDims: readonly number[],
  yDims: readonly number[],
): Uint8Array<ArrayBuffer> {
  const elemType = dtype === 'f32' ? 1 : 11; // TensorProto.FLOAT, DOUBLE
  const attributes = attrs.flatMap(([name, v]) => bytesField(5, [...stringField(1, name), ...intField(3, v), ...intField(20, 2 /* INT */)]));
  const node = [...stringField(1, 'A'), ...stringField(1, 'B'), ...stringField(2, 'Y'), ...stringField(4, op), ...attributes];
  const graph = [
    ...bytesField(1, node),
    ...stringField(2, 'looplab_gemm'),
    ...bytesField(11, valueInfo('A', elemType, aDims)),
    ...bytesField(11, valueInfo('B', elemType, bDims)),
    ...bytesField(12, valueInfo('Y', elemType, yDims)),
  ];
  return Uint8Array.from([...intField(1, 8), ...bytesField(8, [...stringField(1, ''), ...intField(2, 13)]), ...bytesField(7, graph)]);
}

function session(key: string, make: () => Uint8Array<ArrayBuffer>): OrtBindingSession {
  const hit = sessions.get(key);
  if (hit !== undefined) {
    sessions.delete(key); // re-insert: most recently used last
    sessions.set(key, hit);
    return hit;
  }
  const { Session } = load();
  const s = new Session();
  const bytes = make();
  s.loadModel(bytes.buffer, bytes.byteOffset, bytes.byteLength, {
    intraOpNumThreads: threadCount(),
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  });
  stats.sessions++;
  sessions.set(key, s);
  if (sessions.size > MAX_SESSIONS) {
    const [oldKey, old] = sessions.entries().next().value as [string, OrtBindingSession];
    sessions.delete(oldKey);
    old.dispose();
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// operands: ordinary arrays as they are, views into shared memory through scratch arrays

const scratch: Record<'A' | 'B' | 'Y', ArrayBuffer> = { A: new ArrayBuffer(0), B: new ArrayBuffer(0), Y: new ArrayBuffer(0) };

function scratchView(role: 'A' | 'B' | 'Y', like: AnyTypedArray, length: number): AnyTypedArray {
  const bytes = length * like.BYTES_PER_ELEMENT;
  if (scratch[role].byteLength < bytes) scratch[role] = new ArrayBuffer(2 ** Math.ceil(Math.log2(bytes)));
  const C = like.constructor as new (b: ArrayBuffer, o: number, n: number) => AnyTypedArray;
  return new C(scratch[role], 0, length);
}

/** `length` elements of `data` from `offset`, in an array the binding accepts. */
function input(role: 'A' | 'B', data: AnyTypedArray, offset: number, length: number): AnyTypedArray {
  const v = data.subarray(offset, offset + length);
  if (v.buffer instanceof ArrayBuffer) return v;
  const s = scratchView(role, v, length);
  s.set(v);
  return s;
}

const allEqual = (xs: ArrayLike<number>): boolean => Array.prototype.every.call(xs, (x: number) => x === xs[0]);
const steps = (xs: ArrayLike<number>, step: number): boolean => Array.prototype.every.call(xs, (x: number, i: number) => x === xs[0] + i * step);

/**
 * C[t] = op(A[t]) · op(B[t]) (C contiguous [nb, M, N]) on ONNX Runtime when it is selected and
 * takes the product; false when it declines (then the Wasm gemm runs).
 */
export function nativeGemm(a: GemmOperand, b: GemmOperand, c: AnyTypedArray, M: number, K: number, N: number): boolean {
  if (selected !== 'native') return false;
  const nb = a.offsets.length;
  if (M * N * K * nb < MIN_WORK) return false;
  const dtype = c instanceof Float32Array ? 'f32' : c instanceof Float64Array ? 'f64' : null;
  if (dtype === null || a.data.constructor !== c.constructor || b.data.constructor !== c.constructor) return false;
  const transA = a.colStride !== 1;
  const transB = b.colStride !== 1;
  let key: string;
  let make: () => Uint8Array<ArrayBuffer>;
  let aDims: number[];
  let bDims: number[];
  let yDims: number[];
  if (nb === 1 || (!transA && allEqual(b.offsets) && steps(a.offsets, M * K))) {
    const Mt = M * nb; // a batch sharing one B, its A blocks consecutive rows: one product
    if (transA && nb > 1) return false;
    aDims = transA ? [K, Mt] : [Mt, K];
    bDims = transB ? [N, K] : [K, N];
    yDims = [Mt, N];
    key = `gemm ${dtype} ${Mt} ${K} ${N} ${+transA}${+transB}`;
    // MatMul where nothing is transposed: ONNX Runtime's Gemm runs tall, thin products (16384×64·64×64) 4× slower
    make = () =>
      transA || transB
        ? onnxModel(
            'Gemm',
            [
              ['transA', +transA],
              ['transB', +transB],
            ],
            dtype,
            aDims,
            bDims,
            yDims,
          )
        : onnxModel('MatMul', [], dtype, aDims, bDims, yDims);
  } else if (!transA && !transB && steps(a.offsets, M * K) && steps(b.offsets, K * N)) {
    aDims = [nb, M, K];
    bDims = [nb, K, N];
    yDims = [nb, M, N];
    key = `matmul ${dtype} ${nb} ${M} ${K} ${N}`;
    make = () => onnxModel('MatMul', [], dtype, aDims, bDims, yDims);
  } else {
    return false;
  }
  const { Tensor } = load();
  const s = session(key, make);
  const ortType = dtype === 'f32' ? 'float32' : 'float64';
  const ya = input('A', a.data, a.offsets[0], nb * M * K);
  const yb = input('B', b.data, b.offsets[0], (allEqual(b.offsets) ? 1 : nb) * K * N);
  const outShared = !(c.buffer instanceof ArrayBuffer);
  const y = outShared ? scratchView('Y', c, c.length) : c;
  s.run({ A: new Tensor(ortType, ya, aDims), B: new Tensor(ortType, yb, bDims) }, { Y: new Tensor(ortType, y, yDims) }, {});
  if (outShared) c.set(y);
  stats.calls++;
  return true;
}
