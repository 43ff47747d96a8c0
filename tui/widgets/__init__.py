"""Widgets of the browser, one per module."""
