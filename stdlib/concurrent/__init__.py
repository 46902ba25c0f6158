"""Concurrent execution (pyth stdlib)."""
