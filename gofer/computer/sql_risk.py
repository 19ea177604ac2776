"""Judging SQL: statements that delete or change data or schema (DELETE, DROP, TRUNCATE, UPDATE, ALTER, REPLACE)
and client commands that run shell commands or other scripts. Used for database command lines (``sqlite3``,
``psql``, ``mysql``, ``duckdb``) by :mod:`command_risk` and for ``execute`` in Python by :mod:`code_risk`.

A database the run made itself is its own: for a file database (SQLite, DuckDB) only one that existed before
the run counts; a server database (PostgreSQL, MySQL) always does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["FILE_CLIENTS", "SERVER_CLIENTS", "changes_data", "parse_client", "runs_other"]

_STRINGS = re.compile(r"'(?:[^']|'')*'|--[^\n]*|/\*.*?\*/", re.S)
_CHANGES = re.compile(r"\b(DELETE|DROP|TRUNCATE|ALTER|UPDATE|REPLACE\s+INTO|OR\s+REPLACE)(\s+\w+)?\b"
                      r"|^\s*\.restore\b", re.I | re.M)
_OTHER = re.compile(r"^\s*(\.shell|\.system|\.read|\\!|\\i|\\ir|\\include|system|source)(?=\s)", re.I | re.M)
_REFERENCES = re.compile(r"\bON\s+(DELETE|UPDATE)\b", re.I)  # a foreign key's action, part of CREATE TABLE

FILE_CLIENTS = {"sqlite3", "sqlite", "duckdb"}
SERVER_CLIENTS = {"psql", "mysql", "mariadb"}
_VALUE_OPTIONS = {  # options that take the next word as their value
    "sqlite3": {"-cmd", "-init", "-separator", "-newline", "-nullvalue", "-vfs", "-escape", "-mmap", "-maxsize",
                "-heap", "-lookaside", "-pagecache"},
    "duckdb": {"-cmd", "-init", "-separator", "-newline", "-nullvalue", "-c", "-s"},
    "psql": {"-d", "--dbname", "-h", "--host", "-p", "--port", "-U", "--username", "-v", "--set", "--variable",
             "-o", "--output", "-L", "--log-file", "-F", "-R", "-P", "--pset", "-T", "-c", "--command", "-f",
             "--file"},
    "mysql": {"-u", "--user", "-h", "--host", "-P", "--port", "-D", "--database", "-S", "--socket", "-e",
              "--execute"},
}
_SQL_OPTIONS = {"-cmd", "-c", "-s", "--command", "-e", "--execute"}
_FILE_OPTIONS = {"-init", "-f", "--file"}


def changes_data(sql: str) -> str | None:
    """The first statement in ``sql`` that deletes or changes data or schema (``DELETE FROM``, ``DROP TABLE``,
    sqlite's ``.restore``); None when the text only reads or adds."""
    text = _REFERENCES.sub(" ", _STRINGS.sub("''", sql))
    m = _CHANGES.search(text)
    return " ".join(m.group(0).split()) if m else None


def runs_other(sql: str) -> str | None:
    """A client command in ``sql`` that runs a shell command or another SQL file (``.shell``, ``\\!``,
    ``source``), which is not judged here."""
    m = _OTHER.search(_STRINGS.sub("''", sql))
    return m.group(1) if m else None


def parse_client(name: str, args: list[str], read: Callable[[str], str | None]) -> tuple[str | None, list[str]]:
    """The database a client opens (a file path for SQLite/DuckDB, None for a server or an in-memory one) and
    the SQL it is given: inline, in ``-c``/``-e``, or in files (``-f``, ``-init``; an unreadable file is given
    as a ``.read`` of it, which asks). An empty list means SQL comes from standard input."""
    table = _VALUE_OPTIONS["mysql" if name == "mariadb" else "sqlite3" if name == "sqlite" else name]
    plain: list[str] = []
    sql: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        option, eq, value = a.partition("=") if a.startswith("--") else (a, "", "")
        if option in table and not eq:
            value = args[i + 1] if i + 1 < len(args) else ""
            i += 1
        elif name in SERVER_CLIENTS and a[:2] in ("-e", "-c", "-f") and len(a) > 2 and not a.startswith("--"):
            option, value = a[:2], a[2:]  # -e"DELETE ..."
        if option in _SQL_OPTIONS:
            sql.append(value)
        elif option in _FILE_OPTIONS and value != "-":
            sql.append(read(value) or f".read {value}")
        elif not a.startswith("-"):
            plain.append(a)
        i += 1
    if name in FILE_CLIENTS:
        database = plain[0] if plain and plain[0] != ":memory:" else None
        return database, sql + plain[1:]
    return None, sql
