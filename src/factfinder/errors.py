"""The one exception hierarchy that the CLI and the API turn into a single clear message."""


class FactfinderError(Exception):
    """Base of every error factfinder reports to a user instead of a traceback."""


class InputError(FactfinderError):
    """The user's input cannot be used: empty, unreadable, unsupported, malformed or unreachable."""


class IntegrityError(FactfinderError):
    """Preserved evidence or a hash chain does not match what was recorded."""


class NotFound(FactfinderError):
    """A record the user named does not exist."""


class AccessDenied(FactfinderError):
    """The user's role does not allow what was asked."""
