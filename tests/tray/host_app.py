"""The app itself, `python -m gui` as installed, with a shorter wait for the tray host.

`python host_app.py WAIT_MS ARGS...` runs the app with ARGS; where it would wait 30 s for a tray host
before it shows its window, it waits WAIT_MS.
"""

from __future__ import annotations

import sys

import gui.tray.presence
from gui.__main__ import main

if __name__ == "__main__":
    gui.tray.presence.HOST_WAIT_MS = int(sys.argv[1])
    sys.exit(main(sys.argv[2:]))
