# credstack: the two quick-start commands are `make serve` and `make test`.
VENV ?= .venv
PY ?= python3

.PHONY: serve test install lint lint-firefox bench

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(VENV)/bin/pip install -q torch==2.13.0
	$(VENV)/bin/pip install -q -e .
	touch $@

install: $(VENV)/.installed

## make serve: install into .venv (CPU PyTorch, bundled model) and run the API on 127.0.0.1:8765
serve: $(VENV)/.installed
	$(VENV)/bin/credstack serve

## make test: install test dependencies (and system packages when root) and run the whole suite
test:
	VENV=$(VENV) bash scripts/test.sh

lint: $(VENV)/.installed
	$(VENV)/bin/pip install -q ruff
	$(VENV)/bin/ruff check server tests bench resume_templates
	npm install --no-audit --no-fund --silent
	npx eslint extension tests/js eslint.config.js

## make lint-firefox: Mozilla's web-ext lint of the extension (fetched by npx on first use)
lint-firefox:
	npx --yes web-ext@8 lint --source-dir extension

bench: $(VENV)/.installed
	bash scripts/bench.sh
