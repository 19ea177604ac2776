"""Code in node, perl or ruby that only reads files and prints: the command judge reads these languages by their
words (:func:`command_risk.risky_code`), and a word such as ``require`` or ``open`` asks even in a script that only
reads a JSON file. Here the few ways of reading the judge can be sure of are set aside before the words are read:

- node: ``const fs = require('fs')`` (``node:fs``; or ``const { readFileSync } = require('fs')``) whose name is only
  ever followed by a reading function (``.readFileSync``, ``.readFile``, ``.existsSync``, ...), ``require('path')``,
  ``process.stdout.write``;
- perl: a three-argument ``open`` whose mode is a literal ``<`` (``'<:encoding(UTF-8)'`` too), and the message of a
  ``die`` or ``warn`` that interpolates only plain variables;
- ruby: ``File.open(name)`` or ``File.open(name, 'r')``, ``require`` of a few standard libraries (json, csv, set,
  date, time).

Anything else that :func:`command_risk.risky_code` finds still asks, and so does a node script that names the
language's ways round its words (``Function``, ``constructor``, ``process`` beyond its arguments and output,
``globalThis``, ``Reflect``, ``import``)."""

from __future__ import annotations

import re

__all__ = ["JS", "readable_parts", "ways_round"]

_FS_READS = (r"(?:readFileSync|readFile|readdirSync|readdir|existsSync|statSync|lstatSync|createReadStream|"
             r"promises\s*\.\s*readFile)")
_NODE_REQUIRE = re.compile(
    r"\b(?:const|let|var)\s+(?P<name>[A-Za-z_$][\w$]*)\s*=\s*require\(\s*(?P<q>['\"])(?:node:)?(?P<mod>fs|path)(?P=q)"
    r"\s*\)")
_NODE_DESTRUCTURED = re.compile(
    r"\b(?:const|let|var)\s*\{(?P<names>[\s\w,]*)\}\s*=\s*require\(\s*(?P<q>['\"])(?:node:)?fs(?P=q)\s*\)")
_NODE_INLINE = re.compile(rf"\brequire\(\s*(?P<q>['\"])(?:node:)?fs(?P=q)\s*\)(?=\s*\.\s*{_FS_READS}\b)")
_NODE_OUTPUT = re.compile(r"\bprocess\s*\.\s*(?:stdout|stderr)\s*\.\s*write\b")
_NODE_AROUND = re.compile(
    r"\b(?:Function|globalThis|global|Reflect|import|__proto__|WebAssembly|Worker|eval)\b|"
    r"\b(?:vm|net|tls|dgram|dns|inspector|repl|cluster|worker_threads|wasi)\s*\.|\.\s*constructor\b|\[\s*['\"`]\s*(?:constructor|__proto__)|"
    r"\bmodule\b(?!\s*\.\s*exports\b)|\bprocess\b(?!\s*\.\s*(?:argv|exit|exitCode|env|stdout|stderr|stdin|cwd|"
    r"platform|arch|version|versions|pid|hrtime|memoryUsage|uptime|nextTick|on|once|title)\b)")
"""Ways node code reaches modules or runs code built at run time without a risky word: the global object, the
``Function`` constructor (also as ``x.constructor``), the module loader (``module.constructor._load``), the
process's bindings, ``vm``, the network modules an ``-e`` line sees as globals."""
_JS_TEXT = re.compile(r"//[^\n]*|/\*.*?\*/|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"", re.S)
JS = ("node", "nodejs", "deno", "bun", "tsx", "ts-node")
"""Interpreters of JavaScript (or TypeScript), whose code :func:`ways_round` reads."""

_PERL_READ_OPEN = re.compile(
    r"\bopen\s*\(?\s*(?:my\s+)?(?:\$\w+|[A-Z]\w*)\s*,\s*(?P<q>['\"])<(?::[\w()-]+)*\s*(?P=q)\s*,")
_PERL_MESSAGE = re.compile(
    r"\b(?:die|warn)\s*\(?\s*(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\$@]|\\.|\$(?:\w+|!)(?![\[{]|->))*\")")

_RUBY_READ_OPEN = re.compile(
    r"\bFile\s*\.\s*open\s*\(\s*(?:'[^'\\]*'|\"[^\"\\#]*\"|[\w.]+(?:\[\d+\])?)\s*"
    r"(?:,\s*(?P<q>['\"])r[bt]?(?::[\w-]+)?(?P=q)\s*)?\)")
_RUBY_REQUIRE = re.compile(r"\brequire\s*\(?\s*(?P<q>['\"])(?:json|csv|set|date|time)(?P=q)\s*\)?")


def readable_parts(text: str, interpreter: str) -> str:
    """``text`` with the ways of reading files that ``interpreter`` (node, perl, ruby) certainly only reads blanked
    out, for the word judge to read what remains; ``text`` itself when it holds a way round those words (a node
    file-system name used for anything but reading)."""
    if interpreter in ("node", "nodejs"):
        return _node(text)
    if interpreter == "perl":
        return _blank(_blank(text, _PERL_READ_OPEN), _PERL_MESSAGE)
    if interpreter == "ruby":
        return _blank(_blank(text, _RUBY_READ_OPEN), _RUBY_REQUIRE)
    return text


def ways_round(text: str) -> re.Match[str] | None:
    """Where JavaScript ``text`` reaches modules or runs code by a way that names no risky word (comments and the
    insides of quoted strings aside, but a quoted ``'constructor'`` key counts), or None."""
    code = _JS_TEXT.sub(lambda m: m.group(0)[:1] + " " * (len(m.group(0)) - 2) + m.group(0)[-1:]
                        if m.group(0)[:1] in "'\"" else " " * len(m.group(0)), text)
    return _NODE_AROUND.search(code) or re.search(r"\[\s*['\"`]\s*(?:constructor|__proto__)", text)


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _node(text: str) -> str:
    names: list[str] = []
    for m in _NODE_DESTRUCTURED.finditer(text):
        if not all(re.fullmatch(_FS_READS, n.strip()) for n in m.group("names").split(",") if n.strip()):
            return text  # a writing function (or a renamed one) taken from fs
    for m in _NODE_REQUIRE.finditer(text):
        if m.group("mod") == "fs":
            names.append(m.group("name"))
    rest = text
    for pattern in (_NODE_REQUIRE, _NODE_DESTRUCTURED, _NODE_INLINE, _NODE_OUTPUT):
        rest = _blank(rest, pattern)
    if ways_round(rest):
        return text
    for name in names:  # the fs module's name is only ever followed by a function that reads
        uses = re.finditer(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", rest)
        if any(not re.match(rf"\s*\.\s*{_FS_READS}\b", rest[u.end() :]) for u in uses):
            return text
    return rest
