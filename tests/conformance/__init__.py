"""Conformance of the emulator and our models to the official SDK, pieces_os_client 5.0.1 (test-only)."""
