# Councillor Safety: `make help` lists the targets.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON_VERSION := $(shell cat .python-version)
VENV := .venv
PY := $(VENV)/bin/python
UV := .tools/bin/uv
UV_VERSION := 0.13.8
HOST ?= 127.0.0.1
PORT ?= 8000
BENCH ?=
PYTEST_ARGS ?=
# Unit and integration tests run on every core (pytest-xdist; each worker gets its own database).
TEST_WORKERS ?= auto

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-18s\033[0m %s\n", $$1, $$2}'

# --- set-up -----------------------------------------------------------------------------------

$(UV):
	@python_bin=$$(pyenv which python$(PYTHON_VERSION) 2>/dev/null || command -v python$(PYTHON_VERSION)); \
	  "$$python_bin" -m venv .tools && .tools/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	@python_bin=$$(pyenv which python$(PYTHON_VERSION) 2>/dev/null || command -v python$(PYTHON_VERSION)); \
	  UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --frozen --quiet --python "$$python_bin"
	@touch $@

.PHONY: install
install: $(VENV)/.synced frontend ## Install locked Python dependencies and build front-end assets
	@bash scripts/install-system-packages.sh pdf ocr

.PHONY: system-packages
system-packages: ## Install the Debian packages the service and its tests need, if missing
	@bash scripts/install-system-packages.sh

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	@bash scripts/install-system-packages.sh node
	@cd frontend && npm ci --no-audit --no-fund --loglevel=error

frontend/dist/versions.json: frontend/node_modules/.package-lock.json frontend/build.mjs $(wildcard frontend/src/*)
	@cd frontend && npm run --silent build

.PHONY: frontend
frontend: frontend/dist/versions.json ## Build GOV.UK Frontend and htmx assets from npm

# --- run --------------------------------------------------------------------------------------

.PHONY: run
run: install ## Set up and run the service with demo data on http://127.0.0.1:8000 (SQLite, a worker and the clock)
	@export DJANGO_DEBUG=true; \
	  $(PY) manage.py migrate --no-input -v0; \
	  $(PY) manage.py load_demo; \
	  $(PY) manage.py db_worker --queue-name default & worker=$$!; \
	  $(PY) manage.py run_scheduler --interval 60 & scheduler=$$!; \
	  trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver $(HOST):$(PORT)

# --- checks and tests -------------------------------------------------------------------------

.PHONY: lint
lint: $(VENV)/.synced ## Lint and format-check with ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

.PHONY: format
format: $(VENV)/.synced ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

.PHONY: types
types: $(VENV)/.synced ## Type-check with mypy --strict
	DJANGO_TESTING=true $(VENV)/bin/mypy councillor_safety config bench

.PHONY: checks
checks: $(VENV)/.synced ## Django system checks: migrations up to date, deployment settings safe
	DJANGO_TESTING=true $(PY) manage.py makemigrations --check --dry-run
	DJANGO_DEBUG=false SECRET_KEY=$$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))') \
	  ALLOWED_HOSTS=councillor-safety.example.gov.uk \
	  DATABASE_URL=sqlite:///$$(mktemp -d)/check.sqlite3 \
	  $(PY) manage.py check --deploy --fail-level WARNING

.PHONY: test-sqlite
test-sqlite: install ## Unit and integration tests on SQLite
	$(PY) -m pytest -m "not e2e" -n $(TEST_WORKERS) -p no:cacheprovider $(PYTEST_ARGS)

.PHONY: test-postgresql
test-postgresql: install ## Unit and integration tests on a throw-away PostgreSQL cluster
	@bash scripts/with-test-postgres.sh $(PY) -m pytest -m "not e2e" -n $(TEST_WORKERS) -p no:cacheprovider $(PYTEST_ARGS)

.PHONY: test-e2e
test-e2e: install ## Browser journeys in Debian's Chromium, with axe-core accessibility checks
	$(PY) -m pytest -m e2e -p no:cacheprovider $(PYTEST_ARGS)

.PHONY: test
test: system-packages install lint types checks test-sqlite test-postgresql test-e2e ## Set up and run everything: lint, types, checks, tests on SQLite and PostgreSQL, browser journeys
	@echo "All checks and tests passed."

# --- benchmarks and models --------------------------------------------------------------------

.PHONY: bench
bench: install ## Run every benchmark in bench/ (or one: make bench BENCH=name); prints JSON lines
	@set -e; for script in bench/$(if $(BENCH),$(BENCH),*).py; do \
	  [ "$$(basename $$script)" = "__init__.py" ] && continue; \
	  $(PY) $$script; \
	done

.PHONY: train-screening
train-screening: ## Export the encoder and train the screening model (separate Python 3.11 + torch environment)
	bash training/train_screening.sh

.PHONY: clean
clean: ## Remove environments, build output and local data
	rm -rf $(VENV) .tools frontend/node_modules frontend/dist var .mypy_cache .ruff_cache
