import { add, mean, nn, random, square, sub } from '../src/index.js';
/** Block parameters (f32): layer norm over H, LRU with ring init [0.9, 0.999], GLU H -> H. */
export function initLruBlock(H, N, seed) {
    const [k1, k2, k3] = random.split(random.key(seed), 3);
    return {
        norm: nn.layerNorm.init(k1, { dim: H }),
        lru: nn.lru.init(k2, { dModel: H, dHidden: N, rMin: 0.9, rMax: 0.999 }),
        glu: nn.glu.init(k3, { dIn: H, dOut: H }),
    };
}
/** Loss of one block for x, tgt: [Bt, T, H]. */
export function lruBlockLoss(p, x, tgt) {
    const u = nn.glu.apply(p.glu, nn.gelu(nn.lru.apply(p.lru, nn.layerNorm.apply(p.norm, x))));
    return mean(square(sub(add(x, u), tgt)));
}
//# sourceMappingURL=lru-block.js.map