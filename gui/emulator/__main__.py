"""Command line: serve an emulated Pieces OS until SIGINT/SIGTERM (`python -m gui.emulator`)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from .server import Emulator

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pieces-os-emulator",
        description="Serve an emulated Pieces OS (allocations, user, well-known) on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free one)")
    parser.add_argument("--allocations", type=int, default=3, help="how many allocations (default: 3)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data (default: 0)")
    parser.add_argument("--signed-out", action="store_true", help="start with nobody signed in")
    parser.add_argument(
        "--connect-delay", type=float, default=3.0, help="seconds a connect stays PENDING (default: 3)"
    )
    parser.add_argument("--fail-connect", action="store_true", help="the first connect fails with a 500")
    parser.add_argument("--migrating", action="store_true", help="health answers 'migrating'")
    parser.add_argument("--update-required", action="store_true", help="data routes answer 593")
    parser.add_argument("--pieces-version", default="12.6.0", help="the version Pieces OS reports")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.allocations < 0:
        _parser().error("--allocations must be 0 or more")
    stop = threading.Event()

    def _on_signal(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    emulator = Emulator(
        port=args.port,
        allocations=args.allocations,
        seed=args.seed,
        signed_in=not args.signed_out,
        connect_delay=args.connect_delay,
        version=args.pieces_version,
    )
    if args.fail_connect:
        emulator.fail_next_connect()
    if args.migrating:
        emulator.set_health("migrating")
    emulator.set_update_required(args.update_required)
    # Handlers first, so a signal that comes the moment the URL is printed still ends cleanly.
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            emulator.start()
        except OSError as error:
            print(f"pieces-os-emulator: cannot listen on 127.0.0.1:{args.port}: {error}", file=sys.stderr)
            return 1
        print(emulator.url, flush=True)
        who = "nobody signed in" if args.signed_out else f"user {emulator.user_id} signed in"
        print(
            f"Pieces OS {args.pieces_version} emulator: {args.allocations} allocation(s), {who}; "
            "Ctrl+C to stop.",
            flush=True,
        )
        while not stop.wait(1.0):
            pass
    finally:
        emulator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
