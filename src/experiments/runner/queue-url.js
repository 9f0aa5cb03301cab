/** A queue URL that cannot be used, or a Redis server that cannot be reached: a usage error. */
export class QueueError extends Error {
    constructor(message) {
        super(message);
        this.name = 'QueueError';
    }
}
/** Parse a queue URL; throws {@link QueueError} saying what is allowed. */
export function parseQueueUrl(raw) {
    const allowed = 'expected redis://[user:password@]HOST[:PORT][/DB] or rediss://… (TLS)';
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new QueueError(`--queue '${raw}': not a URL; ${allowed}`);
    }
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
        throw new QueueError(`--queue '${raw}': scheme '${url.protocol}' is not supported; ${allowed}`);
    if (url.hostname === '')
        throw new QueueError(`--queue '${raw}': no host; ${allowed}`);
    const port = url.port === '' ? 6379 : Number(url.port);
    const dbText = url.pathname.replace(/^\//, '');
    const db = dbText === '' ? 0 : Number(dbText);
    if (!/^\d*$/.test(dbText) || !Number.isSafeInteger(db))
        throw new QueueError(`--queue '${raw}': database '${dbText}' is not a number; ${allowed}`);
    if (url.search !== '' || url.hash !== '')
        throw new QueueError(`--queue '${raw}': query strings and fragments are not supported; ${allowed}`);
    const display = url.password ? raw.replace(`:${url.password}@`, ':***@') : raw;
    const connection = {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port,
        db,
        ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
        ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
        ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    };
    return { display, connection };
}
//# sourceMappingURL=queue-url.js.map