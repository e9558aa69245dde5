# Media analysis suite. First use of any target sets up .venv (needs Python >= 3.11 and pip access to PyPI).
#   make report [CORPUS=seeds] [OUT=reports/YYYY-MM-DD] [ARGS="--param year=2019"]
#   make test | make lab [LAB_ARGS=...] | make notebooks | make bench | make clean
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= seeds
OUT ?= reports/$(shell date +%F)
ARGS ?=
NBVAL := --nbval-lax --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: setup report test lab notebooks bench clean

setup: $(STAMP)

# Re-installs when pyproject.toml changes; the python3 kernelspec points at this .venv.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python >= 3.11 needed; run e.g. 'make PYTHON=python3.11 $(MAKECMDGOALS)'"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (ipykernel)" >/dev/null
	touch $@

report: $(STAMP)
	$(BIN)/python -m analysis report --corpus "$(CORPUS)" --out "$(OUT)" $(ARGS)

# Unit tests, papermill runs of every notebook, and nbval (lax) on the committed notebooks, in one pytest run spread
# over TEST_WORKERS processes (pytest-xdist; "auto" = one per core, 0 = no workers). --dist loadscope keeps a test
# module, and a notebook's cells (which share one kernel), on one worker.
TEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/python -m pytest tests notebooks $(NBVAL) -n $(TEST_WORKERS) --dist loadscope $(ARGS)

# JupyterLab 4 on notebooks/; root (e.g. a container) needs --allow-root. Extra options: make lab LAB_ARGS="--no-browser --port 8890"
# (a fixed token is --IdentityProvider.token=...; ServerApp.token is deprecated).
LAB_ARGS ?=
ALLOW_ROOT = $(if $(filter 0,$(shell id -u)),--allow-root)
lab: $(STAMP)
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks $(ALLOW_ROOT) $(LAB_ARGS)

# Re-execute every committed notebook in order with its defaults, strip run metadata, check hygiene.
notebooks: $(STAMP)
	$(BIN)/python -m analysis.report.notebooks execute
	$(BIN)/python -m analysis.report.notebooks check

bench: $(STAMP)
	@set -e; for script in benchmarks/*.py; do [ -e "$$script" ] || continue; echo "== $$script"; $(BIN)/python "$$script"; done

clean:
	rm -rf $(VENV) .cache reports .pytest_cache build *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find . -name .ipynb_checkpoints -type d -prune -exec rm -rf {} +
