import { toDevice } from './device.js';
import { Tensor } from './tensor.js';
import * as ew from './ops/elementwise.js';
import * as red from './ops/reduce.js';
import * as sh from './ops/shape-ops.js';
import * as mm from './ops/matmul.js';
import * as mv from './ops/movement.js';
import * as ix from './ops/indexing.js';
import * as so from './ops/sort.js';
import * as cu from './ops/cumulative.js';
const P = Tensor.prototype;
P.add = function (o) {
    return ew.add(this, o);
};
P.sub = function (o) {
    return ew.sub(this, o);
};
P.mul = function (o) {
    return ew.mul(this, o);
};
P.div = function (o) {
    return ew.div(this, o);
};
P.pow = function (o) {
    return ew.pow(this, o);
};
P.maximum = function (o) {
    return ew.maximum(this, o);
};
P.minimum = function (o) {
    return ew.minimum(this, o);
};
P.eq = function (o) {
    return ew.eq(this, o);
};
P.ne = function (o) {
    return ew.ne(this, o);
};
P.lt = function (o) {
    return ew.lt(this, o);
};
P.le = function (o) {
    return ew.le(this, o);
};
P.gt = function (o) {
    return ew.gt(this, o);
};
P.ge = function (o) {
    return ew.ge(this, o);
};
P.neg = function () {
    return ew.neg(this);
};
P.exp = function () {
    return ew.exp(this);
};
P.log = function () {
    return ew.log(this);
};
P.log1p = function () {
    return ew.log1p(this);
};
P.expm1 = function () {
    return ew.expm1(this);
};
P.sqrt = function () {
    return ew.sqrt(this);
};
P.rsqrt = function () {
    return ew.rsqrt(this);
};
P.square = function () {
    return ew.square(this);
};
P.abs = function () {
    return ew.abs(this);
};
P.sign = function () {
    return ew.sign(this);
};
P.sin = function () {
    return ew.sin(this);
};
P.cos = function () {
    return ew.cos(this);
};
P.tanh = function () {
    return ew.tanh(this);
};
P.sigmoid = function () {
    return ew.sigmoid(this);
};
P.relu = function () {
    return ew.relu(this);
};
P.gelu = function (approximate) {
    return ew.gelu(this, approximate);
};
P.softplus = function () {
    return ew.softplus(this);
};
P.erf = function () {
    return ew.erf(this);
};
P.clip = function (lo, hi) {
    return ew.clip(this, lo, hi);
};
P.cast = function (dtype) {
    return ew.cast(this, dtype);
};
P.sum = function (axis, keepdims) {
    return red.sum(this, axis, keepdims);
};
P.mean = function (axis, keepdims) {
    return red.mean(this, axis, keepdims);
};
P.max = function (axis, keepdims) {
    return red.max(this, axis, keepdims);
};
P.min = function (axis, keepdims) {
    return red.min(this, axis, keepdims);
};
P.prod = function (axis, keepdims) {
    return red.prod(this, axis, keepdims);
};
P.var = function (axis, keepdims, ddof) {
    return red.variance(this, axis, keepdims, ddof);
};
P.logsumexp = function (axis, keepdims) {
    return red.logsumexp(this, axis, keepdims);
};
P.argmax = function (axis, keepdims) {
    return red.argmax(this, axis, keepdims);
};
P.argmin = function (axis, keepdims) {
    return red.argmin(this, axis, keepdims);
};
P.matmul = function (o) {
    return mm.matmul(this, o);
};
P.reshape = function (shape) {
    return sh.reshape(this, shape);
};
P.transpose = function (perm) {
    return sh.transpose(this, perm);
};
P.broadcastTo = function (shape) {
    return sh.broadcastTo(this, shape);
};
P.squeeze = function (axis) {
    return sh.squeeze(this, axis);
};
P.unsqueeze = function (axis) {
    return sh.unsqueeze(this, axis);
};
Object.defineProperty(P, 'mT', {
    get() {
        return sh.mT(this);
    },
});
P.slice = function (...specs) {
    return mv.slice(this, ...specs);
};
P.sliceAxis = function (axis, start, stop, step) {
    return mv.sliceAxis(this, axis, start, stop, step);
};
P.flip = function (axes) {
    return mv.flip(this, axes);
};
P.pad = function (widths, value) {
    return mv.pad(this, widths, value);
};
P.split = function (sectionsOrIndices, axis) {
    return mv.split(this, sectionsOrIndices, axis);
};
P.take = function (indices, axis) {
    return ix.take(this, indices, axis);
};
P.takeAlongAxis = function (indices, axis) {
    return ix.takeAlongAxis(this, indices, axis);
};
P.scatterAdd = function (indices, updates, axis) {
    return ix.scatterAdd(this, indices, updates, axis);
};
P.sort = function (axis, options) {
    return so.sort(this, axis, options);
};
P.argsort = function (axis, options) {
    return so.argsort(this, axis, options);
};
P.topk = function (k, axis) {
    return so.topk(this, k, axis);
};
P.cumsum = function (axis, options) {
    return cu.cumsum(this, axis, options);
};
P.cumprod = function (axis, options) {
    return cu.cumprod(this, axis, options);
};
P.to = function (device) {
    return toDevice(this, device);
};
//# sourceMappingURL=methods.js.map