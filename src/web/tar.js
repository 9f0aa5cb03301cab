/**
 * A POSIX ustar archive of text files, for downloading a run directory from the lab
 * (`tar xf run.tar` then `looplab report <dir>`). Regular files only; names up to 100 bytes.
 */
function octal(n, width) {
    return n.toString(8).padStart(width - 1, '0') + '\0';
}
/** The archive's bytes: a 512-byte header and the padded content per file, then two zero blocks. */
export function tarFiles(files) {
    const enc = new TextEncoder();
    const parts = [];
    for (const f of files) {
        const name = enc.encode(f.name);
        if (name.length > 100)
            throw new Error(`tar: file name longer than 100 bytes: ${f.name}`);
        const body = enc.encode(f.text);
        const header = new Uint8Array(512);
        header.set(name, 0);
        header.set(enc.encode(octal(0o644, 8)), 100); // mode
        header.set(enc.encode(octal(0, 8)), 108); // uid
        header.set(enc.encode(octal(0, 8)), 116); // gid
        header.set(enc.encode(octal(body.length, 12)), 124); // size
        header.set(enc.encode(octal(Math.floor(Date.now() / 1000), 12)), 136); // mtime
        header.set(enc.encode('        '), 148); // checksum placeholder: 8 spaces
        header[156] = '0'.charCodeAt(0); // regular file
        header.set(enc.encode('ustar\0'), 257);
        header.set(enc.encode('00'), 263);
        const sum = header.reduce((s, b) => s + b, 0);
        header.set(enc.encode(sum.toString(8).padStart(6, '0') + '\0 '), 148);
        parts.push(header, body, new Uint8Array((512 - (body.length % 512)) % 512));
    }
    parts.push(new Uint8Array(1024));
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
//# sourceMappingURL=tar.js.map