"""Pieces Allocations: a desktop manager and tray status monitor for Pieces OS personal-cloud allocations."""

__version__ = "0.1.0"
