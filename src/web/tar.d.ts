/**
 * A POSIX ustar archive of text files, for downloading a run directory from the lab
 * (`tar xf run.tar` then `looplab report <dir>`). Regular files only; names up to 100 bytes.
 */
export interface TarFile {
    readonly name: string;
    readonly text: string;
}
/** The archive's bytes: a 512-byte header and the padded content per file, then two zero blocks. */
export declare function tarFiles(files: readonly TarFile[]): Uint8Array;
