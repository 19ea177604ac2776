# The two commands of the README: `make setup` installs everything, `make test` runs every test.
.PHONY: setup test test-fast lint bench

setup:
	bash scripts/setup.sh

test:
	bash scripts/test.sh

test-fast:
	.venv/bin/pytest -q

lint:
	.venv/bin/ruff check gofer tests bench
	.venv/bin/mypy

bench:
	.venv/bin/python bench/loop_overhead.py
