#!/usr/bin/env bash
# System packages the tests use: Chromium and Firefox ESR (extension tests), LibreOffice (resume rendering/PDF),
# poppler (PDF -> PNG), PostgreSQL (second storage backend), Node.js 20+ with npm (extension lint and
# unit tests). Installs what is missing (root or sudo).
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v firefox-esr >/dev/null || need+=(firefox-esr)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v runuser >/dev/null || need+=(util-linux)
command -v npm >/dev/null || need+=(nodejs npm)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo"; else
  echo "Missing system packages: ${need[*]}. Install them (apt-get install ${need[*]}) and rerun." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
