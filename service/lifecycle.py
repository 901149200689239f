"""Process state that gunicorn's master and its workers share: whether this replica is draining."""

from __future__ import annotations

import mmap


class Lifecycle:
    """A flag in anonymous shared memory: made before gunicorn forks its workers (the app is preloaded),
    set by the master on SIGTERM, and read by every worker's /readyz."""

    def __init__(self) -> None:
        self._flag = mmap.mmap(-1, 1)  # MAP_SHARED: the workers forked later see the master's writes

    @property
    def draining(self) -> bool:
        """Whether the replica is on its way out: /readyz answers 503 while requests are still served."""
        return self._flag[0] == 1

    def start_draining(self) -> None:
        """Tell every worker that the replica is draining."""
        self._flag[0] = 1
