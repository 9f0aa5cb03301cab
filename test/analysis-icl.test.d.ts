import type { Tensor } from '../src/index.js';
export type { Tensor };
