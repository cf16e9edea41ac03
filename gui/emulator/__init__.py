"""A Pieces OS emulator: a real HTTP server on 127.0.0.1 for the demo mode, tests and benchmarks."""

from .faults import Fault, FaultKind
from .recorder import RecordedRequest
from .server import Emulator

__all__ = ["Emulator", "Fault", "FaultKind", "RecordedRequest"]
