import type { ConfigObject } from '../experiments/runner/types.js';
import type { LabDevice } from './links.js';
export type WorkerRequest = {
    readonly type: 'start';
    readonly experiment: string;
    readonly config: ConfigObject;
    readonly seed: number;
    readonly device: LabDevice;
} | {
    readonly type: 'pause';
} | {
    readonly type: 'resume';
} | {
    readonly type: 'stop';
};
export type WorkerMessage = {
    readonly type: 'device';
    readonly device: string;
} | {
    readonly type: 'log';
    readonly row: Readonly<Record<string, number | null>>;
} | {
    readonly type: 'progress';
    readonly step: number;
    readonly total: number;
    readonly elapsed: number;
    readonly latest?: Readonly<Record<string, number>>;
} | {
    readonly type: 'paused';
    readonly step: number;
} | {
    readonly type: 'done';
    readonly summary: Readonly<Record<string, number | null>>;
    readonly seconds: number;
} | {
    readonly type: 'failed';
    readonly message: string;
};
