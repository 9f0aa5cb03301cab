/**
 * Which devices an experiment runs on. Every experiment runs on the CPU; WebGPU only where the
 * experiment declares it (`experiment.webgpu`), since WGSL has no float64 and a GPU tensor has
 * only asynchronous reads, which code written for the CPU may rely on.
 */
import type { DeviceName } from '../../index.js';
import type { AnyExperiment } from './types.js';
/**
 * Why `experiment` cannot run on `device`, with what to do instead; undefined when it can.
 *
 * @example deviceProblem(memoryDeep, 'webgpu') // "memory-deep does not run on WebGPU: …; run it with --device cpu"
 */
export declare function deviceProblem(experiment: Pick<AnyExperiment, 'name' | 'webgpu'>, device: DeviceName): string | undefined;
/** The experiments of `all` that run on `device`. */
export declare function experimentsOn<E extends Pick<AnyExperiment, 'name' | 'webgpu'>>(all: readonly E[], device: DeviceName): E[];
