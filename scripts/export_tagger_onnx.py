"""Export the trained span tagger (``data/tagger/weights.pt``) to int8 ONNX Runtime (``tagger.onnx``).

The training script saves only the fine-tuned layers (torch dynamic int8); this rebuilds the whole
float model (the base MiniLM's lower layers as they are, the trained layers dequantised), exports
it to ONNX, quantises its matrix products and embedding table to int8 with ONNX Runtime, scores the
result on the dev file and the committed slice beside the torch model, and rewrites the manifest.
CPU only, about a minute.

    python scripts/export_tagger_onnx.py --dev ../shared/reference/skillspan-dev/dev.json
    python scripts/export_tagger_onnx.py --weights W.pt --out M.onnx --dev - --model-only  # a tuning model
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "server"))

from credstack.skills import tagger as T  # noqa: E402
from credstack.skills.span_eval import postings, read_rows, tagger_scores  # noqa: E402

SLICE = os.path.join(ROOT, "tests", "skills", "data", "tagger_slice.jsonl")
OUT = os.path.join(ROOT, "server", "credstack", "data", "tagger")


def float_model(weights: str):
    """The base model with the trained layers' dequantised weights: what the torch tagger computes,
    before ONNX Runtime quantises it again."""
    import torch

    quantised = T.TorchSpanTagger(weights=weights).model
    saved = torch.load(weights, map_location="cpu", weights_only=False)
    layers = saved.get("layers", 6)
    model = T.build_model(layers=layers, ffn=saved.get("ffn"))
    model.eval()
    shipped = T.trained_prefixes(saved["freeze_layers"], layers)
    qmodules = dict(quantised.named_modules())
    with torch.no_grad():
        for name, module in model.named_modules():
            if not isinstance(module, torch.nn.Linear) or not (name + ".").startswith(shipped):
                continue
            q = qmodules[name]
            module.weight.copy_(q.weight().dequantize())
            module.bias.copy_(q.bias())
        state = model.state_dict()
        for key, value in saved["state"].items():  # the trained float parts (layer norms)
            if key in state and isinstance(value, torch.Tensor) and value.dtype == state[key].dtype:
                state[key].copy_(value)
    return model


def export(model, path: str) -> None:
    """The model as an ONNX graph with plain ("eager") attention: MatMul, Softmax, MatMul. Torch's
    fused attention (sdpa) exports as a graph of masks (IsNaN, Where, extra Transposes) that ONNX
    Runtime runs slower: on this machine's CPU, one thread, a tagger's batches took 59-63 ms of CPU
    time exported eager against 71-76 ms as sdpa (``SpanTagger`` also keeps its layer norms
    unfused, see ``tagger.UNFUSED``), the logits within 0.05 of each other."""
    import torch

    if hasattr(model, "set_attn_implementation"):
        model.set_attn_implementation("eager")
    ids = torch.ones((2, 8), dtype=torch.long)
    torch.onnx.export(
        model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), path, dynamo=False,
        input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
        dynamic_axes={n: {0: "batch", 1: "tokens"} for n in ("input_ids", "attention_mask", "token_type_ids",
                                                                "logits")},
        opset_version=17)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", default=os.path.join(OUT, "weights.pt"))
    parser.add_argument("--dev", required=True)
    parser.add_argument("--out", default=os.path.join(OUT, "tagger.onnx"))
    parser.add_argument("--model-only", action="store_true",
                        help="write the ONNX model only (a tuning model): no scoring, no manifest")
    args = parser.parse_args()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "float.onnx")
        export(float_model(args.weights), plain)
        quantize_dynamic(plain, args.out, weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"],
                         per_channel=True)
    seconds = time.perf_counter() - started
    if args.model_only:
        print(f"wrote {args.out} in {seconds:.0f} s")
        return 0
    dev_docs, slice_docs = postings(read_rows(args.dev)), postings(read_rows(SLICE))
    torch_tagger = T.TorchSpanTagger(weights=args.weights)
    onnx_tagger = T.SpanTagger(args.out)
    scores = {name: {"dev": tagger_scores(t, dev_docs), "slice": tagger_scores(t, slice_docs)}
              for name, t in (("torch", torch_tagger), ("onnx", onnx_tagger))}
    for name, s in scores.items():
        print(f"{name:6} dev knowledge F1 {s['dev']['knowledge_spans']['f1']:.4f} all-span P "
              f"{s['dev']['all_spans']['precision']:.4f}; slice knowledge F1 {s['slice']['knowledge_spans']['f1']:.4f}")
    path = os.path.join(os.path.dirname(os.path.abspath(args.out)), "manifest.json")  # the model's own, beside it
    manifest = json.load(open(path, encoding="utf-8"))
    manifest.update({
        "format": "ONNX Runtime int8 (dynamic quantisation of MatMul and Gather, per channel) of the whole "
                  "model with plain (eager) attention, exported by scripts/export_tagger_onnx.py from weights.pt "
                  "(the training script's torch int8 state of the fine-tuned layers)",
        "dev_scores": scores["onnx"]["dev"], "slice_scores": scores["onnx"]["slice"],
        "torch_dev_scores": scores["torch"]["dev"], "torch_slice_scores": scores["torch"]["slice"],
        "weights_bytes": os.path.getsize(args.out), "export_seconds": round(seconds, 1),
    })
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
