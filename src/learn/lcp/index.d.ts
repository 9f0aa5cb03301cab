/**
 * `learn.lcp`: the least-control principle (PAPERS.md P6) on the equilibrium RNN — controllers
 * (dynamic inversion, Kolen–Pollack, linear feedback, energy-based), the local LCP updates, and
 * the recurrent-backprop and BPTT gradients it is compared with. See docs/learn-equilibrium.md.
 */
export type { KolenPollackFeedback, LcpController, LcpEquilibrium, LcpOptions } from './controller.js';
export { LCP_CONTROLLERS, controlledEquilibrium } from './controller.js';
export type { EquilibriumRnnGrads, RbpOptions, TrainingGradients } from './updates.js';
export { bpttGradients, initFeedback, initLinearFeedback, lcpGradients, localUpdates, rbpGradients } from './updates.js';
