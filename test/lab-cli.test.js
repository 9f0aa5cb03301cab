/**
 * `looplab lab`: serves the built lab (dist/lab, built by `npm run build`) with the
 * cross-origin-isolation headers, the MNIST files under /data/mnist/ (Fashion-MNIST under /data/fashion-mnist/), nothing outside; stops on
 * the stop signal; bad options exit 2.
 */
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, main } from '../src/cli/main.js';
import { capture } from './util/cli.js';
describe('looplab lab', () => {
    it('serves the lab with COOP/COEP, the MNIST files, and nothing else; Ctrl-C stops it', async () => {
        const stop = new AbortController();
        let url = '';
        const io = capture({ onOut: (t) => (url ||= /(http:\/\/\S+\/)/.exec(t)?.[1] ?? '') });
        const done = main(['lab', '--port', '0'], io, { signal: stop.signal });
        for (let i = 0; i < 200 && url === ''; i++)
            await new Promise((r) => setTimeout(r, 25));
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
        const page = await fetch(url);
        expect(page.status).toBe(200);
        expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
        expect(page.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
        expect(page.headers.get('content-type')).toContain('text/html');
        expect(await page.text()).toContain('<script type="module" src="./lab.js">');
        const js = await fetch(url + 'worker.js');
        expect(js.headers.get('content-type')).toContain('text/javascript');
        const labels = await fetch(url + 'data/mnist/t10k-labels-idx1-ubyte');
        expect(labels.status).toBe(200);
        expect((await labels.arrayBuffer()).byteLength).toBe(8 + 10_000);
        const clothes = await fetch(url + 'data/fashion-mnist/9.json');
        expect(clothes.status).toBe(200);
        expect((await clothes.json()).data[0]).toHaveLength(784);
        for (const bad of [
            'data/mnist/../package.json',
            '..%2f..%2fpackage.json',
            'data/mnist/other',
            'data/fashion-mnist/10.json',
            'data/fashion-mnist/../package.json',
            'nothing.html',
        ])
            expect((await fetch(url + bad)).status, bad).toBe(404);
        stop.abort();
        expect(await done).toBe(EXIT_OK);
    });
    it('bad options exit 2', async () => {
        for (const [argv, message] of [
            [['--port', '70000'], /--port expects a port number 0…65535/],
            [['--port', 'x'], /--port expects an integer ≥ 0/],
            [['extra'], /lab takes no positional arguments/],
        ]) {
            const io = capture();
            expect(await main(['lab', ...argv], io)).toBe(EXIT_USAGE);
            expect(io.stderr()).toMatch(message);
        }
    });
});
//# sourceMappingURL=lab-cli.test.js.map