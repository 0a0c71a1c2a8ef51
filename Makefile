# Factcheck: `make run` (demo over plain http on 127.0.0.1:8000, FACTCHECK_HTTPS=false), `make test` (the whole suite), `make bench`,
# `make native` (the extraction core compiled with mypyc; optional, see docs/performance.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

.PHONY: run test lint bench demo clean native

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# A local signing key for the demo, generated once; the real environment wins over it.
.env:
	$(PY) -c "import secrets; print('SECRET_KEY=' + secrets.token_urlsafe(50))" > .env

demo: $(VENV)/.runtime .env
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

run: demo
	@echo "To manage API partners (Partners, Partner tokens, Webhooks), create an admin: $(MANAGE) createsuperuser"
	@echo "Serving on http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/, API: http://127.0.0.1:8000/api/v1/, docs: http://127.0.0.1:8000/api/docs/). Ctrl-C stops."
	FACTCHECK_HTTPS=false $(MANAGE) runserver 127.0.0.1:8000 --insecure --noreload

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: $(VENV)/.dev lint
	SECRET_KEY=test-only-secret-key-not-for-deployment $(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/mypy
	# Every docstring example runs, so one that lies fails (the suite itself is under tests/). On the pure
	# modules: doctests are read from the .py files.
	FACTCHECK_NATIVE=0 $(PY) -m pytest --doctest-modules -o testpaths= --ignore-glob='*/migrations/*' claims sources partners factcheck
	# The suite runs on the compiled extraction core when `make native` built it for these sources, else on
	# the pure modules; the extraction tests then run on the pure modules as well (the reference).
	$(PY) -m pytest
	if $(PY) -c "import sys, claims.extraction as p; sys.exit(p.NATIVE_BUILD is None)"; then \
	  FACTCHECK_NATIVE=0 $(PY) -m pytest -q tests/claims/extraction; fi

# The extraction core compiled with mypyc into build/native/<digest of its sources>/, used only while the
# sources are unchanged (claims/extraction/_native.py). Optional: on any failure everything runs as pure Python.
native: $(VENV)/.dev
	-$(PY) scripts/build_native.py

bench: $(VENV)/.dev native
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles build
