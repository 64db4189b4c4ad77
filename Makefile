# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make site   - build the bundled sample into site/ (report in build/report/)
#   make test   - run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test sample golden lint serve axe clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/creditsite build

serve: $(STAMP)
	$(BIN)/creditsite serve

# axe-core (npm) for the accessibility tests; they skip with the reason when it cannot be had.
axe:
	-bash scripts/fetch_axe.sh

# The tests run in one process per core (at most 4; pytest-xdist), each test file in one process
# (--dist loadfile: a file's shared build is made once), the slowest files first (tests/conftest.py
# SLOW_FILES; --no-loadscope-reorder keeps that order). TEST_WORKERS=0 runs them in this process.
TEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print(min(4, len(os.sched_getaffinity(0))))')

test: $(STAMP) axe
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

sample: $(STAMP)
	$(BIN)/python scripts/make_sample.py

# Rewrite tests/golden/expected/ after an intended output change (review git diff, then commit).
golden: $(STAMP)
	$(BIN)/python -m tests.golden.update

lint: $(STAMP)
	$(BIN)/ruff check generator tests scripts bench
	$(BIN)/mypy generator

clean:
	rm -rf site .site.builds .site.lock build .pytest_cache
