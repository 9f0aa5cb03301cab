/** The experiments `looplab list` shows and `looplab run <name>` finds. */
import { onlineCopy } from './online-copy.js';
import { onlineLayers } from './online-layers.js';
import { onlineSmnist } from './online-smnist.js';
import { sineMlp } from './sine-mlp.js';
import { memoryScalar } from './memory-scalar.js';
import { memoryTeacherStudent } from './memory-teacher-student.js';
import { memoryDeep } from './memory-deep.js';
import type { AnyExperiment } from './types.js';

/** Every experiment, in the order `looplab list` shows them; the first is the default. */
export const experiments: readonly AnyExperiment[] = [sineMlp, onlineCopy, onlineLayers, onlineSmnist, memoryScalar, memoryTeacherStudent, memoryDeep];

export function findExperiment(name: string): AnyExperiment | undefined {
  return experiments.find((e) => e.name === name);
}

export function experimentNames(): string[] {
  return experiments.map((e) => e.name);
}
