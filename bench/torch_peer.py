# PyTorch CPU peer for `npm run bench` (only used when `import torch` works). Prints one JSON
# object: eager µs/op, matmul GFLOP/s and the LRU layer forward+backward (Python time loop),
# with the same shapes as bench/harness.ts.
import json, math, statistics, sys, time
import torch

torch.manual_seed(0)

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
json.dump(out, sys.stdout)
