# The two commands of the README: `make run` serves, `make test` runs every check.
# Both create .venv and install the pinned requirements when they are missing or changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint fuzz bench bench-http bench-load bench-batch openapi-example clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.installed  ## serve on QUOTES_BIND (127.0.0.1:8000)
	$(PY) -m service serve

test: $(VENV)/.installed  ## lint, then every test
	$(MAKE) lint
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(PY) -m ruff check service tests scripts benchmarks jobs
	$(VENV)/bin/hadolint Dockerfile

fuzz: $(VENV)/.installed  ## contract fuzzing: schemathesis, 1,000 examples per operation, against live gunicorn
	FUZZ_EXAMPLES=1000 $(PY) -m pytest -s -p no:cacheprovider tests/api/test_fuzz.py

BASELINE ?= .bench-baseline
BASELINE_REF ?= db91dc3

bench: $(VENV)/.installed  ## engine against BASELINE_REF (a git worktree): throughput, growth, adversarial inputs
	test -d $(BASELINE) || git worktree add --detach $(BASELINE) $(BASELINE_REF)
	$(PY) -m benchmarks.bench engine --baseline $(BASELINE)

bench-http: $(VENV)/.installed  ## gunicorn req/s against a floor app
	$(PY) -m benchmarks.bench http

bench-load: $(VENV)/.installed  ## 60 s at concurrency 32: req/s, latency, worker memory, hostile inputs
	$(PY) -m benchmarks.bench load

bench-batch: $(VENV)/.installed  ## the batch command on 10,000 generated articles: docs/s, MB/s, peak RSS, 1 and 2 workers
	$(PY) -m benchmarks.batch

openapi-example: $(VENV)/.installed  ## refresh the sample request/response in openapi.yaml
	$(PY) scripts/sync_openapi_example.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
