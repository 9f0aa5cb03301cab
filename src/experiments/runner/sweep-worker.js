/**
 * Entry point of a sweep worker thread (see pool.ts): says it is ready once loaded, then runs
 * the jobs it is sent, one at a time, and answers each with its outcome. A 'stop' message asks the running job to checkpoint and
 * end, and makes any later job stop at once.
 */
import { parentPort } from 'node:worker_threads';
import { runJob } from './pool.js';
const port = parentPort;
if (!port)
    throw new Error('sweep-worker: must run as a worker thread');
const controller = new AbortController();
port.on('message', (m) => {
    switch (m.type) {
        case 'stop':
            controller.abort();
            return;
        case 'job':
            void runJob(m.job, controller.signal).then((outcome) => port.postMessage({ type: 'done', id: m.id, outcome }));
            return;
        default:
            return m;
    }
});
port.postMessage({ type: 'ready' });
//# sourceMappingURL=sweep-worker.js.map