/**
 * The WebAssembly CPU kernels in a real browser (Debian's Chromium through playwright-core):
 * a cross-origin-isolated page gets SharedArrayBuffer, so the kernels run on Web Workers and
 * agree with the TypeScript kernels; a page without isolation falls back to one thread and
 * says so in one console line; a page whose Content-Security-Policy forbids eval cannot load
 * looplab and is told what to allow, and one that allows 'unsafe-eval' and blob: workers runs
 * threaded. With CI=true a missing browser fails the run.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
const CHROMIUM = process.env.LOOPLAB_CHROMIUM ?? '/usr/bin/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI === 'true')
    throw new Error(`browser tests need Chromium at ${CHROMIUM} (Debian package 'chromium'); CI=true does not allow skipping them`);
const ENTRY = `
import { matmul, random, setCpuKernels } from './src/index.ts';
import { wasm } from './src/core/backends/wasm/runtime.ts';
import { readyWorkers, wasmKernelCalls } from './src/core/backends/wasm/pool.ts';
window.runLooplab = async () => {
  const a = random.normal(random.key(1), [300, 200]);
  const b = random.normal(random.key(2), [200, 250]);
  setCpuKernels('ts');
  const ref = matmul(a, b).dataSync();
  setCpuKernels('wasm');
  matmul(a, b); // loads the module, starts the workers
  const rt = wasm();
  for (let i = 0; i < 200 && rt.shared && readyWorkers(rt) === 0; i++) await new Promise((r) => setTimeout(r, 25));
  const got = matmul(a, b).dataSync();
  let maxDiff = 0;
  for (let i = 0; i < ref.length; i++) maxDiff = Math.max(maxDiff, Math.abs(ref[i] - got[i]));
  return { isolated: globalThis.crossOriginIsolated === true, shared: rt.shared, variant: rt.variant, readyWorkers: readyWorkers(rt),
           maxDiff, wasmCalls: wasmKernelCalls().get('gemmTasksF32') ?? 0 };
};
`;
describe.skipIf(!haveBrowser)('WebAssembly kernels in Chromium', () => {
    let server;
    let browser;
    let base = '';
    beforeAll(async () => {
        const out = await build({
            stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
            bundle: true,
            format: 'esm',
            platform: 'browser',
            write: false,
            external: ['webgpu'],
            logLevel: 'silent',
        });
        const js = out.outputFiles[0].text;
        const page = '<!doctype html><meta charset="utf-8"><script type="module" src="/bundle.js"></script>';
        server = createServer((req, res) => {
            const isolated = req.url?.startsWith('/iso') ?? false;
            const headers = isolated || req.url === '/bundle.js'
                ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' }
                : {};
            if (req.url?.endsWith('-csp-strict.html'))
                headers['Content-Security-Policy'] = "script-src 'self' 'wasm-unsafe-eval'";
            if (req.url?.endsWith('-csp-eval.html'))
                headers['Content-Security-Policy'] = "script-src 'self' 'unsafe-eval'; worker-src blob:";
            if (req.url === '/bundle.js')
                res.writeHead(200, { 'Content-Type': 'text/javascript', ...headers }).end(js);
            else
                res.writeHead(200, { 'Content-Type': 'text/html', ...headers }).end(page);
        });
        await new Promise((r) => server.listen(0, '127.0.0.1', r));
        const addr = server.address();
        if (addr === null || typeof addr === 'string')
            throw new Error('no server address');
        base = `http://127.0.0.1:${addr.port}`;
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
        await new Promise((r) => (server ? server.close(() => r()) : r()));
    });
    async function run(url) {
        const page = await browser.newPage();
        const lines = [];
        page.on('console', (m) => lines.push(m.text()));
        await page.goto(url);
        await page.waitForFunction(() => typeof window.runLooplab === 'function');
        const result = await page.evaluate(() => window.runLooplab());
        await page.close();
        return { result, console: lines };
    }
    it('a cross-origin-isolated page runs the kernels on Web Workers, equal to the TypeScript kernels', async () => {
        const { result, console: lines } = await run(`${base}/iso.html`);
        expect(result.isolated).toBe(true);
        expect(result.shared).toBe(true);
        // Chromium has relaxed SIMD (Node 20 does not): this exercises the fused multiply-add build
        expect(result.variant).toBe('relaxed');
        expect(result.readyWorkers).toBeGreaterThan(0);
        expect(result.wasmCalls).toBeGreaterThanOrEqual(2);
        expect(result.maxDiff).toBeLessThan(1e-6 * 200);
        expect(lines.filter((l) => l.includes('looplab:'))).toEqual([]);
    }, 60_000);
    it('without isolation it runs on one thread and says so once', async () => {
        const { result, console: lines } = await run(`${base}/plain.html`);
        expect(result.isolated).toBe(false);
        expect(result.shared).toBe(false);
        expect(result.readyWorkers).toBe(0);
        expect(result.wasmCalls).toBeGreaterThanOrEqual(2);
        expect(result.maxDiff).toBeLessThan(1e-6 * 200);
        expect(lines.filter((l) => l.includes('looplab:'))).toEqual([
            'looplab: SharedArrayBuffer is unavailable (in browsers: the page is not cross-origin isolated); CPU kernels run on one thread',
        ]);
    }, 60_000);
    it("a Content-Security-Policy without 'unsafe-eval' stops the import with a message naming the fix", async () => {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${base}/iso-csp-strict.html`);
        const loaded = await page.evaluate(() => typeof window.runLooplab === 'function');
        await page.close();
        expect(loaded).toBe(false);
        expect(errors).toEqual([expect.stringMatching(/^looplab: the CPU kernels are loops generated with new Function, .*allow 'unsafe-eval' in script-src/)]);
    }, 60_000);
    it("with 'unsafe-eval' and blob: workers allowed by the CSP the kernels run threaded", async () => {
        const { result, console: lines } = await run(`${base}/iso-csp-eval.html`);
        expect(result.shared).toBe(true);
        expect(result.readyWorkers).toBeGreaterThan(0);
        expect(result.maxDiff).toBeLessThan(1e-6 * 200);
        expect(lines).toEqual([]);
    }, 60_000);
});
//# sourceMappingURL=wasm-browser.test.js.map