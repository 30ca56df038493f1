# The two commands of the README: `make run` and `make test`. Everything goes into .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run test install migrate seed messages clean lint

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

test: install
	$(PY) -m pytest

APPS_WITH_CATALOGUES := matching events grants api

# Core strings (config/, marketplace/, templates/) go to locale/; each other app keeps its own catalogue.
messages: install
	$(PY) manage.py makemessages -l vi --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=bench --ignore=tests \
		$(foreach app,$(APPS_WITH_CATALOGUES),--ignore='$(app)/*')
	for app in $(APPS_WITH_CATALOGUES); do \
		if [ -d $$app/locale ]; then (cd $$app && ../$(PY) ../manage.py makemessages -l vi --no-obsolete); fi; done
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .test-media
