import type { DeviceName } from '../index.js';
import type { QueueUrl } from '../experiments/runner/queue.js';
import type { SweepArgs } from './args.js';
import type { CommandEnv } from './commands.js';
export declare const WORKER_USAGE: string;
export declare const SWEEP_QUEUE_USAGE: string;
/** `looplab sweep <name> … --queue URL`. */
export declare function submitCommand(args: Extract<SweepArgs, {
    mode: 'new';
}>, env: CommandEnv): Promise<number>;
export type SweepQueueArgs = {
    readonly mode: 'help';
} | {
    readonly mode: 'status';
    readonly id: string;
    readonly url: QueueUrl;
} | {
    readonly mode: 'collect';
    readonly id: string;
    readonly url: QueueUrl;
    readonly out: string;
    readonly results?: string;
    readonly wait: boolean;
};
/** `sweep status <id> --queue URL` and `sweep collect <id> --queue URL [--out DIR] [--results DIR] [--wait]`. */
export declare function parseSweepQueueArgs(action: 'status' | 'collect', args: readonly string[], cwd: string): SweepQueueArgs;
export declare function sweepQueueCommand(args: SweepQueueArgs, env: CommandEnv): Promise<number>;
export type WorkerArgs = {
    readonly mode: 'help';
} | {
    readonly mode: 'run';
    readonly url: QueueUrl;
    readonly concurrency: number;
    readonly device: DeviceName;
    readonly results: string;
    readonly lockMs?: number;
    readonly stalledMs?: number;
};
export declare function parseWorkerArgs(args: readonly string[], cwd: string): WorkerArgs;
export declare function workerCommand(args: WorkerArgs, env: CommandEnv): Promise<number>;
