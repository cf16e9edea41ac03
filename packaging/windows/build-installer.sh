#!/usr/bin/env bash
# Windows (Git Bash): the PyInstaller bundle, then the Inno Setup installer. Needs Inno Setup 6 (iscc).
# Run after scripts/setup's equivalent (a .venv with the app); .github/workflows/installers.yml runs it.
# The last line printed is the installer's path.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/Scripts/python.exe}
ISCC=${ISCC:-iscc}
PYINSTALLER_VERSION=6.22.3
out=build/windows
mkdir -p "$out"

"$PYTHON" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
read -r version app_id < <("$PYTHON" -c \
    'from gui import __version__; from gui.desktop.appid import APP_ID; print(__version__, APP_ID)' | tr -d '\r')
"$PYTHON" packaging/icons.py ico "$out/app.ico"
"$PYTHON" scripts/translations build
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath "$out/dist" --workpath "$out/work" \
    packaging/windows/pieces-allocations.spec >&2
# Start it once, headless, on the demo: a bundle that misses a module fails here, not on a user's PC.
QT_QPA_PLATFORM=offscreen "$out/dist/pieces-allocations/pieces-allocations.exe" --demo --quit-after-ms 3000
"$ISCC" /Q "/DAppVersion=$version" "/DAppId=$app_id" packaging/windows/pieces-allocations.iss >&2
echo "$out/pieces-allocations-$version-setup.exe"
