"""Sieves that read a quote's sentence and the quotes around it: the subject of the clause that holds a
partial quote, the pieces of one quotation, follow-on quotes, and the sentence before a bare quote."""

from __future__ import annotations

from types import MappingProxyType

from .adjacent_sieves import sentence_end_cue
from .cues import cue_at, cue_span, quoted_as_saying, reporting_cues, skip_adverbs, skip_adverbs_back
from .document_subjects import document_before_participle, document_of, opening_document
from .exchanges import exchange_turn
from .headline_sieves import lifted_source
from .headlines import bare_role, headline_line
from .language import lexicon, mapping
from .phrase_before import joint_before, phrase_before
from .phrase_finder import phrase_after
from .phrases import NounPhrase
from .quotes import has_words
from .relative_clauses import (
    issued_before,
    object_of_infinitive,
    participle_after_relative,
    relative_antecedent,
    subject_of_relative,
)
from .state import MAX_WINDOW_CHARS, Context, Hit, QuoteState, Sieve
from .tokens import Token, last_before
from .unknown_roles import unknown_role_before
from .utterances import document_finding, possessed_utterance
from .words import organization_noun_words

# Words of an opening clause before a sentence's subject: "Asked whether he had considered it, | Lindgren".
MAX_OPENER_TOKENS = 15
# Tokens of a pause between one speaker's quotes: "Then she pauses.", "He shrugs."
MAX_BEAT_TOKENS = 8


def _reporting_clause(context: Context, index: int) -> Hit | None:
    """A partial quote belongs to the subject of the clause that holds it.

    'The Health Ministry said the outbreak was “under control”'; 'adding that talks could “resume”'
    (the subject of the main clause); 'but said they will take place “soon.”' (the subject before).
    """
    text = context.text
    quote = context.quotes[index]
    open_start = quote.span.open_start
    sentence_start = max(context.sentences.start_before(open_start),
                         context.paragraphs[quote.span.paragraph].start, open_start - MAX_WINDOW_CHARS)
    lead = context.lead(quote)
    quoted = quoted_as_saying(text, lead)
    if quoted is not None:
        return Hit(quoted[0], quoted[1])
    cues = reporting_cues(lead)
    owned = possessed_utterance(text, lead, cues[-1][0] + cues[-1][1] if cues else 0)
    if owned is not None:
        return Hit(owned[0], owned[1])  # "Critics seized on her claim that the levy was “a bargain.”"
    finding = document_finding(text, lead) if not cues else None  # not "X said its review had found"
    if finding is not None:
        return Hit(finding[0], finding[1])  # "The audit, conducted by ..., found “a pattern of ...”"
    if not cues:
        # No verb of its own: 'said the president had “lost control” and accused Democrats of “blindness”'.
        previous = _previous_in_sentence(context, index, sentence_start)
        if previous is not None and quote.kind == "partial":
            return Hit(source=previous, reading="shared_clause")
        return None
    i, n = cues[-1]
    cue = cue_span(lead, i, n)
    agent = _passive_agent(context, quote, lead, i, n)
    if agent is not None:
        return Hit(agent, cue)  # "has been accused by campaigners of ‘...’": the agent speaks
    # A characterizing verb may stand after an auxiliary when it is the sentence's only verb ("a strategy that X
    # has described as") or puts the quote on its object with "as" ("said Democrats had dismissed the offer as").
    characterizing = lead[i].low in lexicon("characterizing_verbs")
    k = skip_adverbs_back(lead, i, auxiliaries=characterizing and (len(cues) == 1 or lead[-1].low == "as"))
    before = phrase_before(text, lead, k)
    if before is not None and before.kind != "pronoun" and object_of_infinitive(lead, before):
        before = sentence_subject(text, lead, k) or before  # "An independent panel appointed to review | the draft |"
    # A document opening the clause speaks over what its links name ("A staff report to | the board | says"), and,
    # when nothing else reads as the subject, over what they hold ("A directive from ... on hospital parking says").
    opening = opening_document(text, lead, k, before)
    phrase = document_before_participle(text, lead, k) or document_of(text, lead, before) or (
        opening if before is not None else None) or before or (
        relative_antecedent(text, lead, i) or _clause_opening_subject(text, lead, k) or unknown_role_before(
            text, lead, k) or participle_after_relative(text, lead, i))
    if phrase is not None and _new_document(phrase) and phrase.start > lead[0].start and not _opens_clause(
            lead, phrase.start) and not (k and lead[k - 1].low in lexicon("relatives") and not issued_before(
                lead, phrase.start)):
        phrase = None  # "the ministry issued a statement saying ...": the clause's subject issued it (but a
        # document's own relative clause is its, unless the clause's subject issued it: "a staff report presented in
        # May, which says", not "X filed a lawsuit ..., which says")
    if phrase is not None and phrase.kind == "pronoun" and phrase.gender == "n":
        phrase = subject_of_relative(text, lead, k - 1) or phrase  # "one councillor who voted against | it | said"
    if phrase is not None and phrase.kind == "pronoun" and k >= 2 and lead[k - 2].low in lexicon("free_relatives"):
        phrase = _main_subject(context, quote, sentence_start, lead[k - 2].start, phrase) or phrase
    if phrase is not None and phrase.kind == "anonymous" and lifted_source(context, index) is not None:
        return None  # a caption's "One North End mother says ... “in case we have to run.”": the body names her
    if phrase is not None:
        first = joint_before(text, lead, phrase)  # "Ann Lee and Bo Li said the ..."
        return Hit(first, cue, also=phrase) if first else Hit(phrase, cue)
    deck = _deck_subject(context, quote, lead, k)
    if deck is not None:
        return Hit(deck, cue)  # "Operator blames ...; union says problem was ‘years in the making’"
    # An elided subject: ', adding that ...', 'but said ...' share the main clause's speaker.
    previous = _previous_in_sentence(context, index, sentence_start)
    if previous is not None:
        return Hit(source=previous, cue=cue, reading="elided_subject")
    tokens = lead if quote.lead_start <= sentence_start else context.tokens.between(sentence_start, open_start)
    i = next((k for k, token in enumerate(tokens) if token.start == cue[0]), len(tokens))
    for k, m in reporting_cues(tokens):
        if k >= i:
            break
        phrase = phrase_before(text, tokens, skip_adverbs_back(tokens, k))
        if phrase is not None:
            # 'X referred to ..., saying “...”' keeps "saying"; in 'X said Tehran will respond to any “...”'
            # the later verb belongs to the reported clause, and X's "said" is the cue.
            own = cue if i < len(tokens) and tokens[i].low.endswith("ing") else cue_span(tokens, k, m)
            return Hit(phrase, own, reading="earlier_verb")
    subject = sentence_subject(text, tokens, i)
    if subject is not None:
        return Hit(subject, cue, reading="sentence_subject")
    return Hit(opening, cue) if opening is not None else None


def _main_subject(context: Context, quote: QuoteState, sentence_start: int, what: int,
                  pronoun: NounPhrase) -> NounPhrase | None:
    """The main clause's subject the pronoun of "what she called" stands for, the mention an editor reads: "Transport
    Minister Élise Valcourt tabled legislation ..., closing what she called “…”"; ``None`` when it does not fit."""
    tokens = context.tokens.between(sentence_start, what)
    subject = sentence_subject(context.text, tokens, len(tokens)) if tokens else None
    body = subject is not None and (subject.kind == "organization" or (
        subject.kind == "nominal" and subject.head in organization_noun_words()))
    first = context.text[subject.start:subject.end].split(" ", 1)[0].lower() if subject is not None else ""
    if subject is None or not (body or subject.kind == "name") or (
            first in lexicon("function_words") and first not in lexicon("articles")):
        return None  # a person's role or epithet is read by the cast; "In Canada" is no subject
    if (pronoun.gender == "n") != body or (subject.gender not in (None, pronoun.gender) and pronoun.gender != "n"):
        return None
    return subject


def _deck_subject(context: Context, quote: QuoteState, lead: list[Token], verb: int) -> NounPhrase | None:
    """The bare role a headline or deck clause opens with, its article dropped as headlines drop them: "Operator
    blames ...; | union | says problem was ‘…’", "Health minister says ...; | nurses' union | calls it ‘…’", "|
    Provincial body | says abuse ... has reached ‘a breaking point’"."""
    start = max((j + 1 for j in range(verb) if lead[j].text == ";"), default=0)
    if start >= verb or headline_line(context, quote) is None:
        return None
    if not start and (lead[0].start != context.paragraphs[quote.span.paragraph].start or not lead[0].text[0].isupper()):
        return None  # a first clause is read as in prose unless it opens the line: "Provincial body says ..."
    return bare_role(context.text, lead[start:verb])


def _passive_agent(context: Context, quote: QuoteState, lead: list[Token], i: int, n: int) -> NounPhrase | None:
    """The agent of the passive cue at ``lead[i]``, after it ('has been accused by campaigners of ‘...’') or
    right after the quote it governs ('was called “reckless” by the opposition leader')."""
    if i == 0 or lead[i - 1].low not in lexicon("passive_auxiliaries"):
        return None
    text, agents, j = context.text, lexicon("agent_prepositions"), i + n
    if j < len(lead) and lead[j].low in agents:
        end = len(lead) - 1 if lead[-1].low in lexicon("quote_prepositions") else len(lead)
        parsed = phrase_after(text, lead[:end], j + 1)  # "by campaigners | of ‘...’"
    elif j == len(lead) and (trail := context.trail(quote)) and trail[0].low in agents:
        parsed = phrase_after(text, trail, 1)
    else:
        return None
    return parsed[0] if parsed is not None and parsed[0].kind != "pronoun" else None


def _opens_clause(tokens: list[Token], start: int) -> bool:
    """Tell whether the phrase at ``start`` opens a clause of its own: "after | a GAO report found that"."""
    k = last_before(tokens, start + 1)  # the phrase's first token
    return k > 0 and tokens[k - 1].low in lexicon("subordinators")


def _new_document(phrase: NounPhrase) -> bool:
    """A document named for the first time: "a statement", "a memo"."""
    words = (phrase.title or "").lower().split()
    return phrase.kind == "nominal" and len(words) > 1 and words[0] in lexicon("indefinites") and (
        phrase.head in lexicon("document_nouns"))


def _clause_opening_subject(text: str, tokens: list[Token], verb: int) -> NounPhrase | None:
    """The subject that fills a clause from its comma (and a conjunction) to the verb, read forward: 'As the
    senator spoke, | a man in the front row | shouted', '..., and | a woman near the stage | shouted' (a
    description after its head, which reading back from the verb misses)."""
    comma = next((c for c in range(verb - 1, -1, -1) if tokens[c].text == ","), None)
    if comma is None or comma + 1 >= verb:
        return None
    start = comma + 2 if tokens[comma + 1].low in lexicon("clause_openers") else comma + 1  # ", and a man ..."
    parsed = phrase_after(text, tokens, start)
    if parsed is None or parsed[1] != verb or parsed[0].kind == "pronoun":
        return None  # "and one of them said": the group the sentence named, found as an elided subject
    return parsed[0]


def after_dateline(tokens: list[Token], before: int) -> int:
    """Where a sentence's words start after its dateline, if it opens with one: "WASHINGTON (Reuters) -",
    "DARBY COUNTY, Ohio —" (a dateline is never a subject); 0 without one."""
    dateline = bool(tokens) and len(tokens[0].text) > 1 and tokens[0].text.isupper()
    for k in range(min(before, 8)):
        if tokens[k].text in "—–" or (tokens[k].text == "-" and dateline):
            return k + 1  # a dateline ends at its dash
    return 0


def sentence_subject(text: str, tokens: list[Token], before: int) -> NounPhrase | None:
    """The first speaker-like phrase of a sentence, before ``tokens[before]``, after any dateline.

    'WASHINGTON (AP) — President Joe Biden on Thursday defended ..., telling reporters that “...”'
    """
    k, opener_skipped = after_dateline(tokens, before), False
    first = k
    conjunctions = lexicon("opening_conjunctions")
    while k < before:
        token = tokens[k]
        if token.text == "(":
            break
        if token.is_word and token.low in conjunctions and not opener_skipped:
            # "When the mayor signed the veto, a few dozen musicians ... chanted": the subject follows the clause
            # (but "As a memo put it," is a frame whose subject speaks)
            comma = next((c for c in range(k + 1, before) if tokens[c].text == ","), None)
            if comma is not None and not reporting_cues(tokens[k:comma]):
                k, opener_skipped = comma + 1, True
                continue
        if token.is_word:
            parsed = phrase_after(text, tokens, k)
            if parsed is not None and not (k > first and tokens[k - 1].low in lexicon("seat_prepositions") and (
                    _new_document(parsed[0]))):
                return parsed[0]  # "A person familiar with the negotiations said the sides were “far apart.”"
            # A document named in an opening phrase is where the words are, not who speaks: "In a research note, X".
            if token.text[0].islower():
                # The subject, when there is one, comes before the first lowercase word, or right after
                # an opening phrase: "Elsewhere in his remarks, he pointed to ...".
                comma = next((c for c in range(k + 1, before) if tokens[c].text == ","), None)
                if comma is None or opener_skipped:
                    return None
                k, opener_skipped = comma, True
        k += 1
    return None


def _previous_in_sentence(context: Context, index: int, sentence_start: int) -> int | None:
    if index == 0:
        return None
    previous = context.quotes[index - 1]
    if previous.span.open_start >= sentence_start and previous.attributed:
        return index - 1
    return None


def _same_utterance(context: Context, index: int) -> Hit | None:
    """Paragraphs of one multi-paragraph quotation share the speaker of whichever piece has one."""
    quotes = context.quotes
    chain = quotes[index].span.chain
    # Which piece of each chain names its speaker, worked out once a pass: within one pass this sieve
    # only shares speakers, so the pieces that name one do not change.
    key = ("same_utterance", context.pass_number)
    cached = context.memo.get(key)
    named: dict[int, int] = cached if isinstance(cached, dict) else {}
    if not isinstance(cached, dict):
        for other, candidate in enumerate(quotes):
            if candidate.phrase is not None:
                named.setdefault(candidate.span.chain, other)
        context.memo[key] = named
    piece = named.get(chain)
    return Hit(source=piece) if piece is not None and piece != index else None


def _follow_on(context: Context, index: int) -> Hit | None:
    """A quote-only sentence or paragraph right after a quote keeps that quote's speaker."""
    if index == 0 or context.quotes[index].kind != "direct":
        return None
    text = context.text
    quote, previous = context.quotes[index], context.quotes[index - 1]
    if not previous.attributed or (quote.lead_start != quote.span.open_start and has_words(
        text, quote.lead_start, quote.span.open_start
    )):
        return None
    gap_start = previous.span.close_end
    if previous.sieve is not None and previous.sieve.trailing:
        gap_start = max(gap_start, previous.trail_end)
        if previous.cue is not None and previous.cue[1] > gap_start:
            # a cue after a question's own sentence end: "“For the entire country?” | Kittridge asked.|"
            gap_start = context.sentences.end_after(previous.cue[1], quote.span.open_start)
    if has_words(text, gap_start, quote.span.open_start):
        return None
    if quote.span.paragraph - context.paragraph_at(previous.span.close_end - 1) > 1:
        return None  # a paragraph of other words between (the previous quote may run over wrapped lines)
    return exchange_turn(context, index) or Hit(source=index - 1)


def _previous_sentence(context: Context, index: int) -> Hit | None:
    """A quote that opens a sentence, right after a sentence about a named person, is theirs."""
    text = context.text
    quote = context.quotes[index]
    if quote.kind != "direct" or has_words(text, quote.lead_start, quote.span.open_start):
        return None
    if reporting_cues(context.trail(quote)):
        return None  # its own attribution follows, even one no sieve could read: "“...,” DCP (South) X told PTI."
    para = context.paragraphs[quote.span.paragraph]
    start = context.sentences.start_before(max(0, quote.span.open_start - 1))
    if quote.span.open_start == para.start and quote.span.paragraph > 0:
        start = context.sentences.start_before(context.paragraphs[quote.span.paragraph - 1].end - 1)
    if start >= quote.span.open_start or (index > 0 and context.quotes[index - 1].span.open_start >= start and (
            context.quotes[index - 1].speech)):
        return None  # another quote stands between (a name in marks does not: 'She said the city's “Sort It Right”
        # campaign never reached tenants.')
    tokens = context.tokens.between(start, min(quote.span.open_start, start + MAX_WINDOW_CHARS))
    attributed = sentence_end_cue(text, tokens)
    if attributed is not None:
        return Hit(attributed.phrase)  # "Her neighbor drove her there, Olsen says.": Olsen's, not the neighbor's
    first = after_dateline(tokens, len(tokens))
    if first + 1 < len(tokens) and tokens[first].low in lexicon("adverbs") and tokens[first + 1].low in mapping(
            "subject_pronouns"):
        first += 1  # "Then | she pauses."
    parsed = phrase_after(text, tokens, first)
    if parsed is None or (parsed[0].kind == "name" and " " not in (parsed[0].name or "") and parsed[1] < len(tokens)
                          and tokens[parsed[1]].is_word and tokens[parsed[1]].text.islower()
                          and not cue_at(tokens, parsed[1])):
        # An opening clause before the subject: "Asked whether he had considered passing, Lindgren shook
        # his head." (a participle or a preposition is never the subject).
        comma = next((k for k, token in enumerate(tokens[first:first + MAX_OPENER_TOKENS], first)
                      if token.text == ","), None)
        parsed = phrase_after(text, tokens, comma + 1) if comma else parsed
        after_opener = comma is not None
    else:
        after_opener = False
    if parsed is None:
        return None
    phrase, j = parsed
    speaks = cue_at(tokens, skip_adverbs(tokens, j)) > 0  # "Zarif said that ...", "He said that ..."
    person = phrase.kind == "pronoun" and phrase.gender in ("m", "f")  # "he", "she"; "they" is too loose
    if phrase.kind not in ("name", "organization", "nominal") and not (person and (speaks or _beat(
            context, index, start, tokens))):
        return None
    if phrase.kind == "name" and phrase.title is None and " " not in (phrase.name or "") and not (
            speaks or after_opener):
        return None  # one capitalized word opening a sentence may be any word: "Others disagreed."
    return Hit(phrase)


def _beat(context: Context, index: int, start: int, tokens: list[Token]) -> bool:
    """Tell whether the sentence at ``start`` is a short paragraph of its own between two quotes, a pause in one
    speaker's words: '“…,” she says. | Then she pauses. | “But my little brother ...”'."""
    if index == 0 or len(tokens) > MAX_BEAT_TOKENS:
        return False
    paragraph = context.paragraph_at(start)
    previous = context.quotes[index - 1]
    return context.paragraphs[paragraph].start == start and context.paragraph_at(
        previous.span.close_end - 1) == paragraph - 1 and context.quotes[index].span.paragraph == paragraph + 1


REPORTING_CLAUSE = Sieve("reporting_clause", 0.85, adjacent=False, find=_reporting_clause, readings=MappingProxyType(
    {"shared_clause": 0.7, "elided_subject": 0.8, "earlier_verb": 0.75, "sentence_subject": 0.7}))
SAME_UTTERANCE = Sieve("same_utterance", 0.95, adjacent=True, find=_same_utterance, shares=True, inherits=True)
FOLLOW_ON = Sieve("follow_on", 0.75, adjacent=True, find=_follow_on, shares=True)
PREVIOUS_SENTENCE = Sieve("previous_sentence", 0.5, adjacent=False, find=_previous_sentence)
