/**
 * Queue URLs (`redis://…`), parsed without loading the queue library: the CLI checks `--queue`
 * before anything else, and only the queue commands load BullMQ.
 */
import type { RedisOptions } from 'ioredis';
/** A queue URL that cannot be used, or a Redis server that cannot be reached: a usage error. */
export declare class QueueError extends Error {
    constructor(message: string);
}
/** A parsed `redis://[user:password@]HOST[:PORT][/DB]` (or `rediss://` for TLS). */
export interface QueueUrl {
    /** The URL with any password replaced by `***`, for messages. */
    readonly display: string;
    readonly connection: RedisOptions;
}
/** Parse a queue URL; throws {@link QueueError} saying what is allowed. */
export declare function parseQueueUrl(raw: string): QueueUrl;
