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

__all__ = ["readable_parts"]

_FS_READS = (r"(?:readFileSync|readFile|readdirSync|readdir|existsSync|statSync|lstatSync|createReadStream|"
             r"promises\s*\.\s*readFile)")
_NODE_REQUIRE = re.compile(
    r"\b(?:const|let|var)\s+(?P<name>[A-Za-z_$][\w$]*)\s*=\s*require\(\s*(?P<q>['\"])(?:node:)?(?P<mod>fs|path)(?P=q)"
    r"\s*\)")
_NODE_DESTRUCTURED = re.compile(
    r"\b(?:const|let|var)\s*\{(?P<names>[\s\w,]*)\}\s*=\s*require\(\s*(?P<q>['\"])(?:node:)?fs(?P=q)\s*\)")
_NODE_INLINE = re.compile(rf"\brequire\(\s*(?P<q>['\"])(?:node:)?fs(?P=q)\s*\)(?=\s*\.\s*{_FS_READS}\b)")
_NODE_OUTPUT = re.compile(r"\bprocess\s*\.\s*(?:stdout|stderr)\s*\.\s*write\b")
_NODE_AROUND = re.compile(r"\b(?:Function|constructor|globalThis|global|Reflect|import|module|__proto__|"
                          r"WebAssembly|Worker|vm)\b|\bprocess\b(?!\s*\.\s*(?:argv|exit|env)\b)")

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
    if _NODE_AROUND.search(rest):
        return text
    for name in names:  # the fs module's name is only ever followed by a function that reads
        uses = re.finditer(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", rest)
        if any(not re.match(rf"\s*\.\s*{_FS_READS}\b", rest[u.end() :]) for u in uses):
            return text
    return rest
