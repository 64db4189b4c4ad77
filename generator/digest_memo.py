"""A detector's answers kept from build to build in the state, keyed by digest (`DigestMemo`).

The gate's allowed-token memo (`scan.TokenMemo`) and the check index's older-code memo (`check.AliasMemo`)
keep what the leak detector found in a value, so that an update runs the detector on the values it has not
seen only. Values are held as keyed 128-bit digests, never as written (a withheld identifier may hold a
person's number); one file per code version (the detector's answer depends on the code alone).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any


class DigestMemo:
    """Entries by keyed digest, read from `path` (a damaged file is an empty memo) and saved with the
    entries this build used. A subclass names its file (`prefix`) and says how an entry is a table's row
    (`_entries`, `_table`)."""

    prefix = ""  # the memo's file name before its code version: <prefix><code>.parquet

    def __init__(self, path: Path | None, key: bytes) -> None:
        self.path, self.key = path, key[:64]
        self.known: dict[bytes, Any] = {}
        self.used: set[bytes] = set()
        self.read = 0  # entries of the file as read: an update that uses exactly these need not write it again
        if path is not None and path.is_file():
            import pyarrow as pa
            import pyarrow.parquet as pq

            try:
                self.known = self._entries(pq.read_table(path).to_pydict())
                self.read = len(self.known)
            except (OSError, KeyError, ValueError, pa.ArrowException):
                self.known = {}  # a damaged memo is an empty one

    def digest(self, value: str) -> bytes:
        """The keyed digest `value` is kept under."""
        return hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=16, key=self.key).digest()

    def _entries(self, table: dict[str, list[Any]]) -> dict[bytes, Any]:
        raise NotImplementedError

    def _table(self, digests: list[bytes]) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        """Keep the entries of the values this build used (written whole, owner-only).

        Not written when they are exactly the entries read (no value new, none gone: the file
        would be the same rows), as in most updates; it was rewritten whole in every build (4 of
        the 38 CPU s of a 1% update at 3x10^4 entities, under the profiler). The files of earlier
        code versions are removed.
        """
        if self.path is None:
            return
        if self.read and len(self.known) == self.read == len(self.used) and self.path.is_file():
            return  # every entry read was used and none added: the same file
        import pyarrow.parquet as pq

        table = self._table(sorted(self.used))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        spare = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        pq.write_table(table, spare)
        os.chmod(spare, 0o600)
        os.replace(spare, self.path)
        for other in self.path.parent.glob(f"{self.prefix}*.parquet"):  # of code versions before this one
            if other != self.path:
                other.unlink(missing_ok=True)
