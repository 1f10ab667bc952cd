"""Reporting stage: dossiers (HTML, PDF, Markdown), exports, evidence packages and imports."""

from factfinder.report.outputs import write_demo_outputs, write_export, write_report

__all__ = ["write_demo_outputs", "write_export", "write_report"]
