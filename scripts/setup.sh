#!/usr/bin/env bash
# Installs everything gofer needs on a fresh Debian 12 machine with Python 3.11:
# the Debian packages (Chromium, bubblewrap, slirp4netns, PostgreSQL, Redis, poppler) and a .venv with gofer.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
APT_PACKAGES="chromium bubblewrap slirp4netns poppler-utils postgresql redis-server fonts-dejavu-core procps
  libreoffice-writer libreoffice-impress libreoffice-calc"
if command -v apt-get >/dev/null 2>&1; then
  missing=""
  for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "installing Debian packages:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
  fi
else
  echo "warning: apt-get not found; install these yourself: $APT_PACKAGES" >&2
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[dev,scale]"
echo "gofer is installed: .venv/bin/gofer (try: .venv/bin/gofer demo shopping)"
