import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, main } from '../src/cli/main.js';
import { capture } from './util/cli.js';
describe('looplab check online', () => {
    it('one layer: online equals BPTT for the recurrent layer and above', async () => {
        const io = capture();
        expect(await main(['check', 'online', '--T', '6', '--dModel', '4', '--dHidden', '5', '--seed', '3'], io)).toBe(EXIT_OK);
        const r = JSON.parse(io.stdout());
        expect(r.layers).toBe(1);
        expect(r.mode).toBe('online');
        for (const k of [
            'blocks[0].mixer.nuLog',
            'blocks[0].mixer.thetaLog',
            'blocks[0].mixer.gammaLog',
            'blocks[0].mixer.bRe',
            'blocks[0].mixer.bIm',
            'blocks[0].glu.dense1.w',
            'decoder.w',
        ]) {
            expect(r.maxRelError[k], k).toBeLessThan(1e-10);
        }
        expect(r.maxRelError['encoder.w']).toBeGreaterThan(1e-6);
        expect(r.cosine).toHaveLength(1);
        expect(r.cosine[0]).toBeCloseTo(1, 10);
        expect(r.normRatio[0]).toBeCloseTo(1, 10);
    });
    it('several layers: per-layer alignment, exact in the top layer', async () => {
        const io = capture();
        expect(await main(['check', 'online', '--layers', '2', '--T', '8', '--dModel', '4', '--dHidden', '4'], io)).toBe(EXIT_OK);
        const r = JSON.parse(io.stdout());
        expect(r.cosine).toHaveLength(2);
        expect(r.normRatio).toHaveLength(2);
        expect(r.cosine[0]).toBeLessThan(1 - 1e-8);
        expect(r.cosine[1]).toBeCloseTo(1, 10);
        expect(r.maxRelError['blocks[1].mixer.nuLog']).toBeLessThan(1e-10);
        expect(r.maxRelError['blocks[0].mixer.nuLog']).toBeGreaterThan(1e-6);
    });
    it('bad flags exit 2 with a clear message', async () => {
        const cases = [
            [['check', 'online', '--layers', '0'], /--layers expects an integer in \[1, 64\], got '0'/],
            [['check', 'online', '--T', 'ten'], /--T expects an integer/],
            [['check', 'online', '--mode', 'bptt'], /--mode expects one of online, spatial, truncated1, snap1/],
            [['check', 'online', '--bogus', '1'], /Valid options for check online/],
            [['check'], /missing what to check \(valid: online, equilibrium, contrastive\)/],
            [['check', 'offline'], /unknown check 'offline'/],
        ];
        for (const [argv, msg] of cases) {
            const io = capture();
            expect(await main(argv, io), argv.join(' ')).toBe(EXIT_USAGE);
            expect(io.stderr()).toMatch(msg);
            expect(io.stdout()).toBe('');
        }
    });
    it('--help prints the options', async () => {
        const io = capture();
        expect(await main(['check', 'online', '--help'], io)).toBe(EXIT_OK);
        expect(io.stdout()).toMatch(/--dHidden N/);
    });
});
describe('looplab check equilibrium', () => {
    it('prints the implicit solvers at machine precision and the EP slopes 1, 2, 2', async () => {
        const io = capture();
        expect(await main(['check', 'equilibrium', '--seed', '4', '--dim', '5'], io)).toBe(EXIT_OK);
        const r = JSON.parse(io.stdout());
        expect(Object.keys(r.implicitRelError).sort()).toEqual(['cg', 'direct', 'fixedPoint', 'neumann']);
        for (const e of Object.values(r.implicitRelError))
            expect(e).toBeLessThan(1e-10);
        for (const v of ['onesided', 'symmetric', 'secondOrder'])
            expect(r.eqpropError[v]).toHaveLength(r.betas.length);
        // Errors fall as β falls, at the estimator's order.
        expect(r.eqpropError.symmetric[r.betas.length - 1]).toBeLessThan(r.eqpropError.symmetric[0] / 100);
        expect(Math.abs(r.slopes.onesided - 1)).toBeLessThan(0.2);
        expect(Math.abs(r.slopes.symmetric - 2)).toBeLessThan(0.2);
        expect(Math.abs(r.slopes.secondOrder - 2)).toBeLessThan(0.2);
    });
    it('bad flags exit 2 with a clear message', async () => {
        const cases = [
            [['check', 'equilibrium', '--dim', '0'], /check equilibrium: --dim expects an integer in \[1, 256\], got '0'/],
            [['check', 'equilibrium', '--T', '5'], /--T is an option of check online; valid options: --seed S, --dim n/],
            [['check', 'online', '--dim', '5'], /--dim is an option of check equilibrium/],
            [['check', 'equilibrium', 'now'], /unexpected argument 'now'/],
        ];
        for (const [argv, msg] of cases) {
            const io = capture();
            expect(await main(argv, io), argv.join(' ')).toBe(EXIT_USAGE);
            expect(io.stderr()).toMatch(msg);
        }
    });
});
describe('looplab check contrastive', () => {
    it('prints the contrastive rule’s errors against the exact implicit meta-gradient: slopes 1 and 2 in β, O(δ/β) in the inner tolerance', async () => {
        const io = capture();
        expect(await main(['check', 'contrastive', '--seed', '2'], io)).toBe(EXIT_OK);
        const r = JSON.parse(io.stdout());
        expect(r.errorOneSided).toHaveLength(r.betas.length);
        expect(r.errorSymmetric).toHaveLength(r.betas.length);
        expect(Math.abs(r.slopeOneSided - 1)).toBeLessThan(0.2);
        expect(Math.abs(r.slopeSymmetric - 2)).toBeLessThan(0.2);
        // The symmetric estimate is far closer than the one-sided one at every β.
        r.betas.forEach((_, i) => expect(r.errorSymmetric[i]).toBeLessThan(r.errorOneSided[i]));
        // A loose inner solve dominates the error; tightening it reaches the O(β²) floor.
        expect(r.errorVsInnerTol).toHaveLength(r.innerTols.length);
        expect(r.errorVsInnerTol[0]).toBeGreaterThan(100 * r.errorVsInnerTol[r.innerTols.length - 1]);
    });
    it('bad flags exit 2 with a clear message', async () => {
        const cases = [
            [['check', 'contrastive', '--dim', '4'], /--dim is not an option of check contrastive; valid options: --seed S/],
            [['check', 'contrastive', '--seed', 'x'], /check contrastive: --seed expects an integer/],
            [['check', 'contrastive', 'now'], /unexpected argument 'now'/],
        ];
        for (const [argv, msg] of cases) {
            const io = capture();
            expect(await main(argv, io), argv.join(' ')).toBe(EXIT_USAGE);
            expect(io.stderr()).toMatch(msg);
        }
    });
});
//# sourceMappingURL=learn-cli.test.js.map