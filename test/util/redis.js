/**
 * A real Redis server for the job-queue tests: Debian's `redis-server` on a free local port,
 * without persistence, with the `noeviction` policy BullMQ needs; stopped after the test file.
 * Without the binary the tests are skipped — except with CI=true (.ci/run installs it), where a
 * missing server fails the run.
 */
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { afterAll, describe } from 'vitest';
/** A port nothing listens on right now (the kernel's choice, released at once). */
export function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}
const available = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
if (!available && process.env.CI === 'true')
    throw new Error('CI=true and redis-server is not installed (apt-get install redis-server)');
/** `describe` that runs only where redis-server exists (always in CI). */
export function describeRedis(name, fn) {
    if (available)
        describe(name, fn);
    else
        describe.skip(name, fn);
}
const servers = [];
afterAll(() => {
    for (const s of servers)
        s.kill('SIGKILL');
});
/** Start a redis-server and resolve once it accepts connections. */
export async function startRedis() {
    const port = await freePort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], {
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    servers.push(child);
    let log = '';
    await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port}: ${log}`)), 10_000);
        child.stdout.on('data', (d) => {
            log += d.toString();
            if (log.includes('Ready to accept connections')) {
                clearTimeout(timer);
                resolve();
            }
        });
        child.on('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`redis-server exited with ${code}: ${log}`));
        });
    });
    child.removeAllListeners('exit');
    return {
        url: `redis://127.0.0.1:${port}`,
        port,
        stop: () => new Promise((resolve) => {
            if (child.exitCode !== null)
                return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
        }),
    };
}
//# sourceMappingURL=redis.js.map