# PyTorch CPU peer for `npm run bench` (only used when `import torch` works). Prints one JSON
# object: eager µs/op, matmul GFLOP/s and the LRU layer forward+backward (Python time loop),
# with the same shapes as bench/harness.ts.
import json, math, os, statistics, sys, time
import torch

torch.manual_seed(0)
torch.set_num_threads(os.cpu_count() or 1)  # all cores, like the other peers

def med(f, reps):
    f()
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return statistics.median(ts) * 1e3  # ms

out = {'label': f'torch {torch.__version__} (cpu, {torch.get_num_threads()} threads)'}
a = torch.randn(16, 64) * 0.01 + 1; b = torch.randn(16, 64) * 0.01; x0 = torch.randn(16, 64)
def eager():
    x = x0
    for _ in range(1000): x = x * a + b
out['eager_us_per_op'] = med(eager, 5) * 1e3 / 2000
out['matmul_gflops'] = {}
for label, m, k, n in [('128³', 128, 128, 128), ('512³', 512, 512, 512), ('1024³', 1024, 1024, 1024), ('[16384,64]×[64,64]', 16384, 64, 64)]:
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
out['copy_step_ms'] = med(copy_step, 5)
json.dump(out, sys.stdout)
