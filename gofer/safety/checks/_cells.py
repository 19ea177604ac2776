"""What a Python cell takes from the kernel: the kernel keeps every earlier cell's variables, so a cell that fetches
an address it spells out can still carry data an earlier cell read (``t = open(...).read()`` one cell,
``requests.get(URL, params={'d': t})`` the next). A cell is read with :mod:`ast`; the names it uses without binding
them, other than builtins and what the run's earlier cells imported, come from the kernel's state.

The readers live in four modules, each importing only the ones before it: :mod:`._cell_names` (parsing, names looked
up by a string or computed key, ``exec``, imports), :mod:`._cell_senders` (names bound to the network and where a
sender is kept aside), :mod:`._cell_uses` (what a cell does with them: reads, sends, defines only) and
:mod:`._kernel_state` (:class:`KernelState`, the fold over the run's cells). This module is their public face."""

from __future__ import annotations

from gofer.safety.checks._cell_names import (
    ANY_NAME,
    ITERATES,
    KEEPS,
    LINKED,
    called_names,
    imported_names,
    runs_computed_code,
    with_attributes,
)
from gofer.safety.checks._cell_senders import called_aside, net_names
from gofer.safety.checks._cell_uses import (
    defines_only,
    module_imports,
    names_net,
    reader_names,
    reads_data,
    reads_url,
    sends_net,
    uses_kernel_state,
    uses_net,
    without_bodies,
    workspace_net,
)
from gofer.safety.checks._kernel_state import KernelState

__all__ = ["ANY_NAME", "ITERATES", "KEEPS", "LINKED", "KernelState", "called_aside", "called_names", "defines_only",
           "imported_names", "module_imports", "names_net", "net_names", "reader_names", "reads_data", "reads_url",
           "runs_computed_code", "sends_net", "uses_kernel_state", "uses_net", "with_attributes", "without_bodies",
           "workspace_net"]
