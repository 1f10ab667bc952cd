"""Statement triggers (how an actor responded): condemn, criticize, concern, demand, deny, silence.

Policy: a negated condemnation, criticism, comment or response ("has not yet spoken
out", "has not condemned", "declined to comment") is a no_public_statement claim; other
negated statements ("did not deny") keep their type with negated=True. A stance word
inside reported speech ("X said Moscow was concerned", "no reason to believe") is the
speaker's statement. "Should demand/condemn" in someone's words is that speaker's demand.
"""

from __future__ import annotations

from factfinder.extract.statements.scan import find_statements

__all__ = ["find_statements"]
