#!/usr/bin/env node
/**
 * Builds the browser lab: index.html, lab.js (the page) and worker.js (the training worker),
 * each bundled by esbuild with the numeric core, the experiments and the report layer (vega,
 * vega-lite). `node scripts/build-web.mjs` writes dist/lab/, which `looplab lab` serves (any
 * static host works too; see docs/lab.md). The browser tests call `buildLab(dir)`.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Build the lab into `out`. */
export async function buildLab(out = join(root, 'dist', 'lab')) {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { lab: join(root, 'src/web/lab.ts'), worker: join(root, 'src/web/worker.ts') },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
    // node: built-ins and the Node WebGPU driver are only reached on paths the lab does not take.
    external: ['node:*', 'webgpu'],
  });
  copyFileSync(join(root, 'web', 'index.html'), join(out, 'index.html'));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildLab();
  console.log('lab: dist/lab/{index.html, lab.js, worker.js}');
}
