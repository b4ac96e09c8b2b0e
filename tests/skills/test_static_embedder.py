"""The shipped static embedding model (distilled from MiniLM): loads offline, is what its manifest
says, embeds like a sentence model, and keeps torch out of an analysis."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from importlib import resources

import numpy as np
import pytest

from credstack.embedding import EMBEDDERS, StaticEmbedder, default_embedder, embedder_kind

FOLDER = resources.files("credstack") / "data" / "embedder"


def test_the_shipped_model_is_its_manifests():
    manifest = json.loads((FOLDER / "manifest.json").read_text("utf-8"))
    assert hashlib.sha256((FOLDER / "model.safetensors").read_bytes()).hexdigest() == manifest["sha256"]
    config = json.loads((FOLDER / "config.json").read_text("utf-8"))
    assert config["hidden_dim"] == manifest["dims"]
    assert not config["tokenizer_name"].startswith("/")  # no build machine's path in package data
    size = sum(f.stat().st_size for f in FOLDER.iterdir() if f.is_file())
    assert size < 20_000_000


@pytest.fixture(scope="module")
def static():
    return StaticEmbedder()


def test_vectors_are_normalised_and_mean_what_they_say(static):
    texts = ["relational database design", "Relational Databases", "forklift operation", "Python programming",
             "python"]
    v = static.encode(texts)
    assert v.shape == (5, static.dimension) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-3)
    sims = v @ v.T
    assert sims[0, 1] > 0.8 and sims[3, 4] > 0.8  # the same concept in other words
    assert sims[0, 2] < 0.3 and sims[2, 3] < 0.3  # unrelated ones
    assert static.encode([]).shape == (0, static.dimension)


def test_the_default_is_static_and_the_transformer_is_one_setting_away(monkeypatch):
    monkeypatch.delenv("CREDSTACK_EMBEDDER", raising=False)
    assert embedder_kind() == "static"
    monkeypatch.setenv("CREDSTACK_EMBEDDER", "minilm")
    assert EMBEDDERS[embedder_kind()].__name__ == "SentenceTransformerEmbedder"
    monkeypatch.setenv("CREDSTACK_EMBEDDER", "bert-large")
    with pytest.raises(ValueError, match="CREDSTACK_EMBEDDER"):
        embedder_kind()


def test_default_embedder_is_built_once(monkeypatch):
    monkeypatch.delenv("CREDSTACK_EMBEDDER", raising=False)
    monkeypatch.setattr("credstack.embedding._default", None)
    first = default_embedder()
    assert isinstance(first, StaticEmbedder) and default_embedder() is first


ANALYSIS = """
import sys
from credstack.analysis import analyze
from credstack.postings import parse_posting
from credstack.resources import Resources
resources = Resources.load(sys.argv[1], tagger=True)
posting = parse_posting("Data Engineer\\n\\nRequirements\\n- 3+ years of Python, Airflow and dbt\\n"
                        "- Experience with relational database design and Snowflake\\n")
result = analyze(posting, resources)
assert any(s.name == "Python" for s in result.skills), result.skills
heavy = sorted(m for m in ("torch", "sentence_transformers", "transformers", "keybert") if m in sys.modules)
print("HEAVY", heavy)
"""


def test_an_analysis_with_the_default_model_never_imports_torch(tmp_path):
    """Start-up time and memory: the server's analyses need neither torch nor KeyBERT's import."""
    env = {k: v for k, v in os.environ.items() if k != "CREDSTACK_EMBEDDER"}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    out = subprocess.run([sys.executable, "-c", ANALYSIS, str(tmp_path)], capture_output=True, text=True,
                         env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "HEAVY []" in out.stdout
