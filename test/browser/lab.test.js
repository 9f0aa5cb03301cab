/**
 * The browser lab in real Chromium (Debian's, through playwright-core), served with the headers
 * `looplab lab` sends: the home page lists the papers and findings with no console errors; the
 * sine-mlp smoke run completes in the page bit for bit equal to the CLI's on the TypeScript
 * kernels; online-copy's smoke run completes on WebAssembly threads; a shared link restores the
 * configuration, a broken one says what is wrong; a downloaded run opens with `looplab report`.
 * With CI=true a missing browser fails the run. LOOPLAB_SCREENSHOTS=1 writes docs/lab-*.png.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLab } from '../../src/cli/lab.js';
import { EXIT_OK, main } from '../../src/cli/main.js';
import { sineMlp } from '../../src/experiments/examples/sine-mlp.js';
import { onlineCopy } from '../../src/experiments/p4-online/online-copy.js';
import { onlineSmnist } from '../../src/experiments/p4-online/online-smnist.js';
import { executeRun } from '../../src/experiments/runner/runner.js';
import { setCpuKernels } from '../../src/index.js';
import { encodeConfig } from '../../src/web/links.js';
import { capture } from '../util/cli.js';
const CHROMIUM = process.env.LOOPLAB_CHROMIUM ?? '/usr/bin/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI === 'true')
    throw new Error(`browser tests need Chromium at ${CHROMIUM} (Debian package 'chromium'); CI=true does not allow skipping them`);
const tmp = [];
const tmpDir = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-lab-'));
    tmp.push(d);
    return d;
};
async function cliSummary(experiment, config, seed, kernels) {
    const dir = tmpDir();
    setCpuKernels(kernels);
    try {
        const outcome = await executeRun({ experiment: experiment, dir, config: config, seed, smoke: true });
        if (outcome.status !== 'finished')
            throw new Error(JSON.stringify(outcome));
    }
    finally {
        setCpuKernels('wasm');
    }
    return JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')).final;
}
describe.skipIf(!haveBrowser)('the browser lab in Chromium', () => {
    let server;
    let browser;
    let base = '';
    const errors = [];
    beforeAll(async () => {
        const { buildLab } = (await import(pathToFileURL(path.join(root, 'scripts', 'build-web.mjs')).href));
        const dir = await buildLab(tmpDir());
        server = await serveLab(dir, 0, '127.0.0.1');
        const addr = server.address();
        if (addr === null || typeof addr === 'string')
            throw new Error('no server address');
        base = `http://127.0.0.1:${addr.port}/`;
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
    }, 120_000);
    afterAll(async () => {
        await browser?.close();
        await new Promise((r) => (server ? server.close(() => r()) : r()));
        for (const d of tmp)
            rmSync(d, { recursive: true, force: true });
    });
    async function open(hash) {
        const page = await browser.newPage({ acceptDownloads: true });
        page.on('console', (m) => {
            if (m.type() === 'error')
                errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(base + hash);
        return page;
    }
    async function runToEnd(page) {
        await page.click('#run');
        await page.waitForSelector('#final[data-summary]', { timeout: 120_000 });
        return JSON.parse((await page.getAttribute('#final', 'data-summary')));
    }
    it('the home page lists the papers and their findings, with no console errors', async () => {
        const page = await open('#/');
        await page.waitForSelector('h1');
        const text = await page.textContent('#app');
        expect(text).toContain('Recurrent neural networks: vanishing and exploding gradients are not the end of the story');
        expect(text).toContain('Online learning of long-range dependencies');
        expect(await page.locator('a[href^="#/run/online-copy"]').count()).toBeGreaterThan(0);
        expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
        if (process.env.LOOPLAB_SCREENSHOTS === '1')
            await page.screenshot({ path: path.join(root, 'docs', 'lab-home.png'), fullPage: true });
        await page.close();
        expect(errors).toEqual([]);
    }, 60_000);
    it('sine-mlp runs in the page to the CLI numbers, bit for bit on the TypeScript kernels; the run downloads as a directory `looplab report` reads', async () => {
        const config = { ...sineMlp.smokeConfig(), steps: 40 };
        const page = await open(`#/run/sine-mlp?seed=2&device=ts&config=${encodeConfig(config)}`);
        await page.waitForSelector('#run');
        expect(await page.inputValue('#seed')).toBe('2');
        expect(await page.inputValue('[data-key="steps"]')).toBe('40');
        const summary = await runToEnd(page);
        expect(await page.textContent('#device-line')).toContain('TypeScript kernels');
        expect(summary).toEqual(await cliSummary(sineMlp, config, 2, 'ts'));
        await page.waitForSelector('#figures svg');
        if (process.env.LOOPLAB_SCREENSHOTS === '1')
            await page.screenshot({ path: path.join(root, 'docs', 'lab-run.png'), fullPage: true });
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
        const dir = tmpDir();
        const tarFile = path.join(dir, 'run.tar');
        await download.saveAs(tarFile);
        expect(spawnSync('tar', ['xf', tarFile, '-C', dir]).status).toBe(0);
        const runDir = path.join(dir, 'sine-mlp-lab-seed2');
        const io = capture();
        expect(await main(['report', runDir], io)).toBe(EXIT_OK);
        expect(existsSync(path.join(runDir, 'report.html'))).toBe(true);
        await page.close();
        expect(errors).toEqual([]);
    }, 180_000);
    it('online-copy runs on WebAssembly threads in the page', async () => {
        const config = onlineCopy.smokeConfig();
        const page = await open(`#/run/online-copy?seed=0&device=wasm&config=${encodeConfig(config)}`);
        const summary = await runToEnd(page);
        expect(await page.textContent('#device-line')).toContain('WebAssembly on worker threads');
        const cli = await cliSummary(onlineCopy, config, 0, 'wasm');
        // Chromium's relaxed SIMD (fused multiply-add) rounds differently from Node's kernels.
        expect(summary.steps).toBe(cli.steps);
        expect(Math.abs(summary.testAccuracy - cli.testAccuracy)).toBeLessThanOrEqual(0.01);
        expect(summary.testAccuracy).toBeGreaterThan(0.9);
        await page.close();
        expect(errors).toEqual([]);
    }, 240_000);
    it('WebGPU in the page (SwiftShader): online-copy runs on the GPU to the CPU result within float32 tolerance', async () => {
        // WebGPU needs a secure context (http://127.0.0.1 is one) and, headless, these flags to take
        // SwiftShader's Vulkan adapter; without an adapter the page reports the failure and this fails.
        const gpuBrowser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--no-sandbox', '--headless=new', '--enable-unsafe-webgpu', '--use-webgpu-adapter=swiftshader'],
        });
        try {
            const c = onlineCopy.smokeConfig();
            // SwiftShader runs the GPU on the CPU: two steps on small splits keep the same code path.
            const config = { ...c, task: { ...c.task, trainSize: 64, valSize: 16, testSize: 16 }, train: { ...c.train, epochs: 1 } };
            const page = await gpuBrowser.newPage();
            page.on('pageerror', (e) => errors.push(e.message));
            await page.goto(`${base}#/run/online-copy?seed=0&device=webgpu&config=${encodeConfig(config)}`);
            await page.click('#run');
            await page.waitForFunction(() => document.querySelector('#final[data-summary]') !== null || /failed/.test(document.querySelector('#status')?.textContent ?? ''), undefined, {
                timeout: 180_000,
            });
            expect(await page.textContent('#status')).not.toMatch(/failed/);
            expect(await page.textContent('#device-line')).toMatch(/^computing on WebGPU \(/);
            const gpu = JSON.parse((await page.getAttribute('#final', 'data-summary')));
            const cpu = await cliSummary(onlineCopy, config, 0, 'wasm');
            for (const [k, v] of Object.entries(cpu)) {
                if (k === 'secondsPerStep')
                    continue;
                const g = gpu[k];
                expect(g, k).not.toBeNull();
                expect(Math.abs(g - v), `${k}: ${g} on WebGPU vs ${v} on the CPU`).toBeLessThanOrEqual(/accuracy/i.test(k) ? 1e-2 : 1e-2 * Math.abs(v));
            }
            await page.close();
        }
        finally {
            await gpuBrowser.close();
        }
        expect(errors).toEqual([]);
    }, 240_000);
    it('a run directory made by the CLI opens in the lab', async () => {
        const dir = tmpDir();
        const outcome = await executeRun({ experiment: sineMlp, dir, config: sineMlp.smokeConfig(), seed: 4, smoke: true });
        expect(outcome.status).toBe('finished');
        const page = await open('#/');
        await page.waitForSelector('#open-run');
        await page.setInputFiles('#open-run', ['config.json', 'metrics.jsonl', 'summary.json'].map((f) => path.join(dir, f)));
        await page.waitForSelector('#opened-summary');
        expect(await page.textContent('h1')).toBe('sine-mlp, seed 4');
        const final = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')).final;
        expect(await page.textContent('#opened-summary')).toContain(String(Number(final.testLoss.toPrecision(4))));
        await page.waitForSelector('.figures svg');
        await page.close();
        // A file that is not a run's config.json gets a message.
        const other = await open('#/');
        await other.waitForSelector('#open-run');
        await other.setInputFiles('#open-run', [path.join(dir, 'summary.json')]);
        expect(await other.textContent('#open-error')).toMatch(/Choose at least the run’s config.json/);
        await other.close();
        expect(errors).toEqual([]);
    }, 60_000);
    it('the explorations: P1 redraws on its sliders; P3 builds the gated RNN that equals attention', async () => {
        const page = await open('#/explore/p1');
        await page.waitForSelector('#p1-figures svg');
        const before = await page.innerHTML('#p1-figures');
        await page.fill('#p1-rho', '0.9');
        await page.dispatchEvent('#p1-rho', 'input');
        await page.waitForFunction((old) => document.querySelector('#p1-figures').innerHTML !== old, before);
        expect(await page.textContent('#p1-figures')).toContain('ρ = 0.90');
        await page.goto(base + '#/explore/p3');
        await page.waitForSelector('#p3-figures svg');
        expect(Number(await page.getAttribute('#p3-result', 'data-max-diff'))).toBeLessThan(1e-10);
        expect(await page.textContent('#p3-result')).toContain('9 neurons (6 memory, 3 query)');
        await page.fill('#p3-dk', '4');
        await page.dispatchEvent('#p3-dk', 'input');
        await page.waitForFunction(() => /12 neurons \(8 memory, 4 query\)/.test(document.querySelector('#p3-result').textContent ?? ''));
        expect(Number(await page.getAttribute('#p3-result', 'data-max-diff'))).toBeLessThan(1e-10);
        await page.close();
        expect(errors).toEqual([]);
    }, 60_000);
    it('online-smnist reads MNIST from the lab server and runs to the CLI numbers (TypeScript kernels, bit for bit)', async () => {
        const c = onlineSmnist.smokeConfig();
        const config = { ...c, task: { ...c.task, pool: 14, trainLimit: 100, testLimit: 50 }, train: { ...c.train, epochs: 1 } };
        const page = await open(`#/run/online-smnist?seed=1&device=ts&config=${encodeConfig(config)}`);
        const { secondsPerStep, ...summary } = await runToEnd(page);
        const { secondsPerStep: cliSeconds, ...cli } = await cliSummary(onlineSmnist, config, 1, 'ts');
        expect(summary).toEqual(cli); // every number but the timing
        expect(secondsPerStep > 0 && cliSeconds > 0).toBe(true);
        await page.close();
        expect(errors).toEqual([]);
    }, 120_000);
    it('Pause keeps the state and Resume continues it: the same numbers as a run without a pause', async () => {
        const config = { ...sineMlp.smokeConfig(), steps: 1500 };
        const page = await open(`#/run/sine-mlp?seed=3&device=ts&config=${encodeConfig(config)}`);
        await page.click('#run');
        await page.waitForFunction(() => /^step \d+\/1500/.test(document.querySelector('#status')?.textContent ?? ''));
        await page.click('#pause');
        await page.waitForFunction(() => /^paused after step \d+/.test(document.querySelector('#status')?.textContent ?? ''));
        const pausedAt = Number(/paused after step (\d+)/.exec((await page.textContent('#status')))[1]);
        expect(pausedAt).toBeGreaterThan(0);
        expect(pausedAt).toBeLessThan(1500);
        expect(await page.textContent('#pause')).toBe('Resume');
        await page.click('#pause');
        await page.waitForSelector('#final[data-summary]', { timeout: 120_000 });
        const summary = JSON.parse((await page.getAttribute('#final', 'data-summary')));
        expect(summary).toEqual(await cliSummary(sineMlp, config, 3, 'ts'));
        await page.close();
        expect(errors).toEqual([]);
    }, 120_000);
    it('a link keeps the configuration; a broken one says what is wrong instead of a blank page', async () => {
        const bad = await open(`#/run/sine-mlp?config=${encodeConfig({ ...sineMlp.smokeConfig(), steps: -3 })}`);
        expect(await bad.textContent('[role="alert"]')).toMatch(/not valid: config\.steps must be an integer ≥ 1.*showing the defaults/);
        await bad.goto(base + '#/run/sine-mlp?config=%%%');
        expect(await bad.textContent('[role="alert"]')).toMatch(/not readable/);
        await bad.goto(base + '#/run/no-such-thing');
        expect(await bad.textContent('[role="alert"]')).toMatch(/no experiment 'no-such-thing'/);
        await bad.goto(base + '#/run/sine-mlp');
        await bad.waitForSelector('[data-key="optim.lr"]');
        await bad.fill('[data-key="optim.lr"]', '-1');
        expect(await bad.textContent('#problems')).toMatch(/config\.optim\.lr must be > 0/);
        await bad.fill('[data-key="optim.lr"]', '0.02');
        const href = await bad.getAttribute('#share', 'href');
        await bad.goto(base + href);
        await bad.waitForSelector('[data-key="optim.lr"]');
        expect(await bad.inputValue('[data-key="optim.lr"]')).toBe('0.02');
        await bad.close();
    }, 60_000);
});
//# sourceMappingURL=lab.test.js.map