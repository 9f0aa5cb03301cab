/** A port nothing listens on right now (the kernel's choice, released at once). */
export declare function freePort(): Promise<number>;
/** `describe` that runs only where redis-server exists (always in CI). */
export declare function describeRedis(name: string, fn: () => void): void;
export interface RedisServer {
    readonly url: string;
    readonly port: number;
    stop(): Promise<void>;
}
/** Start a redis-server and resolve once it accepts connections. */
export declare function startRedis(): Promise<RedisServer>;
