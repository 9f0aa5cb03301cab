import type { Checkpoint } from './types.js';
export declare const CHECKPOINT_MANIFEST = "checkpoint.json";
/** What a checkpoint must match to be resumed: the experiment and its exact configuration. */
export interface CheckpointOwner {
    readonly experiment: string;
    readonly seed: number;
    /** SHA-256 of the canonical JSON of the resolved configuration. */
    readonly configHash: string;
}
/** JSON with sorted keys, so equal configurations hash equally. */
export declare function canonicalJson(x: unknown): string;
export declare function configHash(config: unknown): string;
/** Write a file by writing a temporary sibling, syncing it and renaming it over the target. */
export declare function writeFileDurable(file: string, data: string | Uint8Array): void;
/**
 * Save `state` as the checkpoint of `dir` after `step` steps. Tensors are read back from their
 * device first, so nothing is written unless the whole state could be encoded.
 */
export declare function saveCheckpoint(dir: string, owner: CheckpointOwner, step: number, elapsed: number, state: unknown): Promise<void>;
/** Delete the checkpoint of `dir` (a finished run does not need it): the manifest first, then its data. */
export declare function removeCheckpoint(dir: string): void;
/** Whether `dir` has a checkpoint manifest (valid or not). */
export declare function hasCheckpoint(dir: string): boolean;
/** A damaged or mismatched checkpoint; the message names the file and what is wrong. */
export declare class CheckpointError extends Error {
    constructor(message: string);
}
/** A loaded checkpoint with the clock it was saved at. */
export interface LoadedCheckpoint extends Checkpoint {
    readonly elapsed: number;
}
/**
 * Load and verify the checkpoint of `dir`: format and version, that it belongs to `owner`,
 * the data file's presence, length and SHA-256, each tensor's dtype, shape and byte range.
 * Returns undefined when there is no checkpoint; throws {@link CheckpointError} when there is
 * one that cannot be trusted.
 */
export declare function loadCheckpoint(dir: string, owner?: CheckpointOwner): LoadedCheckpoint | undefined;
