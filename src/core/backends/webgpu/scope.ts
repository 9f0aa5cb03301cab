/**
 * `scope(fn)`: deterministic release of device memory. Every device tensor created while fn
 * runs is released when it returns, except the tensors in its return value (any tree).
 * Scopes nest; kept tensors move to the enclosing scope. CPU tensors are unaffected.
 */
import type { GpuBuffer } from './context.js';

interface Entry {
  tensor: object;
  buffer: GpuBuffer;
}

export class Scope {
  readonly entries: Entry[] = [];
  add(tensor: object, buffer: GpuBuffer): void {
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
