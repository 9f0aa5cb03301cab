/**
 * Why `experiment` cannot run on `device`, with what to do instead; undefined when it can.
 *
 * @example deviceProblem(memoryDeep, 'webgpu') // "memory-deep does not run on WebGPU: …; run it with --device cpu"
 */
export function deviceProblem(experiment, device) {
    switch (device) {
        case 'cpu':
            return undefined;
        case 'webgpu': {
            const support = experiment.webgpu;
            if (support === true)
                return undefined;
            const why = support?.reason ?? 'it does not declare WebGPU support';
            return `${experiment.name} does not run on WebGPU: ${why}; run it with --device cpu`;
        }
        default:
            return device;
    }
}
/** The experiments of `all` that run on `device`. */
export function experimentsOn(all, device) {
    return all.filter((e) => deviceProblem(e, device) === undefined);
}
//# sourceMappingURL=devices.js.map