/** Thrown by `ctx.interrupt` once the checkpoint is on disk; the runner turns it into exit 130. */
export class RunInterrupted extends Error {
    step;
    constructor(step) {
        super(`interrupted after step ${step}`);
        this.step = step;
        this.name = 'RunInterrupted';
    }
}
//# sourceMappingURL=types.js.map