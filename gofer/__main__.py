"""``python -m gofer``: the same as the ``gofer`` command."""

from gofer.cli import main

main()
