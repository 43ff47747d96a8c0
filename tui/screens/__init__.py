"""Screens of the browser (modal views over the main panes), one per module."""
