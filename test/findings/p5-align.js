/** What the smoke configurations of the P5 experiments (permutation alignment) show. */
import { expect } from 'vitest';
export const p5Findings = {
    'align-barrier'({ summary: s }) {
        // After activation matching the straight line between two MLPs trained from different seeds
        // has (almost) no accuracy barrier, and its midpoint is far better than without.
        // measured (seed 0, 1×256, 150 updates): MNIST midpoint 0.845 -> 0.920, barrier 0.080 -> 0.0045;
        // Fashion 0.696 -> 0.812, barrier 0.115 -> 0.0003; loss barriers 0.35 / 0.26 -> 0 / 0
        for (const x of ['', 'Fashion']) {
            expect(s[`accA${x}`], `accA${x}`).toBeGreaterThan(0.75);
            expect(s[`midAccPermuted${x}`] - s[`midAccVanilla${x}`], x).toBeGreaterThan(0.04);
            expect(s[`barrierVanilla${x}`], x).toBeGreaterThan(0.04);
            expect(s[`barrierPermuted${x}`], x).toBeLessThan(0.02);
            expect(s[`lossBarrierPermuted${x}`], x).toBeLessThan(s[`lossBarrierVanilla${x}`] / 4);
            expect(s[`midTemperedNllPermuted${x}`], x).toBeLessThan(s[`midTemperedNllVanilla${x}`]);
        }
    },
    'align-init'({ summary: s }) {
        // The permutation found from the trained networks, applied to B's initial weights, makes the
        // average of the two initialisations far better than chance; the controls stay near it.
        // measured (seed 0, 1×256, 150 updates, early = 25): end 0.292, early 0.371, at init 0.104,
        // random 0.087, none 0.126; trained A, B 0.923, 0.926
        expect(s.accA).toBeGreaterThan(0.85);
        expect(s.initAvgAccPermEnd).toBeGreaterThan(0.2);
        expect(s.initAvgAccPermEarly).toBeGreaterThan(0.2);
        for (const k of ['initAvgAccNoPerm', 'initAvgAccRandPerm', 'initAvgAccPermInit']) {
            expect(s[k], k).toBeLessThan(0.16);
            expect(s.initAvgAccPermEnd - s[k], k).toBeGreaterThan(0.1);
        }
    },
};
//# sourceMappingURL=p5-align.js.map