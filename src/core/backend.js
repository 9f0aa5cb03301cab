const backends = new Map();
let defaultDevice = 'cpu';
export function registerBackend(backend) {
    backends.set(backend.name, backend);
}
export function getBackend(name) {
    const b = backends.get(name);
    if (!b) {
        throw new Error(`device '${name}' is not available` + (name === 'webgpu' ? ' (initialise it first with `await initWebGPU()`)' : ''));
    }
    return b;
}
export function getDefaultDevice() {
    return defaultDevice;
}
export function setDefaultDevice(name) {
    getBackend(name);
    defaultDevice = name;
}
//# sourceMappingURL=backend.js.map