import { atLeast, atMost, defineFinding } from '../tour/finding.js';
import { mesaConstructed, smokeMesaConstructedConfig } from './mesa-constructed.js';
/** T = 20, batch 32, 250 steps at 3e-3; 1- and 6-layer linear attention, one mesa layer, one GD step. */
function constructedConfig() {
    const c = smokeMesaConstructedConfig();
    return {
        ...c,
        model: { ...c.model, linearLayers: [1, 6] },
        train: { ...c.train, steps: 250, batchSize: 32 },
        testSequences: 512,
        logEvery: 25,
        evalEvery: 125,
    };
}
const p2Constructed = defineFinding({
    id: 'p2-constructed',
    paper: 'P2',
    source: 'constructed-token experiments (Prop. 1 and the mesa-layer)',
    claim: 'On constructed tokens from linear dynamics, one linear self-attention layer predicts like one gradient step with learned η and Φ₀; one mesa-layer clearly beats it and approaches least squares on the context; linear depth helps, 6 linear layers come close to but do not match one mesa layer, and linear probes read the next state better layer by layer.',
    experiment: mesaConstructed,
    config: constructedConfig,
    reduced: 'T = 20 instead of 50; 250 steps of batch 32 at a constant 3e-3 instead of 1e-4 for many thousand steps of batch 256; 1- and 6-layer linear models (not 2 and 4)',
    quantities: [
        { name: '1 linear layer', key: 'meanLossLinear1', paper: null, description: 'test loss averaged over positions' },
        { name: 'one GD step (learned η, Φ₀)', key: 'meanLossGDStep', paper: null, description: 'averaged over positions' },
        { name: '6 linear layers', key: 'meanLossLinear6', paper: null, description: 'averaged over positions' },
        { name: '1 mesa layer', key: 'meanLossMesa1', paper: null, description: 'averaged over positions' },
        { name: 'least squares', key: 'meanLossLSQ', paper: null, description: 'on the context, λ = 0.001; averaged over positions' },
        { name: '1 linear layer, last position', key: 'lossLinear1', paper: null },
        { name: '6 linear layers, last position', key: 'lossLinear6', paper: null },
        { name: '1 mesa layer, last position', key: 'lossMesa1', paper: null },
        {
            name: 'probe R² of s_{t+1}, layer 1 of 6',
            key: 'r2Next_linear6_1',
            paper: null,
            description: 'ridge read-out of the residual stream, held-out sequences',
        },
        { name: 'probe R² of s_{t+1}, layer 6 of 6', key: 'r2Next_linear6_6', paper: null },
    ],
    checks: [
        atMost('1 linear layer', 'one GD step (learned η, Φ₀)', { times: 1.05 }),
        atLeast('1 linear layer', 'one GD step (learned η, Φ₀)', { times: 0.9 }),
        atMost('1 mesa layer, last position', '1 linear layer, last position', { times: 0.1 }),
        atMost('6 linear layers, last position', '1 linear layer, last position', { times: 0.5 }),
        atLeast('6 linear layers, last position', '1 mesa layer, last position', { times: 2 }),
        atMost('1 mesa layer', 'least squares', { times: 1.25 }),
        atLeast('probe R² of s_{t+1}, layer 6 of 6', 'probe R² of s_{t+1}, layer 1 of 6', { plus: 0.2 }),
    ],
    figure: { file: 'loss-per-position.svg', caption: 'Test loss at each position: linear depths, one mesa layer, one GD step and least squares' },
    paperCommand: 'looplab run mesa-constructed',
    seconds: 29,
});
/** P2's findings. */
export const p2Findings = [p2Constructed];
//# sourceMappingURL=findings.js.map