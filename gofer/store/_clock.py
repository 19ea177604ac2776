"""The database's own clock in SQL, SQLite and PostgreSQL alike.

A command (a watch-mode heartbeat above all) is stamped by the database when it is sent and aged by the database
when it is taken, so its age is read against one clock: the API server that sends it and the worker that takes it
may run on other machines whose clocks are off by minutes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from gofer.store.tables import UtcDateTime

__all__ = ["db_after", "db_now", "seconds_since"]


class db_now(FunctionElement[Any]):
    """The database's current time, as a timestamp the column type ``UtcDateTime`` reads back."""

    type = UtcDateTime()
    inherit_cache = True


class db_after(FunctionElement[Any]):
    """The database's current time plus ``seconds``, as :class:`db_now` writes it (so the two compare)."""

    type = UtcDateTime()
    inherit_cache = True

    def __init__(self, seconds: float) -> None:
        super().__init__(literal(float(seconds), Float()))


class seconds_since(FunctionElement[float]):
    """Seconds from a timestamp column to the database's current time (negative for one in its future)."""

    type = Float()
    inherit_cache = True

    def __init__(self, stamp: ColumnElement[Any]) -> None:
        super().__init__(stamp)


@compiles(db_now, "sqlite")
def _sqlite_now(element: db_now, compiler: Any, **kw: Any) -> str:
    # SQLite's time to the millisecond, in the layout SQLAlchemy writes (six digits of fractional seconds).
    return "(strftime('%Y-%m-%d %H:%M:%f', 'now') || '000')"


@compiles(db_now, "postgresql")
def _pg_now(element: db_now, compiler: Any, **kw: Any) -> str:
    return "statement_timestamp()"


@compiles(db_after, "sqlite")
def _sqlite_after(element: db_after, compiler: Any, **kw: Any) -> str:
    (seconds,) = element.clauses
    return (f"(strftime('%Y-%m-%d %H:%M:%f', 'now', printf('%+.3f seconds', {compiler.process(seconds, **kw)}))"
            " || '000')")


@compiles(db_after, "postgresql")
def _pg_after(element: db_after, compiler: Any, **kw: Any) -> str:
    (seconds,) = element.clauses
    return (f"(statement_timestamp() + make_interval(secs => CAST({compiler.process(seconds, **kw)} "
            "AS DOUBLE PRECISION)))")


@compiles(seconds_since, "sqlite")
def _sqlite_seconds_since(element: seconds_since, compiler: Any, **kw: Any) -> str:
    (stamp,) = element.clauses
    return f"((julianday('now') - julianday({compiler.process(stamp, **kw)})) * 86400.0)"


@compiles(seconds_since, "postgresql")
def _pg_seconds_since(element: seconds_since, compiler: Any, **kw: Any) -> str:
    (stamp,) = element.clauses
    return f"CAST(EXTRACT(EPOCH FROM (statement_timestamp() - {compiler.process(stamp, **kw)})) AS DOUBLE PRECISION)"
