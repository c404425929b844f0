"""Read passphrases and recovery keys: from a file (`-` = standard input) or a prompt.

Never from an argument value or the environment, where other users and shell history see them.
"""

from __future__ import annotations

import getpass
import sys
import unicodedata

from safecase.domain.errors import InvalidInput


class SecretReader:
    def __init__(self) -> None:
        self._stdin_lines: list[str] | None = None

    def _from_file(self, path: str) -> str:
        if path == "-":
            # Several secrets may come through standard input, one per line.
            if self._stdin_lines is None:
                self._stdin_lines = sys.stdin.read().split("\n")
            if not self._stdin_lines:
                raise InvalidInput("standard input ran out of lines")
            return self._stdin_lines.pop(0).removesuffix("\r")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except UnicodeDecodeError as exc:
            raise InvalidInput("passphrase file is not UTF-8 text") from exc
        except FileNotFoundError as exc:
            raise InvalidInput("passphrase file not found") from exc
        # Only the line ending an editor adds is dropped; spaces are part of the passphrase.
        return text.removesuffix("\n").removesuffix("\r")

    def read(self, source: str | None, prompt: str) -> bytearray:
        text = self._from_file(source) if source else getpass.getpass(prompt)
        return bytearray(unicodedata.normalize("NFC", text).encode("utf-8"))

    def read_new(self, source: str | None, prompt: str) -> bytearray:
        """A new passphrase: typed twice when interactive."""
        first = self.read(source, prompt)
        if source is None:
            second = self.read(None, "Repeat the new passphrase: ")
            if first != second:
                raise InvalidInput("the two passphrases differ")
        if not first:
            raise InvalidInput("an empty passphrase is not allowed")
        return first

    def read_text(self, source: str | None, prompt: str) -> str:
        if source:
            return self._from_file(source).strip()
        return getpass.getpass(prompt).strip()
