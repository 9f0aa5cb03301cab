let nextTraceId = 0;
let nextNodeId = 0;
export class Trace {
    id = nextTraceId++;
    active = true;
}
/** Active traces the given inputs depend on, or null when none (then nothing is recorded). */
export function liveTraces(inputs) {
    let result = null;
    let first = null;
    for (const x of inputs) {
        const node = x.node;
        if (node === undefined)
            continue;
        const ts = node.traces;
        if (ts === first)
            continue;
        for (const t of ts) {
            if (!t.active)
                continue;
            if (result === null)
                result = [t];
            else if (!result.includes(t))
                result.push(t);
        }
        if (first === null)
            first = ts;
    }
    return result;
}
export function makeNode(name, inputs, outputs, traces, backward, leafOf) {
    const node = { id: nextNodeId++, name, inputs, outputs, traces, backward, leafOf };
    outputs.forEach((o, i) => {
        o.node = node;
        o.outIndex = i;
    });
    return node;
}
//# sourceMappingURL=graph.js.map