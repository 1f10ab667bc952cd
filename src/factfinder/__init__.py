"""factfinder: a fact-finding workbench for human-rights monitors."""

__version__ = "0.1.0"
