"""The command line: the options, `--status` and the probe that asks an address who answers there."""
