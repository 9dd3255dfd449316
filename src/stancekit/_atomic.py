"""Writes that cannot lose data: a temporary file in the same directory, renamed into place.

Every file stancekit writes (JSON Lines, ``-o`` output, DNA databases, cluster partitions)
goes through :func:`atomic_path` or :func:`atomic_write`:

- the data go to a fresh temporary file beside the target (same directory, so the rename
  is atomic; a unique name, so a user's own ``X.part`` is never touched);
- the file is flushed and fsynced, then renamed over the target: a reader sees the old file
  or the complete new one, never a half-written file, whatever happens (an exception,
  Ctrl-C, a crash, a full disk);
- an existing target (a file, a symlink, even a dangling one) is replaced only with
  ``overwrite=True``, and only once the new file is complete; on any failure the temporary
  file is removed and the target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

__all__ = ["TargetExistsError", "atomic_path", "atomic_write"]


class TargetExistsError(FileExistsError):
    """The target exists (or is a symlink, even a dangling one) and overwriting was not asked."""


def _check_target(target: Path, overwrite: bool) -> None:
    # lexists: a dangling symlink is something the user put there too.
    if not overwrite and os.path.lexists(target):
        raise TargetExistsError(17, "already exists", os.fspath(target))
    if os.path.isdir(target):
        raise IsADirectoryError(21, "is a directory", os.fspath(target))


def _mode_for(target: Path) -> int:
    """Permissions of the new file: the replaced file's, else what ``open()`` would give."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory descriptors
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a fresh temporary path beside *path*; on success rename it to *path*.

    The caller writes the whole file at the yielded path (for instance an SQLite database)
    and closes it before the block ends.

    Raises:
        TargetExistsError: when *path* exists (or is a symlink) and *overwrite* is false;
            checked before anything is written and again just before the rename.
        IsADirectoryError: when *path* is a directory.
        OSError: when the temporary file cannot be created, synced or renamed.
    """
    target = Path(path)
    _check_target(target, overwrite)
    directory = target.parent
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    temporary = Path(name)
    try:
        try:
            os.fchmod(fd, _mode_for(target))
        finally:
            os.close(fd)
        yield temporary
        with open(temporary, "rb+") as f:
            os.fsync(f.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            # link() fails if the target appeared meanwhile: never replace what is not ours.
            try:
                os.link(temporary, target)
            except FileExistsError:
                raise TargetExistsError(17, "already exists", os.fspath(target)) from None
            except OSError:  # file systems without hard links
                _check_target(target, overwrite)
                os.replace(temporary, target)
            else:
                temporary.unlink()
        _fsync_dir(directory)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, overwrite: bool = False) -> Iterator[TextIO]:
    """Open a UTF-8 text file (``\\n`` line ends) that replaces *path* only once complete.

    Raises:
        TargetExistsError: when *path* exists and *overwrite* is false.
        OSError: when the file cannot be written.
    """
    with (
        atomic_path(path, overwrite=overwrite) as temporary,
        open(temporary, "w", encoding="utf-8", newline="\n") as f,
    ):
        yield f
