"""How many CPUs this process may really use: its affinity, capped by a container's CPU quota.

``os.cpu_count()`` answers the host's count; in a container limited to 2 CPUs on a 64-core node,
one worker per host CPU means 64 workers throttled to 2 CPUs' worth of time, each with its own memory.
"""

from __future__ import annotations

import os
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")


def usable_cpus(cgroup_root: Path = CGROUP_ROOT) -> int:
    """The CPUs to size a pool of CPU-bound workers on; at least 1.

    Args:
        cgroup_root: where the cgroup filesystem is mounted (inside a container, the container's own).
    """
    try:
        allowed = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        allowed = os.cpu_count() or 1
    quota = cpu_quota(cgroup_root)
    if quota is not None:
        # Rounded down: a worker per started CPU would keep the group throttled.
        allowed = min(allowed, int(quota))
    return max(1, allowed)


def cpu_quota(cgroup_root: Path = CGROUP_ROOT) -> float | None:
    """The CPU time the cgroup may use per unit of wall time (1.5 = one and a half CPUs); ``None`` when
    unlimited or unreadable."""
    v2 = _read(cgroup_root / "cpu.max")  # cgroup v2: "200000 100000", or "max 100000" when unlimited
    if v2 is not None:
        quota, _, period = v2.partition(" ")
        return _ratio(quota, period)
    v1 = cgroup_root / "cpu"  # cgroup v1: quota -1 when unlimited
    return _ratio(_read(v1 / "cpu.cfs_quota_us"), _read(v1 / "cpu.cfs_period_us"))


def _ratio(quota: str | None, period: str | None) -> float | None:
    try:
        over, under = int(quota or ""), int(period or "")
    except ValueError:  # "max", or a file missing
        return None
    return over / under if over > 0 and under > 0 else None


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None
