/**
 * `scope(fn)`: deterministic release of device memory. Every tracked tensor created while fn
 * runs — WebGPU tensors, and CPU tensors in the tensor heap (backends/wasm/heap.ts) — is
 * released when it returns, except the tensors in its return value (any tree). Scopes nest;
 * kept tensors move to the enclosing scope.
 */
import type { DeviceBuffer } from '../../backend.js';

interface Entry {
  tensor: object;
  buffer: DeviceBuffer;
}

export class Scope {
  readonly entries: Entry[] = [];
  add(tensor: object, buffer: DeviceBuffer): void {
    this.entries.push({ tensor, buffer });
  }
}

const stack: Scope[] = [];

export function currentScope(): Scope | undefined {
  return stack.length ? stack[stack.length - 1] : undefined;
}

export function pushScope(): Scope {
  const s = new Scope();
  stack.push(s);
  return s;
}

export function popScope(s: Scope): void {
  const top = stack.pop();
  if (top !== s) throw new Error('scope: scopes must be closed in the order they were opened');
}
