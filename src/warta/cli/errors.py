"""The one user-error type of the command line (its own module, so that running
`python -m warta.cli.main` still catches what the command modules raise)."""

from __future__ import annotations


class CliError(Exception):
    """A user error: printed as one line with a hint, exit status 2."""

    def __init__(self, reason: str, hint: str = "") -> None:
        super().__init__(reason)
        self.reason, self.hint = reason, hint
