"""Errors that end a command with a clear message and a fixed exit status."""


class InputError(Exception):
    """Bad input: a file the user gave us is wrong. Exit status 2, nothing published.

    The message always names the file, and where known the line and field, so
    the user can open the file and fix it.
    """

    exit_status = 2

    def __init__(self, path: object, message: str, line: int | None = None, field: str | None = None):
        self.path = str(path)
        self.line = line
        self.field = field
        self.detail = message
        where = self.path
        if line is not None:
            where += f":{line}"
        if field:
            where += f": field '{field}'"
        super().__init__(f"{where}: {message}")


class RunError(Exception):
    """The run itself failed (disk full, unwritable folder mid-run...). Exit status 1."""

    exit_status = 1
