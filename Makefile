# Two commands on a fresh machine: `make run` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SLA_DB ?= data/sla.duckdb
PORT ?= 8501

.DEFAULT_GOAL := help
.PHONY: help run test test-fast lint demo bench bench-browser docs clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.run-installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test-installed: $(VENV)/.run-installed requirements-test.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

run: $(VENV)/.run-installed ## Run the dashboard on data/sla.duckdb (demo data when empty)
	$(PY) -m sla --db $(SLA_DB) demo --if-empty
	SLA_DB=$(SLA_DB) $(PY) -m pages.ui.serve --server.port $(PORT)

test: $(VENV)/.test-installed ## Run the whole test suite (lint, layers, unit, AppTest, browser)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q

test-fast: $(VENV)/.test-installed ## Run the tests without the browser and slow ones
	$(PY) -m pytest -q -m "not e2e and not slow"

lint: $(VENV)/.test-installed ## ruff check and the layer contract (lint-imports)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

demo: $(VENV)/.run-installed ## Import the demo data (13 months up to yesterday) into data/sla.duckdb (files already imported are skipped)
	$(PY) -m sla --db $(SLA_DB) demo

bench: $(VENV)/.test-installed ## Benchmark at sizes S, M, L (BENCH_ARGS="--sizes L" for one); writes bench/RESULTS.md (.json)
	$(PY) bench/run.py $(BENCH_ARGS)

bench-browser: $(VENV)/.test-installed ## Time the pages in a real browser on the demo (BROWSER_ARGS="--size M"); writes bench/RESULTS.md
	$(PY) bench/browser.py $(BROWSER_ARGS)

docs: $(VENV)/.run-installed ## Redraw docs/summary-page1.png: the executive one-pager of the demo's last month
	$(PY) -m sla --db $(SLA_DB) demo --if-empty
	$(PY) -m sla --db $(SLA_DB) summary --period $$(date -d "$$(date +%Y-%m-01) -1 month" +%Y-%m) --pdf docs/summary.pdf
	pdftoppm -png -r 90 -f 1 -l 1 -singlefile docs/summary.pdf docs/summary-page1 && rm docs/summary.pdf

clean: ## Remove the virtual environment and the default database
	rm -rf $(VENV) data/sla.duckdb data/sla.duckdb.wal data/sla.duckdb.version
