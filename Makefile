# The two commands of the README: `make run` and `make test`. Everything goes into .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run test test-all install migrate seed messages clean lint format lock

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

# DEBUG stays off so that visitors see the friendly error pages, never Django's technical ones
# (`make run DEBUG=1` for development); WhiteNoise serves the static files either way.
DEBUG ?= 0
run: seed
	@echo "Serving on http://$(HOST)/  (Ctrl+C to stop)"
	DEBUG=$(DEBUG) $(PY) manage.py runserver $(HOST)

# The everyday run, before every commit: everything but the tests marked `slow`.
test: install
	$(PY) -m pytest -m "not slow"

# Everything, browser journeys, page crawl and fuzzing included (what CI runs).
test-all: install
	$(PY) -m pytest

# Lint and format check, the dependency contracts between apps, and types of core and the pure cores.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Regenerate the pinned requirements from requirements.in and requirements-dev.in in a throwaway venv.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --upgrade pip
	.lock-venv/bin/pip install --quiet -r requirements.in
	.lock-venv/bin/pip freeze --exclude pip --exclude setuptools > requirements.txt
	.lock-venv/bin/pip install --quiet -r requirements-dev.in
	(echo "-r requirements.txt"; .lock-venv/bin/pip freeze --exclude pip --exclude setuptools | grep -vxFf requirements.txt) > requirements-dev.txt
	rm -rf .lock-venv

APPS_WITH_CATALOGUES := matching events grants api

# Core strings (config/, core/, marketplace/, templates/) go to locale/; each other app keeps its own catalogue.
messages: install
	$(PY) manage.py makemessages -l vi --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=bench --ignore=tests \
		$(foreach app,$(APPS_WITH_CATALOGUES),--ignore='$(app)/*')
	for app in $(APPS_WITH_CATALOGUES); do \
		if [ -d $$app/locale ]; then (cd $$app && ../$(PY) ../manage.py makemessages -l vi --no-obsolete); fi; done
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .test-media
