"""Inputs found to be quadratic in review: the work per character must not grow with the input, and the
CPU budget must stop each within its limit. (Ratios, not timings: the machine's speed swings.)"""

from __future__ import annotations

import contextlib
import itertools
import os
import string
import subprocess
import sys
import time

import pytest

from service.extractor import ExtractionTimeout, ExtractOptions, extract

UNITS = {
    "quotes without a sentence end": "“ab cd” ",
    "openers only": "“ab ",
    "plural possessives in an open quote": "‘the Joneses' house ",
    "one unclosed chain": "“Blah blah blah blah.\n",
    "follow-ons": "“It is done,” Ann Lee said.\n“Yes, it is.”\n",
    "pronouns": "“We will win,” she said. ",
}


def cpu_seconds(text: str, runs: int = 3) -> float:
    """The least CPU time of a few runs: one run of a few milliseconds is at the mercy of whatever else
    the machine does (a ratio of two single runs reached 11 with a linear engine on a busy CI machine)."""
    fastest = float("inf")
    for _ in range(runs):
        started = time.process_time()
        extract(text, ExtractOptions(timeout=None))
        fastest = min(fastest, time.process_time() - started)
    return fastest


@pytest.mark.parametrize("unit", UNITS.values(), ids=list(UNITS))
def test_work_per_character_stays_flat(unit):
    small, large = ((unit * (size // len(unit) + 1))[:size] for size in (20_000, 80_000))
    cpu_seconds(small)  # warm
    ratio = cpu_seconds(large) / max(cpu_seconds(small), 1e-3)
    assert ratio < 4 * 2.5  # four times the text: linear is 4, quadratic 16


def many_people(size: int) -> str:
    """Paragraphs each naming two new people who share a surname, then the surname alone and a pronoun that fits
    neither: a long text of many different people (an archive's pages run together), unlike a repeated unit."""
    parts, total = [], 0
    for letters in itertools.product(string.ascii_lowercase, repeat=3):
        surname = "Kov" + "".join(letters)
        parts.append(f"Ann {surname} and Bo {surname} met. “We won,” {surname} said. “No,” he said.\n\n")
        total += len(parts[-1])
        if total >= size:
            break
    return "".join(parts)[:size]


def test_work_per_character_stays_flat_with_many_people():
    """Each name read again was weighed against every mention so far, and each pronoun's namesakes against every
    member: quadratic in the number of people (29 times the work for 8 times the text)."""
    small, large = many_people(20_000), many_people(160_000)
    cpu_seconds(small)  # warm
    ratio = cpu_seconds(large) / max(cpu_seconds(small), 1e-3)
    assert ratio < 8 * 2.5  # eight times the text: linear is 8, quadratic 64


@pytest.mark.parametrize("unit", UNITS.values(), ids=list(UNITS))
def test_the_budget_stops_what_it_must(unit):
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    started = time.process_time()
    with contextlib.suppress(ExtractionTimeout):
        extract(text, ExtractOptions(timeout=0.5))
    assert time.process_time() - started < 0.5 * 3  # the budget, and what one step may overrun it by


def test_answers_do_not_depend_on_hash_order():
    """Each gunicorn worker has its own hash seed: the same text must get the same answer in every one."""
    script = ("from service.extractor import extract; import dataclasses, json; print(json.dumps(dataclasses.asdict("
              "extract('Lotus opened. Motors grew. Lotus Motors merged. “We won,” Lotus Motors said.'))))")
    answers = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(4)}
    assert len(answers) == 1
