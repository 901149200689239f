"""The attribution sieves, in order: the registry every other place (pipeline, contract, README) reads.

Like CoreNLP's quote attribution, each sieve looks only at quotes still unattributed and stamps its own
name and confidence on what it attributes. The order is the precision order: adjacent cues first,
inference from context last. ``same_utterance`` runs twice: after the clause sieves, and again at the end,
so a first paragraph attributed only by the last sieves still speaks for the rest of its quotation.
"""

from __future__ import annotations

from . import budget
from .adjacent_sieves import COLON_LEAD, DASH, LEADING_CUE, TRAILING_CUE
from .clause_sieves import FOLLOW_ON, PREVIOUS_SENTENCE, REPORTING_CLAUSE, SAME_UTTERANCE
from .headline_sieves import HEADLINE, LIFTED
from .source_sieves import ACCORDING_TO, SOURCE_FRAME
from .state import Context, Sieve
from .transcripts import TRANSCRIPT

ORDER: tuple[Sieve, ...] = (
    TRANSCRIPT,
    HEADLINE,
    TRAILING_CUE,
    DASH,
    ACCORDING_TO,
    LEADING_CUE,
    SOURCE_FRAME,
    COLON_LEAD,
    REPORTING_CLAUSE,
    LIFTED,
    SAME_UTTERANCE,
    FOLLOW_ON,
    PREVIOUS_SENTENCE,
    SAME_UTTERANCE,
)

# Every sieve by name, once.
REGISTRY: dict[str, Sieve] = {sieve.name: sieve for sieve in ORDER}
# The sieves whose hits show a cue right beside a quote: the speech stage's evidence that its words are speech.
CUE_SIEVES: tuple[Sieve, ...] = tuple(sieve for sieve in REGISTRY.values() if sieve.adjacent and not sieve.shares)


def run_sieves(context: Context, order: tuple[Sieve, ...] = ORDER) -> None:
    """Attribute the quotes of ``context`` in place, sieve by sieve.

    Args:
        context: the document's working state.
        order: the sieves to run, in order (tests run one alone).
    """
    for sieve in order:
        if context.language not in sieve.languages:
            continue
        context.pass_number += 1
        for index, quote in enumerate(context.quotes):
            if quote.attributed:
                continue
            budget.check()
            key = (sieve.name, index)  # the speech stage may have asked already
            hit = context.found.pop(key) if key in context.found else sieve.find(context, index)
            if hit is not None:
                sieve.stamp(context, index, hit)
