#!/usr/bin/env bash
# Installs the Debian packages the service and its test suite need, when they are missing.
# With arguments, installs only those groups: node | pdf | ocr | browser | postgresql | mail.
set -euo pipefail

want=("${@:-node pdf ocr browser postgresql mail}")
missing=()
for group in ${want[*]}; do
  case "$group" in
    node) command -v npm >/dev/null || missing+=(nodejs npm) ;;
    browser) [ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation) ;;
    postgresql) compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql) ;;
    mail) [ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd) ;;
    ocr) [ -x /usr/bin/tesseract ] || missing+=(tesseract-ocr tesseract-ocr-eng) ;;
    pdf) ldconfig -p | grep -q libpangoft2-1.0 || missing+=(libpango-1.0-0 libpangoft2-1.0-0 fonts-liberation) ;;
    *) echo "unknown package group: $group" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root or install sudo to add: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
