# PyTorch CPU peer for `npm run bench` (only used when `import torch` works). Prints one JSON
# object: eager µs/op, matmul GFLOP/s, the LRU layer forward+backward (Python time loop), the copy
# step, the few-shot ConvNet forward+backward, the in-context regression steps, the equilibrium
# RNN's LCP and RBP steps and the P2 (mesa) steps and mesa layer, with the same shapes as bench/.
import json, math, os, statistics, sys, time
import torch

torch.manual_seed(0)
# all cores, like the other peers (bench/run.ts's 'torch-1t' peer sets LOOPLAB_TORCH_THREADS=1)
torch.set_num_threads(int(os.environ.get('LOOPLAB_TORCH_THREADS') or os.cpu_count() or 1))

def med(f, reps):
    f()
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return statistics.median(ts) * 1e3  # ms

# Optional argument: the case groups to measure (bench/run.ts --cases), default all.
want = set(sys.argv[1].split(',')) if len(sys.argv) > 1 else None
def wanted(group): return want is None or group in want

out = {'label': f'torch {torch.__version__} (cpu, {torch.get_num_threads()} thread{"s" if torch.get_num_threads() > 1 else ""})'}
a = torch.randn(16, 64) * 0.01 + 1; b = torch.randn(16, 64) * 0.01; x0 = torch.randn(16, 64)
def eager():
    x = x0
    for _ in range(1000): x = x * a + b
if wanted('eager'): out['eager_us_per_op'] = med(eager, 5) * 1e3 / 2000
out['matmul_gflops'] = {}
for label, m, k, n in [('128³', 128, 128, 128), ('512³', 512, 512, 512), ('1024³', 1024, 1024, 1024), ('[16384,64]×[64,64]', 16384, 64, 64)] if wanted('matmul') else []:
    A = torch.randn(m, k); B = torch.randn(k, n)
    out['matmul_gflops'][label] = 2 * m * k * n / med(lambda: A @ B, 7) / 1e6

Bt, T, H, N = 16, 1024, 64, 64
p = {k: v.requires_grad_() for k, v in dict(nu=torch.full((N,), -1.0), th=torch.full((N,), -2.0), g=torch.zeros(N),
     bre=torch.randn(N, H) / math.sqrt(2 * H), bim=torch.randn(N, H) / math.sqrt(2 * H), cre=torch.randn(H, N) / math.sqrt(N),
     cim=torch.randn(H, N) / math.sqrt(N), d=torch.randn(H)).items()}
x = torch.randn(Bt, T, H); tgt = torch.randn(Bt, T, H)
def lru():
    for v in p.values(): v.grad = None
    lam = torch.exp(-torch.exp(p['nu']) + 1j * torch.exp(p['th']))
    bu = torch.complex(x @ p['bre'].T, x @ p['bim'].T) * torch.exp(p['g'])
    h = torch.zeros(Bt, N, dtype=bu.dtype); hs = []
    for t in range(T):
        h = lam * h + bu[:, t]; hs.append(h)
    y = (torch.stack(hs, 1) @ torch.complex(p['cre'], p['cim']).T).real + x * p['d']
    ((y - tgt) ** 2).mean().backward()
if wanted('lru'):
    out['lru_ms'] = med(lru, 3)
    out['lru_note'] = 'Python time loop, complex64'

# P4's copy-task model, one training step: 4 blocks (layer norm, LRU, GELU, GLU, residual),
# B=50, T=48, H=128, N=64, cross-entropy over 14 classes, AdamW (as bench/copy-step.ts)
Bc, Tc, Hc, Nc, Lc = 50, 48, 128, 64, 4
def lru_layer(q, xx):
    lam = torch.exp(-torch.exp(q['nu']) + 1j * torch.exp(q['th']))
    bu = torch.complex(xx @ q['bre'].T, xx @ q['bim'].T) * torch.exp(q['g'])
    h = torch.zeros(bu.shape[0], bu.shape[2], dtype=bu.dtype); hs = []
    for t in range(bu.shape[1]):
        h = lam * h + bu[:, t]; hs.append(h)
    return (torch.stack(hs, 1) @ torch.complex(q['cre'], q['cim']).T).real + xx * q['d']
def lru_params(H_, N_):
    return {k: v.requires_grad_() for k, v in dict(nu=torch.full((N_,), -1.0), th=torch.full((N_,), -2.0), g=torch.zeros(N_),
            bre=torch.randn(N_, H_) / math.sqrt(2 * H_), bim=torch.randn(N_, H_) / math.sqrt(2 * H_), cre=torch.randn(H_, N_) / math.sqrt(N_),
            cim=torch.randn(H_, N_) / math.sqrt(N_), d=torch.randn(H_)).items()}
enc = torch.randn(8, Hc).requires_grad_(); dec = torch.randn(Hc, 14).requires_grad_()
blocks = [dict(lru_params(Hc, Nc), w1=(torch.randn(Hc, Hc) / math.sqrt(Hc)).requires_grad_(), w2=(torch.randn(Hc, Hc) / math.sqrt(Hc)).requires_grad_()) for _ in range(Lc)]
opt = torch.optim.AdamW([enc, dec] + [v for b in blocks for v in b.values()], 1e-3)
xc = torch.randn(Bc, Tc, 8); yc = torch.randint(0, 14, (Bc, Tc))
def copy_fwd():
    h = xc @ enc
    for b in blocks:
        u = torch.nn.functional.gelu(lru_layer(b, torch.nn.functional.layer_norm(h, (Hc,))))
        h = h + (u @ b['w1']) * torch.sigmoid(u @ b['w2'])
    return h @ dec
def copy_step():
    opt.zero_grad(); torch.nn.functional.cross_entropy(copy_fwd().reshape(-1, 14), yc.reshape(-1)).backward(); opt.step()
if wanted('copy-step'): out['copy_step_ms'] = med(copy_step, 5)

# The few-shot ConvNet (as bench/conv-net.ts): 4 x [conv 3x3 64 ch 'same', batch norm (batch
# statistics), ReLU, max-pool 2] -> linear 5, cross-entropy, forward + backward, 28x28x1, float32
def conv_net_params():
    ps = []
    for i in range(4):
        cin = 1 if i == 0 else 64
        ps += [torch.randn(64, cin, 3, 3) * math.sqrt(2 / (cin * 9)), torch.zeros(64), torch.ones(64), torch.zeros(64)]
    ps += [torch.randn(64, 5) / 8, torch.zeros(5)]
    return [q.requires_grad_() for q in ps]
F = torch.nn.functional
out['conv_net_ms'] = {}
for Bn in (25, 100) if wanted('conv-net') else []:
    cp = conv_net_params()
    xb = torch.rand(Bn, 1, 28, 28); yb = torch.arange(Bn) % 5
    def conv_net():
        for q in cp: q.grad = None
        h = xb
        for i in range(4):
            w, b, g, be = cp[4 * i: 4 * i + 4]
            h = F.max_pool2d(F.relu(F.batch_norm(F.conv2d(h, w, b, padding=1), None, None, g, be, training=True)), 2)
        F.cross_entropy(h.reshape(Bn, -1) @ cp[16] + cp[17], yb).backward()
    out['conv_net_ms'][f'fwd+bwd B{Bn}'] = med(conv_net, 7)
    def conv_net_fwd():
        with torch.no_grad():
            h = xb
            for i in range(4):
                w, b, g, be = cp[4 * i: 4 * i + 4]
                h = F.max_pool2d(F.relu(F.batch_norm(F.conv2d(h, w, b, padding=1), None, None, g, be, training=True)), 2)
            F.cross_entropy(h.reshape(Bn, -1) @ cp[16] + cp[17], yb)
    out['conv_net_ms'][f'fwd B{Bn}'] = med(conv_net_fwd, 7)

# In-context regression (GD-ICL), one training step at batch 2048: N = 10, d_x = 10, d_y = 1, fresh
# tasks, ½ mean ‖ŷ − y‖², Adam 1e-3 with clipping 10 (as bench/icl-step.ts)
Bi, Ni, dx = 2048, 10, 10
D = dx + 1
def icl_batch():
    w = torch.randn(Bi, 1, dx); xs = torch.rand(Bi, Ni + 1, dx) - 0.5; ys = xs @ w.transpose(1, 2)
    ys = torch.cat([ys[:, :Ni], torch.zeros(Bi, 1, 1)], 1)
    yq = (xs[:, Ni:] @ w.transpose(1, 2)).reshape(Bi, 1)
    return torch.cat([xs, ys], 2), yq  # tokens [x_j; y_j], query [x_q; 0]; target
keymask = torch.tensor([1.0] * Ni + [0.0])  # every token attends to the N context tokens
lsa = {k: (torch.randn(D, D) * 0.2 / math.sqrt(D)).requires_grad_() for k in ('wq', 'wk', 'wv', 'wo')}
opt_lsa = torch.optim.Adam(list(lsa.values()), 1e-3)
def icl_lsa_step():
    e, yq = icl_batch()
    opt_lsa.zero_grad()
    q, k, v = e @ lsa['wq'].T, e @ lsa['wk'].T, e @ lsa['wv'].T
    out = e + ((q @ k.transpose(1, 2)) * keymask) @ v @ lsa['wo'].T
    loss = 0.5 * ((-out[:, Ni, dx:] - yq) ** 2).sum() / Bi
    loss.backward(); torch.nn.utils.clip_grad_norm_(list(lsa.values()), 10); opt_lsa.step()
Ng, Mg = 40, 20
gated = dict(wa=torch.randn(Ng, D + 1) / math.sqrt(D + 1), wb=torch.randn(Ng, D + 1) / math.sqrt(D + 1), wc=torch.randn(Mg, Ng) / math.sqrt(Ng),
             wd=torch.randn(Mg, Ng) / math.sqrt(Ng), d=torch.randn(1, Mg) / math.sqrt(Mg), logit=torch.logit(torch.rand(Ng)))
gated = {k: v.requires_grad_() for k, v in gated.items()}
opt_gated = torch.optim.Adam(list(gated.values()), 1e-3)
def icl_gated_step():
    e, yq = icl_batch()
    opt_gated.zero_grad()
    xt = torch.cat([e, torch.ones(Bi, Ni + 1, 1)], 2)
    u = (xt @ gated['wa'].T) * (xt @ gated['wb'].T)
    lam = torch.sigmoid(gated['logit']); h = torch.zeros(Bi, Ng)
    for t in range(Ni + 1):
        h = lam * h + u[:, t]
    y = ((h @ gated['wc'].T) * (h @ gated['wd'].T)) @ gated['d'].T
    loss = 0.5 * ((y - yq) ** 2).sum() / Bi
    loss.backward(); torch.nn.utils.clip_grad_norm_(list(gated.values()), 10); opt_gated.step()
if wanted('icl-step'):
    out['icl_lsa_ms'] = med(icl_lsa_step, 9)
    out['icl_gated_ms'] = med(icl_gated_step, 9)

# P6's MNIST equilibrium RNN, one LCP (dynamic inversion) and one RBP training step, B=64, N=256,
# with the same weights and inputs as bench/equilibrium-step.ts (the harness's xorshift `fill`).
def fill(n, seed, scale):
    M = 0xFFFFFFFF; s = (seed * 2654435761) & M or 1; a = [0.0] * n
    for i in range(n):
        s = (s ^ (s << 13)) & M; s ^= s >> 17; s = (s ^ (s << 5)) & M
        a[i] = (s / 4294967296 - 0.5) * 2 * scale
    return torch.tensor(a, dtype=torch.float32)
Be, He, Ne, Oe = 64, 784, 256, 10
init = dict(u=fill(Ne * He, 31, 1 / math.sqrt(He)).reshape(Ne, He), b=fill(Ne, 32, 1 / math.sqrt(He)),
            w=fill(Ne * Ne, 33, 1 / math.sqrt(Ne)).reshape(Ne, Ne), d=fill(Oe * Ne, 34, 1 / math.sqrt(Ne)).reshape(Oe, Ne),
            db=fill(Oe, 35, 1 / math.sqrt(Ne)))
xe = fill(Be * He, 36, 0.5).reshape(Be, He) + 0.5
ye = torch.arange(Be) % 10; ye1 = torch.nn.functional.one_hot(ye, 10).float()
P = {k: v.clone().requires_grad_() for k, v in init.items()}
opt_e = torch.optim.Adam(list(P.values()), 1e-3)
def rel_res(new, old, eps):  # max over the batch of ‖new − old‖ / (eps + ‖new‖)
    return ((new - old).norm(dim=1) / (eps + new.norm(dim=1))).max().item()
def reset():
    with torch.no_grad():
        for k, v in P.items(): v.copy_(init[k])
def lcp_step():
    reset(); it = 0
    with torch.no_grad():
        W, D, dr = P['w'], P['d'], xe @ P['u'].T + P['b']
        v = torch.zeros(Be, Ne); vh = torch.zeros(Be, Oe); ui = torch.zeros(Be, Oe); e = torch.zeros(Be, Ne)
        for it in range(1, 801):
            gp = (torch.softmax(vh, 1) - ye1) / Be; u = ui; th = torch.tanh(v)
            e_n = (1 - th * th) * (e @ W + u @ D); v_n = th @ W.T + dr + e
            vh_n = th @ D.T + P['db'] + u; ui_n = ui - gp - 0.1 * ui
            old = torch.cat([v, vh, ui, e], 1); v, vh, ui, e = v_n, vh_n, ui_n, e_n
            if rel_res(torch.cat([v, vh, ui, e], 1), old, 1e-5) <= 1e-6: break
        th = torch.tanh(v); u = ui
        grads = dict(w=-(e.T @ th), b=-e.sum(0), u=-(e.T @ xe), d=-(u.T @ th), db=-u.sum(0))
    opt_e.zero_grad()
    for k, g in grads.items(): P[k].grad = g
    opt_e.step(); return it
def rbp_step():
    reset(); g = lambda vv: torch.tanh(vv) @ P['w'].T + xe @ P['u'].T + P['b']
    with torch.no_grad():
        v = torch.zeros(Be, Ne)
        for fwd in range(1, 201):
            vn = g(v); r = rel_res(vn, v, 1e-5); v = vn
            if r <= 1e-4: break
    v0 = v.detach().requires_grad_(); f0 = g(v0)
    vs = g(v.detach()); logits = torch.tanh(vs) @ P['d'].T + P['db']
    count = [0]
    def hook(c):
        lam = c.clone()
        for k in range(1, 201):
            nxt = torch.autograd.grad(f0, v0, lam, retain_graph=True)[0] + c
            r = rel_res(nxt, lam, 0.0); lam = nxt; count[0] = k
            if r <= 1e-4: break
        return lam
    vs.register_hook(hook)
    opt_e.zero_grad(); torch.nn.functional.cross_entropy(logits, ye).backward(); opt_e.step()
    return fwd + count[0]
if wanted('equilibrium'):
    out['lcp_iterations'] = lcp_step(); out['lcp_step_ms'] = med(lcp_step, 3)
    out['rbp_iterations'] = rbp_step(); out['rbp_step_ms'] = med(rbp_step, 3)

# P2 (mesa-optimization), as bench/mesa-step.ts. Projections per head, named as looplab's:
# wQ, wK: [H, d_k, D], wV: [H, d_v, D], wO: [H, D, d_v]; λ_h = exp(lambdaLog_h).
def heads(x, w): return torch.einsum('btd,hkd->bhtk', x, w)  # [B, T, D] -> [B, H, T, d]
def merge(o, wo): return torch.einsum('bhtv,hdv->btd', o, wo)  # Σ_h P_h o_h: [B, T, D]
def causal_mask(T): return torch.ones(T, T, dtype=torch.bool).tril()
def linear_attention(x, p):
    q, k, v = heads(x, p['wQ']), heads(x, p['wK']), heads(x, p['wV'])
    return merge((q @ k.transpose(-1, -2)).masked_fill(~causal_mask(x.shape[1]), 0) @ v, p['wO'])
def mesa_layer(x, p):
    # The unfused mesa layer: for every t, Φ̂_t q_t = (Σ_{t'≤t} v kᵀ)(Σ_{t'≤t} k kᵀ + I/λ)⁻¹ q_t, as
    # z_t = (cumsum of k kᵀ + I/λ)⁻¹ q_t (one batched torch.linalg.solve over all t), then
    # Σ_{t'≤t} v_{t'} (k_{t'}ᵀ z_t) (causal linear attention with query z); autograd for backward.
    # (A Python time loop with Sherman–Morrison updates was 5-20x slower here.)
    q, k, v = heads(x, p['wQ']), heads(x, p['wK']), heads(x, p['wV'])
    dk = k.shape[-1]
    A = torch.cumsum(k.unsqueeze(-1) * k.unsqueeze(-2), 2) + torch.eye(dk, dtype=x.dtype) * torch.exp(-p['lambdaLog']).view(1, -1, 1, 1, 1)
    z = torch.linalg.solve(A, q.unsqueeze(-1)).squeeze(-1)
    return merge((z @ k.transpose(-1, -2)).masked_fill(~causal_mask(x.shape[1]), 0) @ v, p['wO'])
def mesa_layer_params(D, H, dk, dv, dtype=torch.float32):  # the harness's fill, as mesaLayerData
    return dict(wQ=fill(H * dk * D, 41, 1 / math.sqrt(D)).reshape(H, dk, D), wK=fill(H * dk * D, 42, 1 / math.sqrt(D)).reshape(H, dk, D),
                wV=fill(H * dv * D, 43, 1 / math.sqrt(D)).reshape(H, dv, D), wO=fill(H * D * dv, 44, 1 / math.sqrt(H * dv)).reshape(H, D, dv),
                lambdaLog=torch.zeros(H))
# One training step on constructed tokens e_t = [0, s_t, s_t, s_{t−1}] of linear-dynamics sequences
# (Haar-orthogonal W per sequence, h_1 ~ N(0, I), noise 0.01, clip ±10), B=256, T=50, n_s=10:
# prediction = output[..., :10], loss Σ‖s_{t+1} − ŝ‖²/(2BT), clip 1, AdamW(1e-4, wd 0.1). The batch
# is drawn once, outside the timed step.
Bm, Tm, nSm, Dm, Hm, dKm = 256, 50, 10, 40, 4, 20
def dynamics_batch():
    Q, R = torch.linalg.qr(torch.randn(Bm, nSm, nSm)); W = Q * torch.sign(torch.diagonal(R, dim1=-2, dim2=-1)).unsqueeze(-2)
    h = [torch.randn(Bm, nSm)]
    for t in range(Tm): h.append(torch.clamp((W @ h[-1].unsqueeze(-1)).squeeze(-1) + 0.01 * torch.randn(Bm, nSm), -10, 10))
    hs = torch.stack(h, 1)
    return hs[:, :Tm], hs[:, 1:]
def mesa_step_model(variant):
    def layer():
        d = dict(wQ=torch.randn(Hm, dKm, Dm) / math.sqrt(Dm), wK=torch.randn(Hm, dKm, Dm) / math.sqrt(Dm),
                 wV=torch.randn(Hm, dKm, Dm) / math.sqrt(Dm), wO=torch.randn(Hm, Dm, dKm) / math.sqrt(Hm * dKm))
        if variant == 'mesa': d['lambdaLog'] = torch.zeros(Hm)
        return {k: v.requires_grad_() for k, v in d.items()}
    layers = [layer() for _ in range(2 if variant == 'linear' else 1)]
    params = [v for l in layers for v in l.values()]
    opt = torch.optim.AdamW(params, 1e-4, weight_decay=0.1)
    s, target = dynamics_batch(); attn = linear_attention if variant == 'linear' else mesa_layer
    def step():
        opt.zero_grad()
        h = torch.cat([torch.zeros_like(s), s, s, torch.cat([torch.zeros(Bm, 1, nSm), s[:, :-1]], 1)], 2)
        for l in layers: h = h + attn(h, l)
        d = h[..., :nSm] - target
        loss = 0.5 * (d * d).sum(-1).mean()
        loss.backward(); torch.nn.utils.clip_grad_norm_(params, 1.0); opt.step()
    return step
if wanted('mesa-step'):
    out['mesa_step_ms'] = {v: med(mesa_step_model(v), 7) for v in ('linear', 'mesa')}
if wanted('mesa-layer'):
    out['mesa_layer_ms'] = {}
    out['mesa_layer_note'] = 'unfused: cumulative Σ k kᵀ + one batched torch.linalg.solve per step, autograd'
    Bl, Dl, Hl, dl = 16, 40, 4, 20
    pl = {k: v.requires_grad_() for k, v in mesa_layer_params(Dl, Hl, dl, dl).items()}
    for Tl in (50, 256, 1024):
        xl = fill(Bl * Tl * Dl, 46, 1).reshape(Bl, Tl, Dl)
        def mesa_fb():
            for v in pl.values(): v.grad = None
            mesa_layer(xl, pl).sum().backward()
        out['mesa_layer_ms'][f'T{Tl}'] = med(mesa_fb, 5 if Tl < 1024 else 3)
if wanted('mesa-check'):
    # f64 outputs and gradients of Σ y on a tiny case (bench/mesa-check.ts compares them with looplab).
    torch.set_default_dtype(torch.float64)
    Bc_, Tc_, Dc_, Hc_, dkc, dvc = 2, 7, 8, 2, 3, 4
    pc = {k: v.double().requires_grad_() for k, v in mesa_layer_params(Dc_, Hc_, dkc, dvc).items()}
    with torch.no_grad(): pc['lambdaLog'].copy_(torch.tensor([0.3, -0.2]))
    yc = mesa_layer(fill(Bc_ * Tc_ * Dc_, 46, 1).double().reshape(Bc_, Tc_, Dc_), pc)
    yc.sum().backward()
    out['mesa_check'] = dict(y=yc.detach().flatten().tolist(), **{k: v.grad.flatten().tolist() for k, v in pc.items()})
# P5 (as bench/align.ts): scipy's exact linear assignment on c_ij = frac(43758.5453 sin(12.9898 i
# + 78.233 j)) at n = 1000 and 4096, and one AdamW step (weight decay 0.01) of the bias-free
# 784-1000-10 ReLU MLP on a batch of 100.
if wanted('align'):
    try:
        import numpy as np, scipy
        from scipy.optimize import linear_sum_assignment
        out['lap_ms'] = {}
        for n in (1000, 4096):
            i = np.arange(n, dtype=np.float64)[:, None]; j = np.arange(n, dtype=np.float64)[None, :]
            s = np.sin(12.9898 * i + 78.233 * j) * 43758.5453
            cost = s - np.floor(s)
            out['lap_ms'][str(n)] = med(lambda: linear_sum_assignment(cost), 3)
        out['lap_note'] = f'scipy {scipy.__version__} linear_sum_assignment'
    except ImportError:
        pass
    mlp = torch.nn.Sequential(torch.nn.Linear(784, 1000, bias=False), torch.nn.ReLU(), torch.nn.Linear(1000, 10, bias=False))
    for m in mlp:
        if isinstance(m, torch.nn.Linear): torch.nn.init.kaiming_normal_(m.weight, nonlinearity='relu')
    opt_a = torch.optim.AdamW(mlp.parameters(), lr=1e-3, weight_decay=0.01)
    xa = torch.rand(100, 784) * 2 - 1; ya = torch.arange(100) % 10
    def align_step():
        opt_a.zero_grad(); torch.nn.functional.cross_entropy(mlp(xa), ya).backward(); opt_a.step()
    out['align_step_ms'] = med(align_step, 15)
# One meta-iteration of first-order sparse-MAML (as bench/sparse-maml-step.ts): meta-batch 2 of
# 5-way 5-shot episodes (25 support, 75 query), the ConvNet without conv biases, 35 inner steps
# of 0.25 masked by m = (sign(kappa) + 1) / 2 with a straight-through gradient (1/2), first order
# (inner gradients detached), then Adam on theta (1e-3) and on kappa (0.0075).
def sparse_maml_setup():
    th = []
    for i in range(4):
        cin = 1 if i == 0 else 64
        th += [torch.randn(64, cin, 3, 3) * math.sqrt(2 / (cin * 9)), torch.ones(64), torch.zeros(64)]
    th += [torch.randn(64, 5) / 8, torch.zeros(5)]
    th = [q.requires_grad_() for q in th]
    ka = []
    for q in th:
        bound = math.sqrt(6 / (q[0].numel() if q.dim() == 4 else q.shape[0])) if q.dim() >= 2 else 0.5
        u = torch.rand_like(q) * 2 * bound - bound
        ka.append((u - u.mean()).requires_grad_())
    mk = lambda n, s: ((fill(n * 784, s, 0.5) + 0.5).reshape(n, 1, 28, 28), torch.arange(n) // (n // 5))
    tasks = [(mk(25, 40 + 2 * t), mk(75, 41 + 2 * t)) for t in range(2)]
    return th, ka, tasks, torch.optim.Adam(th, 1e-3), torch.optim.Adam(ka, 0.0075)
class Ste(torch.autograd.Function):
    @staticmethod
    def forward(ctx, k): return (k > 0).float()
    @staticmethod
    def backward(ctx, g): return g * 0.5
def sparse_net(ps, x):
    h = x
    for i in range(4):
        w, g, be = ps[3 * i: 3 * i + 3]
        h = F.max_pool2d(F.relu(F.batch_norm(F.conv2d(h, w, None, padding=1), None, None, g, be, training=True)), 2)
    return h.reshape(x.shape[0], -1) @ ps[12] + ps[13]
def sparse_maml_step(state):
    th, ka, tasks, opt_t, opt_k = state
    opt_t.zero_grad(); opt_k.zero_grad()
    masks = [Ste.apply(k) for k in ka]
    for (xs, ys), (xq, yq) in tasks:
        phi = list(th)
        for _ in range(35):
            leaf = [p.detach().requires_grad_() for p in phi]
            gs = torch.autograd.grad(F.cross_entropy(sparse_net(leaf, xs), ys), leaf)
            phi = [p - 0.25 * m * g for p, m, g in zip(phi, masks, gs)]
        (F.cross_entropy(sparse_net(phi, xq), yq) / len(tasks)).backward(retain_graph=True)
    opt_t.step(); opt_k.step()
if wanted('sparse-maml'):
    sm = sparse_maml_setup()
    out['sparse_maml_ms'] = med(lambda: sparse_maml_step(sm), 3)
json.dump(out, sys.stdout)
