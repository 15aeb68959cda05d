"""exfilwatch: catch apps sending biometric data, viewing history and device identifiers."""

__version__ = "0.1.0"
