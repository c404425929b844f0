"""The failed-unlock policy: a growing wait after wrong passphrases, and an optional erase.

What it protects against, and what not (also in SECURITY.md):
- it slows down someone guessing passphrases AT THE KEYBOARD of this computer (a colleague, a
  thief, an officer trying "the obvious ones"). After 1, 2, 3, 4, 5 … failures the next attempt
  must wait 0, 1, 2, 4, 8 … seconds, capped at `max_delay_s` (60 s by default);
- optionally (OFF by default, with warnings in the settings) the key slots are destroyed after
  `erase_after` consecutive failures (crypto-erase, `services.erase`). This can be triggered by
  anyone who can type, on purpose, and destruction of data during a search may itself carry
  legal risk: it is for people who have decided that risk is worth taking;
- it does NOT protect against offline guessing: anyone with a copy of the disk ignores this file
  (or resets it: it is a plain file in the config directory, readable and writable by the
  user). Offline guessing is what Argon2id (memory-hard, ~1 s per guess) addresses.

The counter lives in a small pre-unlock state file in the app's config directory. It holds NO
case data and nothing about the vault: only a format tag, the number of consecutive failures
and the time of the last one. Rules carried here:
- the attempt is counted BEFORE the key derivation starts and forgiven only on success (or
  when the attempt failed for another reason than the passphrase), so killing the app while a
  guess is being checked does not avoid the count;
- time comes from an injected `Clock` (wall time, because the state outlives the process); a
  clock set backwards never shortens a wait;
- only `WrongPassphrase` counts: a damaged vault, a vault in use or a missing one are not
  guesses. Recovery keys (256-bit, not guessable) are not counted either, so a typo in one can
  never erase the vault;
- if the state file cannot be written (read-only or full disk), the in-memory state still
  applies for the life of the process; the failure is logged by type only.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from safecase.domain.clock import Clock
from safecase.domain.errors import SafeCaseError, WrongPassphrase
from safecase.services import vault as vault_service
from safecase.services.erase import EraseReport, erase_vault_keys
from safecase.storage.files import atomic_write

log = logging.getLogger(__name__)

STATE_FILE_NAME = "unlock-state.json"
STATE_FORMAT = "safecase-unlock-state"
STATE_VERSION = 1
MAX_STATE_BYTES = 4096
DEFAULT_FIRST_DELAY_S = 1.0
DEFAULT_MAX_DELAY_S = 60.0
# "Erase after N failures" below this would erase on a bad morning's typos.
MIN_ERASE_AFTER = 5
MAX_ERASE_AFTER = 100
# The first failure is free (one typo costs nothing); after that the wait doubles.
FREE_FAILURES = 1
_STATE_FIELDS = frozenset({"format", "version", "failures", "last_failure"})


class UnlockDelayed(SafeCaseError):
    """Too many wrong passphrases: wait `remaining_s` seconds before the next attempt."""

    def __init__(self, remaining_s: float) -> None:
        super().__init__(f"next attempt allowed in {remaining_s:.0f} s")
        self.remaining_s = remaining_s


class VaultErased(SafeCaseError):
    """The configured number of wrong passphrases was reached and the key slots were destroyed."""


@dataclass(frozen=True, slots=True)
class UnlockPolicy:
    first_delay_s: float = DEFAULT_FIRST_DELAY_S
    max_delay_s: float = DEFAULT_MAX_DELAY_S
    erase_after: int | None = None
    """None (the default): never erase."""

    def __post_init__(self) -> None:
        if not 0 <= self.first_delay_s <= self.max_delay_s:
            raise ValueError("delays must satisfy 0 <= first <= max")
        if self.erase_after is not None and not (
            MIN_ERASE_AFTER <= self.erase_after <= MAX_ERASE_AFTER
        ):
            raise ValueError(f"erase_after must be between {MIN_ERASE_AFTER} and {MAX_ERASE_AFTER}")

    def delay_after(self, failures: int) -> float:
        """Seconds to wait before the next attempt after `failures` consecutive failures."""
        steps = failures - FREE_FAILURES
        if steps <= 0:
            return 0.0
        return float(min(self.max_delay_s, self.first_delay_s * 2 ** min(steps - 1, 32)))


@dataclass(frozen=True, slots=True)
class GuardState:
    failures: int = 0
    last_failure: datetime | None = None

    def to_bytes(self) -> bytes:
        doc = {
            "format": STATE_FORMAT,
            "version": STATE_VERSION,
            "failures": self.failures,
            "last_failure": self.last_failure.isoformat() if self.last_failure else None,
        }
        return json.dumps(doc, sort_keys=True).encode("ascii") + b"\n"

    @classmethod
    def parse(cls, untrusted: bytes) -> GuardState:
        """Strict; raises ValueError on anything unexpected."""
        if len(untrusted) > MAX_STATE_BYTES:
            raise ValueError("state file too large")
        doc = json.loads(untrusted.decode("ascii"))
        if not isinstance(doc, dict) or set(doc) != {
            "format",
            "version",
            "failures",
            "last_failure",
        }:
            raise ValueError("unexpected fields")
        if doc["format"] != STATE_FORMAT or doc["version"] != STATE_VERSION:
            raise ValueError("unknown format")
        failures, last = doc["failures"], doc["last_failure"]
        if not isinstance(failures, int) or isinstance(failures, bool) or not 0 <= failures < 10**6:
            raise ValueError("bad count")
        when: datetime | None = None
        if last is not None:
            if not isinstance(last, str):
                raise ValueError("bad time")
            when = datetime.fromisoformat(last)
            if when.tzinfo is None:
                raise ValueError("time without zone")
        return cls(failures, when)


class UnlockGuard:
    """Wraps unlocking with the policy. Thread-safe: the GUI unlocks on a worker thread."""

    def __init__(
        self,
        state_path: Path,
        clock: Clock,
        policy: UnlockPolicy | None = None,
        *,
        eraser: Callable[[Path], EraseReport] = erase_vault_keys,
    ) -> None:
        self._path = state_path
        self._clock = clock
        self._policy = policy or UnlockPolicy()
        self._eraser = eraser
        self._mutex = threading.Lock()
        self._state = self._load()

    @classmethod
    def in_config_dir(
        cls, config_dir: Path, clock: Clock, policy: UnlockPolicy | None = None
    ) -> UnlockGuard:
        return cls(config_dir / STATE_FILE_NAME, clock, policy)

    @property
    def policy(self) -> UnlockPolicy:
        return self._policy

    def set_policy(self, policy: UnlockPolicy) -> None:
        with self._mutex:
            self._policy = policy

    @property
    def state_path(self) -> Path:
        return self._path

    @property
    def failures(self) -> int:
        with self._mutex:
            return self._current().failures

    # -- state ---------------------------------------------------------------------------------

    def _load(self) -> GuardState:
        try:
            untrusted = self._path.read_bytes()
        except FileNotFoundError:
            return GuardState()
        except OSError as exc:
            log.warning("unlock state unreadable: %s", type(exc).__name__)
            return GuardState()
        try:
            return GuardState.parse(untrusted)
        except (ValueError, UnicodeDecodeError):
            # Someone with access to the files can reset it anyway; never erase because of it.
            log.warning("unlock state malformed; starting again")
            return GuardState()

    def _current(self) -> GuardState:
        """The stricter of what is in memory and what is on disk (another process counts too)."""
        on_disk = self._load()
        if on_disk.failures > self._state.failures:
            self._state = on_disk
        return self._state

    def _save(self, state: GuardState) -> None:
        self._state = state
        try:
            if state.failures == 0:
                with contextlib.suppress(FileNotFoundError):
                    self._path.unlink()
            else:
                self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                atomic_write(self._path, state.to_bytes())
        except OSError as exc:
            log.warning("unlock state not saved: %s", type(exc).__name__)

    # -- policy --------------------------------------------------------------------------------

    def _remaining(self, state: GuardState) -> float:
        delay = self._policy.delay_after(state.failures)
        if delay <= 0 or state.last_failure is None:
            return 0.0
        elapsed = (self._clock.now() - state.last_failure).total_seconds()
        if elapsed < 0:
            return delay  # the clock went backwards: never shorten the wait
        return max(0.0, delay - elapsed)

    def remaining_delay_s(self) -> float:
        with self._mutex:
            return self._remaining(self._current())

    def check_allowed(self) -> None:
        remaining = self.remaining_delay_s()
        if remaining > 0:
            raise UnlockDelayed(remaining)

    def reset(self) -> None:
        with self._mutex:
            self._save(GuardState())

    def unlock(self, root: Path, passphrase: bytearray) -> vault_service.OpenVault:
        """`vault.unlock` under the policy. Raises `UnlockDelayed` without trying while a wait
        is due, `VaultErased` when this failure reached the erase threshold."""
        with self._mutex:
            before = self._current()
            remaining = self._remaining(before)
            if remaining > 0:
                raise UnlockDelayed(remaining)
            # Counted before the key derivation starts: killing us mid-guess does not help.
            self._save(GuardState(before.failures + 1, self._clock.now()))
        try:
            vault = vault_service.unlock(root, passphrase)
        except WrongPassphrase as exc:
            self._on_wrong_passphrase(root, before.failures + 1, exc)
            raise
        except BaseException:
            with self._mutex:
                self._save(before)  # not a guess: forgive the count taken in advance
            raise
        with self._mutex:
            self._save(GuardState())
        return vault

    def _on_wrong_passphrase(self, root: Path, failures: int, exc: WrongPassphrase) -> None:
        with self._mutex:
            erase_after = self._policy.erase_after
            self._save(GuardState(failures, self._clock.now()))
            if erase_after is None or failures < erase_after:
                return
            log.warning("failed-unlock limit reached: erasing the key slots")
            try:
                self._eraser(root)
            finally:
                self._save(GuardState())
        raise VaultErased("key slots destroyed after too many wrong passphrases") from exc
