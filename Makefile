# Everything a fresh machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install clean compare-demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/stance report seeds/000_449ec84bc6e24a76.txt -o reports/seed --force
	@echo "Report written: reports/seed/report.md"

compare-demo: $(VENV)/.installed
	$(BIN)/stance compare seeds/demo seeds/000_449ec84bc6e24a76.txt --default-source "Sample article (outlet not named)" \
		-o reports/demo_compare --force --no-progress
	@echo "Report written: reports/demo_compare/report.md"

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build *.egg-info
