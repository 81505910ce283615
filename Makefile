# Tripartite: `make run` and `make test` do all the set-up on a fresh Debian 12 / Ubuntu 22.04+ machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
I18N_STAMP := $(VENV)/.translations
SYSSTAMP := .sysdeps-ok

# Qt's system libraries (DESIGN §9): offscreen set, then the extra set for a real window and Xvfb.
APT_OFFSCREEN := libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libx11-6 libdbus-1-3 \
	fonts-dejavu-core fonts-wqy-microhei
APT_WINDOW := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 \
	libxcb-util1 libx11-xcb1 xvfb xauth
# Independent checks used by the tests (pdfsig, pdftoppm) where they can be installed.
APT_TOOLS := poppler-utils

.PHONY: run test bench demo lint screenshots setup sysdeps clean

run: setup
	$(PY) -m tripartite gui

test: setup
	unset PYTHONDONTWRITEBYTECODE; $(PY) -m ruff check tripartite ui reports tests bench scripts
	$(PY) scripts/typecheck.py
	unset PYTHONDONTWRITEBYTECODE; QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2 $(PYTEST_ARGS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

demo: setup
	$(PY) -m tripartite demo --dir demo-out

# The README's screenshots, taken from the real windows under Xvfb.
screenshots: setup
	for shot in scripts/shots_*.py; do xvfb-run -a -s "-screen 0 1366x800x24" $(PY) $$shot docs/ || exit 1; done
	for lang in es ar; do for shot in scripts/shots_main.py scripts/shots_meeting.py; do \
		SHOTS_LANG=$$lang xvfb-run -a -s "-screen 0 1366x800x24" $(PY) $$shot docs/ || exit 1; done; done

lint: setup
	$(PY) -m ruff check tripartite ui reports tests bench scripts

setup: sysdeps $(STAMP) $(I18N_STAMP)

sysdeps: $(SYSSTAMP)

$(SYSSTAMP): scripts/sysdeps.sh
	bash scripts/sysdeps.sh $(APT_OFFSCREEN) -- $(APT_WINDOW) $(APT_TOOLS)
	touch $@

$(STAMP): requirements.lock pyproject.toml | $(SYSSTAMP)
	bash scripts/venv.sh $(PYTHON) $(VENV)
	$(VENV)/bin/pip install --disable-pip-version-check -q -r requirements.lock
	$(VENV)/bin/pip install --disable-pip-version-check -q --no-deps --no-build-isolation -e .
	touch $@

# The app's .qm and the documents' .mo, compiled from the catalogues in the repository (DESIGN §14).
$(I18N_STAMP): $(wildcard ui/i18n/*.ts) $(wildcard reports/locale/*/LC_MESSAGES/*.po) | $(STAMP)
	$(PY) scripts/translations.py compile
	touch $@

clean:
	rm -rf $(VENV) $(SYSSTAMP) build *.egg-info ui/i18n/*.qm reports/locale/*/LC_MESSAGES/*.mo
