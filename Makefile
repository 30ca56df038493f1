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

run: seed
	@echo "Serving on http://$(HOST)/  (Ctrl+C to stop)"
	$(PY) manage.py runserver $(HOST)

test: install
	$(PY) -m pytest

messages: install
	$(PY) manage.py makemessages -l vi --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .test-media
