"""The running app: bootstrap, controller, logs, crash reports, diagnostics, help and the demo."""
