import type { Server } from 'node:http';
import type { CommandEnv } from './commands.js';
export declare const LAB_USAGE: string;
/** The directory the lab is served from. */
export declare function labDir(): string;
/** An HTTP server for `dir` with the cross-origin isolation headers; resolves once listening. */
export declare function serveLab(dir: string, port: number, host: string): Promise<Server>;
export type LabArgs = {
    readonly mode: 'help';
} | {
    readonly mode: 'serve';
    readonly port: number;
    readonly host: string;
    readonly open: boolean;
};
export declare function parseLabArgs(args: readonly string[]): LabArgs;
/** Serve until the stop signal; `onListening` gets the URL (tests use it). */
export declare function labCommand(args: LabArgs, env: CommandEnv, onListening?: (url: string) => void): Promise<number>;
