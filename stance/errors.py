"""Small named exceptions; their messages name the file, key or line at fault."""


class StanceError(Exception):
    """Base class of every error the tool reports to the user (exit code 2)."""


class InputError(StanceError):
    """An input article, corpus or manifest cannot be read as asked."""


class ConfigError(StanceError):
    """A config file, label scheme or option has a wrong key, type or value."""


class OutputError(StanceError):
    """An output cannot be written (exists without --force, not writable)."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a run; the message says what was kept (exit code 130)."""
