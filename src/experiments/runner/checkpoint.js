/**
 * Checkpoints on disk. A checkpoint is two files in the run directory:
 *
 *   checkpoint.json          the manifest: format version, step, what it belongs to, the state
 *                            tree with tensors replaced by `{ "$tensor": i }`, and for each
 *                            tensor its dtype, shape, byte offset and length
 *   checkpoint-<step>.bin    the tensor bytes, little-endian, each tensor 8-byte aligned
 *
 * Why two files: the manifest stays readable (`cat checkpoint.json` shows the step counters and
 * shapes) and the data stays compact and exact (float32 bits round-trip, so a resumed run
 * continues bit for bit). Why this order: the data file gets a new name per save, is written
 * and synced completely, and only then does the manifest, renamed into place atomically, point
 * at it; the old data file is deleted last. A crash at any moment leaves either the old or the
 * new checkpoint intact, never a mix. The manifest records the data file's length and SHA-256,
 * and its own SHA-256, so truncation, corruption or an edit of either file is detected on load
 * with a message naming the file.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isTensor, tensor } from '../../index.js';
export const CHECKPOINT_MANIFEST = 'checkpoint.json';
const FORMAT = 'looplab-checkpoint';
/** Version 2 adds `manifestSha256`; version 1 manifests (without it) are still read. */
const VERSION = 2;
const READABLE_VERSIONS = [1, 2];
const DTYPE_BYTES = { f32: 4, f64: 8, i32: 4, bool: 1 };
function manifestHash(m) {
    const { manifestSha256: _, ...rest } = m;
    return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}
/** JSON with sorted keys, so equal configurations hash equally. */
export function canonicalJson(x) {
    return JSON.stringify(x, (_k, v) => v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v);
}
export function configHash(config) {
    return createHash('sha256').update(canonicalJson(config)).digest('hex');
}
function isPlainObject(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const proto = Object.getPrototypeOf(x);
    return proto === Object.prototype || proto === null;
}
/**
 * Encode the state tree as JSON. Tensors become `{"$tensor": i}`; numbers JSON cannot hold
 * (NaN, ±Infinity, −0) become `{"$number": "NaN"}`; undefined becomes `{"$undefined": true}`;
 * an object whose keys start with '$' is wrapped as `{"$object": {...}}` so that user keys
 * never collide with these tags.
 */
function encodeState(x, tensors, where) {
    if (isTensor(x)) {
        tensors.push(x);
        return { $tensor: tensors.length - 1 };
    }
    if (x === undefined)
        return { $undefined: true };
    if (x === null || typeof x === 'string' || typeof x === 'boolean')
        return x;
    if (typeof x === 'number')
        return Number.isFinite(x) && !Object.is(x, -0) ? x : { $number: String(x === 0 ? '-0' : x) };
    if (Array.isArray(x))
        return x.map((c, i) => encodeState(c, tensors, `${where}[${i}]`));
    if (isPlainObject(x)) {
        const o = {};
        for (const [k, v] of Object.entries(x))
            o[k] = encodeState(v, tensors, `${where}.${k}`);
        return Object.keys(o).some((k) => k.startsWith('$')) ? { $object: o } : o;
    }
    throw new Error(`checkpoint.save: cannot store ${Object.prototype.toString.call(x)} at ${where || '<root>'}; a checkpoint holds tensors, numbers, strings, booleans, null, arrays and plain objects`);
}
function decodeState(x, tensors, bad) {
    if (x === null || typeof x === 'string' || typeof x === 'boolean' || typeof x === 'number')
        return x;
    if (Array.isArray(x))
        return x.map((c) => decodeState(c, tensors, bad));
    if (!isPlainObject(x))
        return bad(`unexpected value in the state tree`);
    const keys = Object.keys(x);
    if (keys.length === 1) {
        const [k] = keys;
        const v = x[k];
        if (k === '$tensor') {
            if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= tensors.length)
                bad(`state refers to tensor ${String(v)}, but there are ${tensors.length}`);
            return tensors[v];
        }
        if (k === '$number')
            return v === '-0' ? -0 : Number(v);
        if (k === '$undefined')
            return undefined;
        if (k === '$object') {
            if (!isPlainObject(v))
                bad(`$object tag without an object`);
            return Object.fromEntries(Object.entries(v).map(([kk, vv]) => [kk, decodeState(vv, tensors, bad)]));
        }
    }
    if (keys.some((k) => k.startsWith('$')))
        bad(`unknown tag in the state tree (keys ${keys.join(', ')})`);
    return Object.fromEntries(keys.map((k) => [k, decodeState(x[k], tensors, bad)]));
}
/** Write `bytes` to `file` and flush them to the disk before returning. */
function writeSynced(file, chunks) {
    const fd = openSync(file, 'w');
    try {
        for (const c of chunks) {
            let done = 0;
            while (done < c.length)
                done += writeSync(fd, c, done, c.length - done);
        }
        fsyncSync(fd);
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Flush a directory's entries (renames, deletions) to the disk, so that a rename is durable
 * before anything that depends on it (deleting the old data file) happens. Best effort: some
 * platforms (Windows) cannot open a directory for syncing.
 */
function syncDir(dir) {
    let fd;
    try {
        fd = openSync(dir, 'r');
        fsyncSync(fd);
    }
    catch {
        // not supported here; the rename itself is still atomic
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/** Write a file by writing a temporary sibling, syncing it and renaming it over the target. */
export function writeFileDurable(file, data) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
        writeSynced(tmp, [typeof data === 'string' ? Buffer.from(data, 'utf8') : data]);
        renameSync(tmp, file);
    }
    catch (e) {
        rmSync(tmp, { force: true });
        throw e;
    }
    syncDir(path.dirname(file));
}
/** Checkpoint files that no manifest can point at once a new manifest is in place. */
const CHECKPOINT_DATA = /^checkpoint-.*\.bin$/;
/** Temporary files of a save that was killed before its rename (e.g. a second Ctrl-C). */
const CHECKPOINT_TMP = /^\.checkpoint.*\.tmp$/;
/**
 * Save `state` as the checkpoint of `dir` after `step` steps. Tensors are read back from their
 * device first, so nothing is written unless the whole state could be encoded.
 */
export async function saveCheckpoint(dir, owner, step, elapsed, state) {
    if (!Number.isSafeInteger(step) || step < 0)
        throw new Error(`checkpoint.save: step must be an integer ≥ 0, got ${String(step)}`);
    const tensors = [];
    const encoded = encodeState(state, tensors, '');
    const entries = [];
    const chunks = [];
    let offset = 0;
    for (const t of tensors) {
        const data = await t.data();
        const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        const pad = (8 - (offset % 8)) % 8;
        if (pad > 0)
            chunks.push(new Uint8Array(pad));
        offset += pad;
        entries.push({ dtype: t.dtype, shape: [...t.shape], offset, nbytes: bytes.length });
        chunks.push(bytes);
        offset += bytes.length;
    }
    const hash = createHash('sha256');
    for (const c of chunks)
        hash.update(c);
    const previous = readManifestFile(dir);
    // A new name per save, so the manifest on disk always points at a complete data file.
    let dataFile = `checkpoint-${step}.bin`;
    if (previous?.data.file === dataFile)
        dataFile = `checkpoint-${step}-${Date.now().toString(36)}.bin`;
    writeFileDurable(path.join(dir, dataFile), concat(chunks, offset));
    const manifest = {
        format: FORMAT,
        version: VERSION,
        ...owner,
        step,
        elapsed,
        savedAt: new Date().toISOString(),
        littleEndian: true,
        data: { file: dataFile, bytes: offset, sha256: hash.digest('hex') },
        tensors: entries,
        state: encoded,
    };
    manifest.manifestSha256 = manifestHash(manifest);
    writeFileDurable(path.join(dir, CHECKPOINT_MANIFEST), JSON.stringify(manifest, null, 1) + '\n');
    // Old data files, and temporaries of an earlier save that was killed, are garbage once the
    // new manifest is durably in place (one writer per run directory).
    for (const f of readdirSync(dir)) {
        if ((CHECKPOINT_DATA.test(f) && f !== dataFile) || CHECKPOINT_TMP.test(f))
            rmSync(path.join(dir, f), { force: true });
    }
}
/** Delete the checkpoint of `dir` (a finished run does not need it): the manifest first, then its data. */
export function removeCheckpoint(dir) {
    rmSync(path.join(dir, CHECKPOINT_MANIFEST), { force: true });
    for (const f of readdirSync(dir)) {
        if (CHECKPOINT_DATA.test(f) || CHECKPOINT_TMP.test(f))
            rmSync(path.join(dir, f), { force: true });
    }
}
function concat(chunks, total) {
    const out = new Uint8Array(total);
    let pos = 0;
    for (const c of chunks) {
        out.set(c, pos);
        pos += c.length;
    }
    return out;
}
/** The raw manifest, or undefined if there is none or it does not parse (used only to pick names). */
function readManifestFile(dir) {
    try {
        return JSON.parse(readFileSync(path.join(dir, CHECKPOINT_MANIFEST), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Whether `dir` has a checkpoint manifest (valid or not). */
export function hasCheckpoint(dir) {
    return existsSync(path.join(dir, CHECKPOINT_MANIFEST));
}
/** A damaged or mismatched checkpoint; the message names the file and what is wrong. */
export class CheckpointError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CheckpointError';
    }
}
/**
 * Load and verify the checkpoint of `dir`: format and version, that it belongs to `owner`,
 * the data file's presence, length and SHA-256, each tensor's dtype, shape and byte range.
 * Returns undefined when there is no checkpoint; throws {@link CheckpointError} when there is
 * one that cannot be trusted.
 */
export function loadCheckpoint(dir, owner) {
    const manifestPath = path.join(dir, CHECKPOINT_MANIFEST);
    if (!existsSync(manifestPath))
        return undefined;
    const bad = (what, file = manifestPath) => {
        throw new CheckpointError(`checkpoint ${file} is unusable: ${what}`);
    };
    let m;
    try {
        m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    }
    catch (e) {
        return bad(`not valid JSON (${e.message})`);
    }
    if (!isPlainObject(m) || m.format !== FORMAT)
        return bad(`not a looplab checkpoint (format is ${JSON.stringify(m?.format)})`);
    if (typeof m.version !== 'number' || !READABLE_VERSIONS.includes(m.version))
        return bad(`format version ${String(m.version)}, this looplab reads versions ${READABLE_VERSIONS.join(' and ')}`);
    if (typeof m.step !== 'number' || !Number.isSafeInteger(m.step) || m.step < 0)
        return bad(`step is ${JSON.stringify(m.step)}, expected an integer ≥ 0`);
    if (typeof m.elapsed !== 'number' || !(m.elapsed >= 0))
        return bad(`elapsed is ${JSON.stringify(m.elapsed)}, expected seconds ≥ 0`);
    if (m.littleEndian !== true)
        return bad(`only little-endian data is supported`);
    if (owner) {
        if (m.experiment !== owner.experiment)
            return bad(`it belongs to experiment '${String(m.experiment)}', not '${owner.experiment}'`);
        if (m.seed !== owner.seed)
            return bad(`it was saved with seed ${String(m.seed)}, the run has seed ${owner.seed}`);
        if (m.configHash !== owner.configHash)
            return bad(`it was saved with a different configuration than config.json`);
    }
    const d = m.data;
    if (!isPlainObject(d) || typeof d.file !== 'string' || typeof d.bytes !== 'number' || typeof d.sha256 !== 'string')
        return bad(`the 'data' entry is missing or malformed`);
    if (path.basename(d.file) !== d.file)
        return bad(`data file name '${d.file}' is not a plain file name`);
    const dataPath = path.join(dir, d.file);
    if (!existsSync(dataPath))
        return bad(`its data file is missing`, dataPath);
    const bytes = readFileSync(dataPath);
    if (bytes.length !== d.bytes)
        return bad(`${bytes.length} bytes, the manifest expects ${d.bytes} (truncated or overwritten)`, dataPath);
    if (createHash('sha256').update(bytes).digest('hex') !== d.sha256)
        return bad(`its SHA-256 does not match the manifest (the data is corrupted)`, dataPath);
    if (!Array.isArray(m.tensors))
        return bad(`'tensors' is missing`);
    const tensors = m.tensors.map((e, i) => {
        const where = `tensor ${i}`;
        if (!isPlainObject(e) || typeof e.dtype !== 'string' || !(e.dtype in DTYPE_BYTES))
            return bad(`${where} has dtype ${JSON.stringify(e?.dtype)} (allowed: f32, f64, i32, bool)`);
        const dtype = e.dtype;
        if (!Array.isArray(e.shape) || !e.shape.every((s) => Number.isSafeInteger(s) && s >= 0))
            return bad(`${where} has shape ${JSON.stringify(e.shape)}`);
        const size = e.shape.reduce((a, b) => a * b, 1);
        const nbytes = size * DTYPE_BYTES[dtype];
        if (e.nbytes !== nbytes)
            return bad(`${where} (${dtype}, shape [${e.shape.join(', ')}]) needs ${nbytes} bytes, the manifest says ${String(e.nbytes)}`);
        const off = e.offset;
        if (typeof off !== 'number' || !Number.isSafeInteger(off) || off < 0 || off % 8 !== 0 || off + nbytes > bytes.length) {
            return bad(`${where} lies at bytes [${String(off)}, ${String(off)}+${nbytes}) outside the ${bytes.length}-byte data file`);
        }
        // Copy into a fresh, aligned buffer: a Buffer's offset into its pool need not be aligned.
        const raw = new Uint8Array(nbytes);
        raw.set(bytes.subarray(off, off + nbytes));
        const view = dtype === 'f32' ? new Float32Array(raw.buffer) : dtype === 'f64' ? new Float64Array(raw.buffer) : dtype === 'i32' ? new Int32Array(raw.buffer) : raw;
        return tensor(view, { dtype, shape: e.shape });
    });
    const state = decodeState(m.state, tensors, (what) => bad(what));
    // Last, so that the checks above name what is wrong when they can.
    if (m.version >= 2 && m.manifestSha256 !== manifestHash(m))
        return bad(`its SHA-256 does not match its contents (the step, clock or state was edited or damaged)`);
    return { step: m.step, elapsed: m.elapsed, state };
}
//# sourceMappingURL=checkpoint.js.map