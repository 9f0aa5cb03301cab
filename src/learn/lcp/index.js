export { LCP_CONTROLLERS, controlledEquilibrium } from './controller.js';
export { bpttGradients, initFeedback, initLinearFeedback, lcpGradients, localUpdates, rbpGradients } from './updates.js';
//# sourceMappingURL=index.js.map