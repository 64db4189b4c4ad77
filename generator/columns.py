"""How the validated rows' columns are held in memory: the input file's name once per file (issue 19).

Every row of every kind carries the name of the input file it came from (`_file`), to name the file in
the staff report's problems and in the gate's findings. Held as text, each row holds its own copy of
the name plus an 8-byte offset: at the end of validation the largest single column of the frames
(`bench/arrow_by_column.py`: 8 % of the frames' Arrow bytes at 10^4 entities, 1-2 distinct values per
kind), carried through de-identification and the rules into every decided frame. As a pandas
`category` each distinct name is held once and each row holds a one-byte code.

Validation's checks across rows (`_KindChecker.finish`, whichever way the rows were checked) make
each kind's accepted rows with `_file` a category. Every reader of `_file` after that reads it as
values (`tolist()`, `iloc`, `at`, `==`, `astype(str)`, `groupby(sort=True)` over sorted categories,
`unique()`), which give the same Python strings either way; no writer publishes it. The categories are
the sorted distinct names (`astype("category")`), so an order by `_file` is the order of the names.
"""

from __future__ import annotations

import pandas as pd

from generator.contract import FILE

# The columns held as categories: the input file's name (one per file, repeated on each of its rows).
REPEATED_COLUMNS = (FILE,)


def as_categories(frame: pd.DataFrame, columns: tuple[str, ...] = REPEATED_COLUMNS) -> None:
    """Hold `frame`'s text columns named in `columns` as pandas categories, in place (the same values)."""
    for column in columns:
        if column in frame.columns and frame[column].dtype == "str":
            frame[column] = frame[column].astype("category")
