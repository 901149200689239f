"""Worker pools follow the CPUs a container may use, not the host's count."""

from __future__ import annotations

import os

import pytest

from service.cpus import cpu_quota, usable_cpus

AFFINITY = len(os.sched_getaffinity(0))


def cgroup(tmp_path, v2=None, v1=None):
    if v2 is not None:
        (tmp_path / "cpu.max").write_text(v2 + "\n")
    if v1 is not None:
        (tmp_path / "cpu").mkdir()
        quota, period = v1
        (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text(f"{quota}\n")
        (tmp_path / "cpu" / "cpu.cfs_period_us").write_text(f"{period}\n")
    return tmp_path


@pytest.mark.parametrize(("v2", "v1", "quota"), [
    ("100000 100000", None, 1.0),
    ("150000 100000", None, 1.5),
    ("max 100000", None, None),
    (None, (50000, 100000), 0.5),
    (None, (-1, 100000), None),
    (None, None, None),
    ("garbage", None, None),
])
def test_the_quota_is_read_from_cgroup_v2_or_v1(tmp_path, v2, v1, quota):
    assert cpu_quota(cgroup(tmp_path, v2, v1)) == quota


def test_a_quota_caps_the_workers_rounded_down_and_never_below_one(tmp_path):
    for name in "abcd":
        (tmp_path / name).mkdir()
    assert usable_cpus(cgroup(tmp_path / "a", v2="100000 100000")) == 1
    assert usable_cpus(cgroup(tmp_path / "b", v2="50000 100000")) == 1
    assert usable_cpus(cgroup(tmp_path / "c", v2=f"{(AFFINITY + 0.9) * 100000:.0f} 100000")) == AFFINITY
    assert usable_cpus(cgroup(tmp_path / "d", v2="max 100000")) == AFFINITY


def test_this_machine():
    quota = cpu_quota()
    assert usable_cpus() == (AFFINITY if quota is None else max(1, min(AFFINITY, int(quota))))
