# Two set-up commands: `make demo` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= newsrefinery.db
STAMP := $(VENV)/.installed

.PHONY: demo test lint venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,warc,web]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/newsrefinery refine examples/corpus --db $(DB)
	$(VENV)/bin/newsrefinery stats --db $(DB)

# Two processes: the Ray tests leave Ray's threads behind, and the local engine forks.
test: $(STAMP)
	$(PY) -m pytest -q -m "not ray"
	$(PY) -m pytest -q -m ray

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
