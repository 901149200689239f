"""The words and patterns the cast reads in the text around its mentions: "made the remarks", "a statement
released by", a news medium's name, the role "another" stands for."""

from __future__ import annotations

import regex

from .body_mentions import RE_NEXT_WORD
from .budget import NOT_CONCURRENT
from .entities import Entity, Event
from .language import compiled, lexicon, mapping
from .phrases import NounPhrase
from .roles import title_words
from .segments import Sentences
from .words import is_title, pronoun_gender, strip_article

# The genders a name or an honorific tells.
GENDERS = ("m", "f")

RE_WORD = regex.compile(r"\p{L}++")
# A word with its hyphens: "an e-mail" is the document "the e-mail" means; "The co-op's board" has the owner "co-op".
RE_HYPHENED_WORD = regex.compile(r"\p{L}++(?:-\p{L}++)*+")
# A reporting verb inverted after the words it reports: "..., said | Jean-Marc Boudreau".
RE_INVERTED_CUE = regex.compile(r"(?r),\h++(\p{Ll}++)\h++\Z")
MAX_CUE_CHARS = 20
# A numbered label before a role: "Grade 11| student", "Ward 6| Coun.".
RE_NUMBERED_LABEL = regex.compile(r"(?<!\p{L})\p{Lu}\p{L}*+\h++\p{N}++")
# A reporting verb and the pronoun subject of what it reports, right after a name: "Harkavy| said she|".
RE_VERB_AND_PRONOUN = regex.compile(r"(?<!\h)\h++(\p{Ll}++)\h++(\p{L}++)\b")
# How a dateline ends before its first sentence's words: "INDIANAPOLIS —", "HARRISBURG, Pa. (AP) -".
DATELINE_DASHES = ("—", "–", "--", "-")
# Between a head and its place, field or body: "Public Health Agency| of |Canada", "president| of |the union".
OF_PLACE = " of "
# "Another posted:" looks this far back for the "one fan" it continues: a few short paragraphs.
MAX_ELIDED_CHARS = 600
# How far before a body "obtained by" may stand: "obtained by | the", "reviewed by |".
MAX_READER_CHARS = 16


def read_by(text: str, start: int) -> bool:
    """Tell whether the body named at ``start`` is who read a document, not who wrote it: "a memo obtained by |The
    Associated Press" (never what "It said" means after it)."""
    by = text.rfind(" by ", max(0, start - MAX_READER_CHARS), start)
    return by >= 0 and _reader_by().search(text, max(0, by - MAX_READER_CHARS), start) is not None


def _reader_by() -> regex.Pattern[str]:
    return compiled("reader_by", lambda: regex.compile(
        r"(?<!\p{L})(?:\L<readers>)\s++by\s++(?:(?:\L<articles>)\s++)?+\Z", regex.IGNORECASE,
        readers=sorted(lexicon("document_readers")), articles=sorted(lexicon("articles"))))


def made_remarks() -> regex.Pattern[str]:
    """"Nasser Kanaani made the remarks on Monday": the name given for what an unnamed speaker said."""
    return compiled("made_remarks", lambda: regex.compile(
        r"\s++(?:also\s++)?made\s++(?:the|these|those|his|her)\s++(?:\L<nouns>)\b",
        nouns=sorted(lexicon("remarks_nouns"))))


def issued_by() -> regex.Pattern[str]:
    """Between a document and its issuer: "statement released by the", "statement from", "lawsuit, filed in
    Commonwealth Court by the" (not "memo obtained by the", nor "review completed in March and obtained by": who read
    it)."""
    return compiled("issued_by", lambda: regex.compile(
        r"(?<!\s)\s++(?:(?!(?:\L<readers>)\b)\p{Ll}++\s++(?:(?<=(?:ed|en)\s++)(?:(?!(?:\L<readers>)\b)[\p{L}\-’']++\s++)"
        r"{1,4}?(?=by\s))?)?"
        r"(?:\L<by>)\s++(?:(?:\L<articles>)\s++)?",
        regex.IGNORECASE, by=sorted(lexicon("issued_by")), articles=sorted(lexicon("articles")),
        readers=sorted(lexicon("document_readers"))))


def elided_role(word: str, before: list[Event], position: int) -> str:
    """The role a word with an elided head stands for, from the last anonymous source the copy opened with
    its partner word: "One fan wrote on X: ... Another posted:" is "another fan"; "" when none is near.

    Args:
        word: the word as the copy has it ("Another").
        before: the cast's mentions before it, newest first.
        position: where the word stands.
    """
    partner = mapping("elided_heads").get(word.lower())
    for event in before:
        if partner is None or position - event.position > MAX_ELIDED_CHARS:
            break
        if event.entity.type != "anonymous" or not event.entity.titles:
            continue
        first, _, rest = event.entity.titles[0].partition(" ")
        if first.lower() == partner and rest:
            return f"{word.lower()} {rest}"
    return ""


def is_agency(names: list[str]) -> bool:
    """Tell whether an organization is a government agency by its name: "Federal Flood Recovery Administration",
    "Public Health Agency of Canada" (its head before "of")."""
    heads = lexicon("agency_heads")
    return any(name.split(OF_PLACE)[0].split()[-1].lower() in heads for name in names if name.strip())


# The most words a relation or role after a possessive pronoun may have before the name: "Her | co-worker |", "His
# | business partner |".
MAX_OWNED_ROLE_WORDS = 2
# ... and the most characters the pronoun and those words may take: "Their | business partner |".
MAX_OWNED_ROLE_CHARS = 30


def subject_position(text: str, sentences: Sentences, phrase: NounPhrase) -> bool:
    """Tell whether a phrase is a sentence's subject: at its start, or after an opening clause and
    before a verb ("Asked about the remarks, Biden smiled.")."""
    start = sentences.start_before(phrase.start)
    opening = text[start:phrase.start].rstrip()
    if start == phrase.start or (phrase.title and opening == phrase.title) or opening.lower() in lexicon("articles"):
        return True  # or its own role opens the sentence ("Mandal’s brother Ramesh, who ..., said"), or its article
    owner, _, role = opening.partition(" ") if len(opening) <= MAX_OWNED_ROLE_CHARS else ("", "", "")
    if role.islower() and role.count(" ") < MAX_OWNED_ROLE_WORDS and owner.lower() in mapping("possessive_pronouns"):
        return True  # a name after a possessive pronoun and its relation or role: "Her co-worker | Patricia Kowal, who"
    if phrase.title and opening.lower() in mapping("possessive_pronouns"):
        return True  # ... the role read with the name: "Her | neighbour Heather Maki, who runs a ski program, said"
    if opening.endswith(DATELINE_DASHES) and opening.split(" ", 1)[0].rstrip(",").isupper():
        return True  # after a dateline: "INDIANAPOLIS — | Denise Mattingly works 32 hours a week"
    if phrase.title and RE_NUMBERED_LABEL.fullmatch(
            opening.removesuffix(phrase.title).rstrip(), None, None, NOT_CONCURRENT):
        return True  # "Grade 11 | student Ethan Kavanagh, 16, has missed two days"
    if opening.lower() in lexicon("topic_prepositions") and text.startswith(",", phrase.end):
        return True  # the one the sentence is about: "For Abdi, the debate is about more than rules."
    pronoun, _, copula = opening.partition(" ")
    if phrase.kind == "name" and pronoun_gender(pronoun.lower()) in GENDERS and copula in lexicon("naming_copulas"):
        return True  # the one a pronoun's sentence names, who "he" means next: "He is | Dave Pruitt, 58, who runs"
    inverted = RE_INVERTED_CUE.search(text, max(0, phrase.start - MAX_CUE_CHARS), phrase.start, NOT_CONCURRENT)
    if inverted is not None and inverted.group(1).lower() in lexicon("reporting_verbs") and text[
            phrase.end:phrase.end + 1] in (",", ".", ""):
        # "Mills pay the highest costs, said | Jean-Marc Boudreau, an economist": who said it (not "..., said
        # | Ferrier had few options": the reported clause's subject)
        return True
    before, _, last = opening.rpartition(" ")
    if phrase.kind == "name" and phrase.title and last.lower() in lexicon("definite_articles"):
        opening = before.rstrip()  # a titled name's own article: "His father, | the | Rev. Calvin Ruffin, ... wrote"
    if not opening.endswith(","):
        return False
    verbs = [w for w in RE_WORD.findall(text, start, phrase.start, False, NOT_CONCURRENT)
             if w.lower() in lexicon("reporting_verbs")]
    if verbs and not text[start:phrase.start].startswith(verbs[0]):
        return False  # the subject of what somebody said: "Brenner said his client, Jamal Pryce, had ..."
    after = RE_NEXT_WORD.match(  # past the comma of "Ltd.,"
        text, phrase.end + 1 if text.startswith(".,", phrase.end) else phrase.end, None, NOT_CONCURRENT)
    return after is not None and (after.group(1) not in lexicon("function_words") or (
        after.group(1) in lexicon("auxiliaries")) or (  # "The monitor, Birchall Restructuring Ltd., | has told"
        after.group(1) in lexicon("joining_words") and not text.startswith(",", phrase.end)))  # "Last week, the
    # project | and three residents sued", "The chairs of the committees, | Rep. Ann Roe | and Sen. Bo Li, said"
    # (not a list's middle name: "Ann Lee, | Bo Li|, and Tom Park met")


def opens_next_sentence(sentences: Sentences, text_end: int, entity: Entity, phrase: NounPhrase) -> bool:
    """Tell whether ``phrase`` opens the sentence right after the one that last mentioned ``entity``."""
    last = entity.mentions[-1][0] if entity.mentions else -1
    sentence = sentences.start_before(phrase.start)
    return last >= 0 and sentence == phrase.start and sentences.end_after(last, text_end) == sentence


def same_given_names(given: list[str], candidate: Entity) -> bool:
    """Tell whether given names can belong to ``candidate``, who shares the surname: "Joe R. Biden" and
    "Joe Biden" can; "Bill Tull" and "Hillary Tull" cannot (spouses and relatives share surnames)."""
    others = candidate.name_words - {candidate.surname}
    if not given or not others:
        return True
    spelled, spelled_others = {w for w in given if len(w) > 1}, {w for w in others if len(w) > 1}
    if spelled and spelled_others:
        return bool(spelled & spelled_others)  # a shared initial never ties "Tasha R. Wilkins" to "Andre R. Wilkins"
    return bool(set(given) & others)


def office_of(description: str) -> str:
    """The office a description holds: all of it ("a federal judge"), or the agent's noun of a role held for
    somebody else ("a spokesperson for Education Minister Trevor Lindgren" holds "spokesperson")."""
    words = strip_article(description).split()
    if len(words) > 2 and words[0].lower() in lexicon("agents") and words[1] in lexicon("agent_links"):
        return words[0]
    return description


def unnamed_office(description: str) -> bool:
    """Tell whether an indefinite description is one holder of an office the story goes on to name ("a
    federal judge", "a spokesperson for the minister"), not a source kept anonymous ("a senior official", "a person
    familiar with")."""
    office = office_of(description)
    words = title_words(office)
    # "a spokesperson" is a source kept anonymous; "a spokesperson for the minister" is the minister's, named or not
    return bool(words) and is_title(words[-1]) and (
        words[-1] not in lexicon("anonymous_heads") or office != description)


def held_for_another(text: str, phrase: NounPhrase) -> bool:
    """Tell whether a phrase is a role held for the person it names: "spokesperson for Health Minister Carla
    Reyes", "lawyer for Ann Lee" (not "Tom Ridge, spokesman for the port authority", whose role is his own)."""
    words = (phrase.title or "").split()
    if len(words) < 3 or words[0].lower() not in lexicon("agents") or words[1] not in lexicon("agent_links"):
        return False
    if not text.startswith(words[0], phrase.start) or not words[2][:1].isupper():
        return False  # a name before its role, or a role held in a body ("for the port authority")
    return phrase.name is not None or all(word[:1].isupper() for word in words[2:])


def reported_gender(text: str, end: int) -> str | None:
    """The gender the reported clause right after a name at ``end`` gives it: "Harkavy said |she| still has a key"
    is the mother, not her son of the same surname; "Patrice Roe said |her| office found" is a woman (a possessive
    after a verb that takes no person as its object: "warned her" is someone else)."""
    after = RE_VERB_AND_PRONOUN.match(text, end, None, NOT_CONCURRENT)
    if after is None or after.group(1) not in lexicon("reporting_verbs"):
        return None
    pronoun = after.group(2).lower()
    gender = pronoun_gender(pronoun)
    if gender is None and after.group(1) in lexicon("possessor_verbs"):
        gender = mapping("possessive_pronouns").get(pronoun)
    return gender if gender in ("m", "f") else None
