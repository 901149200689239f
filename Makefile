# The two commands of the README: `make run` serves, `make test` runs every check.
# Both create .venv and install the pinned requirements when they are missing or changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint fuzz compiled bench bench-instructions bench-http bench-load bench-batch openapi-example clean

$(VENV)/.installed: requirements.txt requirements-build.txt requirements-dev.txt
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
	$(PY) -m ruff check service tests scripts benchmarks jobs setup.py
	$(VENV)/bin/hadolint Dockerfile

fuzz: $(VENV)/.installed  ## contract fuzzing: schemathesis, 1,000 examples per operation, against live gunicorn
	FUZZ_EXAMPLES=1000 $(PY) -m pytest -s -p no:cacheprovider tests/api/test_fuzz.py

BASELINE ?= .bench-baseline
BASELINE_REF ?= db91dc3

COMPILED ?= .build/compiled

compiled: $(VENV)/.installed  ## a copy of the checkout with its extractor compiled by mypyc, in COMPILED
	$(PY) scripts/compile_extractor.py $(COMPILED)

bench: compiled  ## engine, pure and compiled, against BASELINE_REF (a git worktree): throughput, growth, adversarial inputs
	test -d $(BASELINE) || git worktree add --detach $(BASELINE) $(BASELINE_REF)
	$(PY) -m benchmarks.bench engine --baseline $(BASELINE) --compiled $(COMPILED)

bench-instructions: $(VENV)/.installed  ## instructions per engine pass (valgrind), this checkout against BASELINE_REF
	test -d $(BASELINE) || git worktree add --detach $(BASELINE) $(BASELINE_REF)
	$(PY) -m benchmarks.instructions . $(BASELINE)

bench-http: compiled  ## gunicorn req/s, pure and compiled engine, against a floor app
	$(PY) -m benchmarks.bench http --compiled $(COMPILED)

bench-load: $(VENV)/.installed  ## 60 s at concurrency 32: req/s, latency, worker memory, hostile inputs
	$(PY) -m benchmarks.bench load

bench-batch: $(VENV)/.installed  ## the batch command on 10,000 generated articles: docs/s, MB/s, peak RSS, 1 and 2 workers
	$(PY) -m benchmarks.batch

openapi-example: $(VENV)/.installed  ## refresh the sample request/response in openapi.yaml
	$(PY) scripts/sync_openapi_example.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis

# ---- Issue 10: the OpenAPI linters and the vendored API reference (Node tools pinned in package.json) ----
# `make lint` (and so `make test`) runs lint-openapi too: Redocly's and Spectral's recommended rules must
# pass with no warning, and the Swagger UI files under service/static/vendor must be the pinned package's.
NODE_INSTALLED := node_modules/.installed
SWAGGER_UI := service/static/vendor/swagger-ui
SWAGGER_UI_FILES := LICENSE NOTICE swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt swagger-ui.css

.PHONY: lint-openapi vendor-docs bench-metrics
lint: lint-openapi

$(NODE_INSTALLED): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

lint-openapi: $(NODE_INSTALLED)  ## openapi.yaml against Redocly's and Spectral's recommended rules
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true node_modules/.bin/redocly lint openapi.yaml
	node_modules/.bin/spectral lint --fail-severity=warn openapi.yaml
	cd node_modules/swagger-ui-dist && sha256sum --check --quiet $(CURDIR)/$(SWAGGER_UI)/SHA256SUMS

vendor-docs: $(NODE_INSTALLED)  ## copy Swagger UI from the pinned swagger-ui-dist into service/static/vendor
	cd node_modules/swagger-ui-dist && cp $(SWAGGER_UI_FILES) $(CURDIR)/$(SWAGGER_UI)/ \
	  && sha256sum $(SWAGGER_UI_FILES) > $(CURDIR)/$(SWAGGER_UI)/SHA256SUMS

bench-metrics: $(VENV)/.installed  ## req/s, p50, p99 with and without /metrics scraped ten times a second (wrk)
	$(PY) -m benchmarks.bench metrics
