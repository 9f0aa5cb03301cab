import { binaryOps, castOp, unaryOps } from './elementwise.js';
import { argOp, reduceOps } from './reduce.js';
import { cumprodOp, cumsumOp } from './cumulative.js';
import { gatherOp, scatterAddOp } from './indexing.js';
import { choleskyOp, eighOp, qrOp, slogdetOp, solveOp, triangularSolveOp } from './linalg.js';
import { matmulOp } from './matmul.js';
import { concatOp, shiftOp, splitOp, stridedEmbedOp, stridedSliceOp } from './movement.js';
import { broadcastOp, permuteOp } from './shape-ops.js';
import { argsortOp } from './sort.js';
import { complexScanOp, realScanOp } from './scan.js';
import { diagStateGradsOp, diagStateUpdateOp, diagTraceAdvanceOp } from './rtrl.js';
import { mesaBackwardOp, mesaForwardOp } from './mesa.js';
import { conv2dFilterGradOp, conv2dInputGradOp, conv2dOp } from './conv.js';
import { avgPool2dOp, globalAvgPoolOp, maxPool2dGradOp, maxPool2dOp } from './pool.js';
/** Every op of the numeric core, keyed by name. */
export const ops = {
    ...unaryOps,
    ...binaryOps,
    cast: castOp,
    ...reduceOps,
    argmax: argOp,
    cumsum: cumsumOp,
    cumprod: cumprodOp,
    takeAlongAxis: gatherOp,
    scatterAdd: scatterAddOp,
    argsort: argsortOp,
    matmul: matmulOp,
    cholesky: choleskyOp,
    triangularSolve: triangularSolveOp,
    solve: solveOp,
    slogdet: slogdetOp,
    qr: qrOp,
    eigh: eighOp,
    slice: stridedSliceOp,
    embed: stridedEmbedOp,
    concat: concatOp,
    split: splitOp,
    shiftAxis: shiftOp,
    broadcastTo: broadcastOp,
    transpose: permuteOp,
    linearScan: realScanOp,
    linearScanComplex: complexScanOp,
    diagTraceAdvance: diagTraceAdvanceOp,
    diagStateUpdate: diagStateUpdateOp,
    diagStateGrads: diagStateGradsOp,
    mesaAttend: mesaForwardOp,
    mesaAttendBackward: mesaBackwardOp,
    conv2d: conv2dOp,
    conv2dInputGrad: conv2dInputGradOp,
    conv2dFilterGrad: conv2dFilterGradOp,
    maxPool2d: maxPool2dOp,
    maxPool2dGrad: maxPool2dGradOp,
    avgPool2d: avgPool2dOp,
    globalAvgPool: globalAvgPoolOp,
};
//# sourceMappingURL=table.js.map