"""Who made a document the copy quotes ("the report says"): the issuer named after it, its owner, the body its
modifiers name, the local government whose staff wrote it or to whose council it went, the body named last. Also
where the quotations stand, which these and the pronouns read. :class:`cast.Cast` builds on these."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from .askers import Askers
from .document_owners import owner_issuer, possessor
from .entities import Entity
from .governments import is_place_government
from .issuer_names import named_issuer, relative_issuer
from .issuers import companion_issuer, contact_issuer, document_issuer
from .language import compiled, lexicon
from .mentions import RE_WORD_BEFORE
from .model import KnownSpeaker
from .phrases import NounPhrase
from .segments import Sentences
from .words import POSSESSIVE, names_staff_body, organization_noun_words

# The body a local document goes to, never its maker when a government is named: "A report to | council |".
COUNCIL = "council"
# The bodies of a local government a staff document goes to ("A staff report to the committee"); any other body it
# goes to is one of its own ("to the board" of a library).
COUNCIL_BODIES = (COUNCIL, "committee")
# How far a trailing cue's pronoun stands after the quotation it closes: "“…?” | he says".
MAX_CUE_GAP_CHARS = 3
# How far back the word before a body's bare "staff" is read: "lottery | staff".
MAX_STAFF_MODIFIER_CHARS = 30
# Words of the staff who wrote a document, their owner's included: "the city's engineering staff".
MAX_STAFF_WORDS = 4
# How far back the first word of a national body's name stands before its country: "Health | Canada’s".
MAX_NATIONAL_WORD_CHARS = 30
# How far back a council document's first mention is looked for.
MAX_COUNCIL_DOCUMENT_CHARS = 3000


def council_document(noun: str) -> regex.Pattern[str]:
    """A document of ``noun``'s kind that staff wrote (group 1) or that went to council or one of its committees: "a
    staff report", "a report from administration", "a report from the city's water, waste and environment division", "a
    report to council", "the report ... presented to city council", "A report going to the city's general committee"."""
    return compiled(f"council_document {noun}", lambda: regex.compile(
        r"(?i)\b((?:\L<staff>)\h++(?:\w++\h++)?(?:\L<noun>)|(?:\L<noun>)\h++(?:from|by)\h++(?:(?:\L<local>)\h++)?"
        r"(?:\L<staff>)|(?:\L<noun>)\h++(?:from|by)\h++the\h++(?:\L<local>)['’]s\h++"
        r"(?-i:(?:\p{Ll}[\p{Ll}\-]*+,?+\h++){0,5}?(?:\L<units>)))\b|\b(?:\L<noun>)\b[^.\n]{0,60}?\bto\h++"
        r"(?:(?:\L<local>)\h++)?council\b|\b(?:\L<noun>)\b[^.\n]{0,60}?\bto\h++the\h++(?:\L<local>)['’]s\h++"
        r"(?:[\p{Ll}\-]++\h++){0,2}?(?:council|committee)\b", staff=sorted(lexicon("staff_nouns")), noun=[noun],
        units=sorted(lexicon("staff_nouns") | lexicon("staff_units")),
        local=sorted(lexicon("local_governments"))))


# Whom a staff document went to, right after it: "A staff report| prepared for the council", "| to the board".
RE_STAFF_ADDRESSEE = regex.compile(r"\h++(?:prepared\h++|presented\h++)?(?:for|to)\h++the\h++(\p{Ll}++)\b")


def local_government() -> regex.Pattern[str]:
    """A local government's word in the copy: "the city", "the township" (the first one names the council's)."""
    return compiled("local_government", lambda: regex.compile(
        r"(?<!\p{L})(?:\L<local>)(?!\p{L})", local=sorted(lexicon("local_governments"))))


def document_opening() -> regex.Pattern[str]:
    """A sentence opening on a document, its subject: "An inspection | report", "A report", "The audit", "A 2027
    evacuation | study"."""
    return compiled("document_opening", lambda: regex.compile(
        r"(?:A|An|The)\h++(?:\p{N}{4}\h++)?+(?:[\p{Ll}\-]++\h++){0,2}?(?:\L<nouns>)\b",
        nouns=sorted(lexicon("document_nouns"))))


class Makers(Askers):
    """The members, the quotations' places, and who made the documents the copy names.

    Args:
        text: the document's text.
        sentences: its sentence boundaries.
        quoted: the ``(start, end)`` of every quotation, in order (words inside them introduce nobody).
        seed: people the caller knows (:class:`members.Members`).
    """

    def __init__(self, text: str, sentences: Sentences, quoted: list[tuple[int, int]],
                 seed: Iterable[KnownSpeaker] = ()) -> None:
        super().__init__(text, sentences, seed)
        self.quoted = quoted
        self._quote_starts = [start for start, _ in quoted]
        self.documents: set[int] = set()  # where a document its issuer speaks through was named
        self.readers: set[int] = set()  # where a body that read a document was named ("obtained by |The Ledger")

    def _inside_quote(self, position: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return i >= 0 and self.quoted[i][0] <= position < self.quoted[i][1]

    def _own_quote_start(self, phrase: NounPhrase) -> int:
        """Where the quotation a pronoun's cue closes starts ("“Hand counting?” | he says"): a question in it is
        not one the speaker answers; the pronoun's own start when no quotation ends right before it."""
        i = bisect.bisect_right(self.quoted, (phrase.start, phrase.start)) - 1
        if i >= 0 and 0 <= phrase.start - self.quoted[i][1] <= MAX_CUE_GAP_CHARS:
            return self.quoted[i][0]
        return phrase.start

    def _outside_quotes(self, position: int) -> int:
        """Where the sentence of the pronoun at ``position`` is read from: the quote it follows when the sentence
        starts inside it ('“We’re not against anybody. We’re against the rule,” he said': the sentence is the whole
        quotation's, not its last sentence's)."""
        start = self.sentences.start_before(max(0, position - 1))
        i = bisect.bisect_right(self._quote_starts, start) - 1
        if i >= 0 and self.quoted[i][0] < start < self.quoted[i][1] <= position:
            return self.quoted[i][0] + 1
        return position

    def _document_issuer(self, noun: str, phrase: NounPhrase) -> Entity | NounPhrase | None:
        """Who issued the document that "the statement" refers to: named right after it ("The audit, conducted by
        the department’s Office of Audit and Evaluation,"), its determiner's owner ("its report"), the owner or body
        its modifiers name ("The inspector general’s report", "An agency timeline"), or as
        :func:`issuers.document_issuer` finds; a phrase when the issuer is one the cast has yet to resolve
        (:meth:`cast.Cast._issuer` adds it)."""
        head = self.text.rfind(noun, phrase.start, phrase.end)
        found: Entity | NounPhrase | None = named_issuer(self.text, phrase.end) or relative_issuer(
            self.text, phrase.end) or companion_issuer(
            self.text, self.sentences, phrase.start, phrase.end, self._before(phrase.start), self._inside_quote)
        if found is None and head + len(noun) < phrase.end:
            found = contact_issuer(self.text, head + len(noun))
        if found is None:
            # a staff report is the local government's before it is any other body's named near it ("A staff report
            # says" after "the Kanata Leisure Centre"); one only sent to council is another's first ("a joint letter")
            found = self._council_government(noun, phrase.start, staff_only=True)
        if found is None and head > phrase.start:  # "its report", "His clemency order", "An agency timeline"
            found = possessor(self.text, head, self._before(phrase.start), phrase.start) or owner_issuer(
                self.text, phrase.start, head)
        if found is None:
            found = document_issuer(
                self.text, self.sentences, noun, phrase.start, self._before(phrase.start), self._inside_quote)
        if found is None and head > phrase.start:
            found = self._body_of_modifier(phrase.start, head)
        if not isinstance(found, NounPhrase):
            return found
        if found.kind == "nominal" and found.head and found.head not in lexicon("distinct_body_heads") and (
                found.title == found.head):
            named = self._named_with(found.head)  # "by lottery staff": the Missouri Lottery Commission
            if named is not None:
                return named
        if found.kind == "nominal" and found.head in lexicon("distinct_body_heads") and (
                found.head not in lexicon("company_nouns")):
            # "a city staff report": the body whose name holds "city", else the city itself, never the last body
            # (but "the airline’s statement" is the airline named last)
            return self._named_with(found.head) or (self._place(found.head, found) if found.head in lexicon(
                "place_governments") else None) or self._organization(found._replace(kind="organization",
                                                                                   name=found.title))
        return found

    def _staff_body(self, phrase: NounPhrase, title: str, head: str) -> Entity | None:
        """The body whose staff ``phrase`` names: the body's word before "staff", outside the phrase or inside it ("A
        report from | city staff |"), or the local government owning them ("the | city's | engineering staff");
        "lottery staff", "commission staff", "city staff" are the body whose name holds the word."""
        if head not in lexicon("staff_nouns"):
            return None  # most nominals: told before the title is lowered and split
        words = title.lower().split()
        if len(words) > MAX_STAFF_WORDS or words[-1:] != [head]:
            return None
        owner = next((word[:-2] for word in words[:-1] if word.endswith(POSSESSIVE) and word[:-2] in lexicon(
            "local_governments")), "")  # a commission's or a committee's staff speak as such
        modifier = [owner] if owner else words[:1] if len(words) == 2 else self.text[
            max(0, phrase.start - MAX_STAFF_MODIFIER_CHARS):phrase.start].split()[-1:] if len(words) == 1 else []
        word = modifier[0] if modifier and modifier[0].isalpha() and names_staff_body(modifier[0]) else ""
        return (self._named_with(word) or (self._place(word, phrase) if is_place_government(word, word) else None)
                ) if word else None

    def _unnamed_maker(self, noun: str, position: int) -> Entity | None:
        """The maker of a document at ``position`` that no phrase names: the body named last, unless it is a council,
        the one a local document went to, not its maker ("Council voted ... . A report to council says" is the
        city's), or when none was, the local government whose staff wrote it."""
        last = self._last_body(position, noun)
        council = last is not None and any(name.rsplit(" ", 1)[-1].lower() == COUNCIL for name in last.names)
        return (self._council_government(noun, position) or last) if last is None or council else last

    def _national_owner(self, start: int, country: str) -> Entity | None:
        """The national body whose name ends with the country that owns a document at ``start``, its first word just
        before the phrase: "Health | Canada’s regulatory impact analysis" is Health Canada's, never the Canada
        Gazette's."""
        word = RE_WORD_BEFORE.search(self.text, max(0, start - MAX_NATIONAL_WORD_CHARS), start)
        full = f"{word.group(1)} {country}" if word is not None and word.group(1)[:1].isupper() else ""
        return next((e for e in self.entities if e.type == "organization" and full in e.names), None) if full else None

    def _council_government(self, noun: str, position: int, staff_only: bool = False) -> Entity | None:
        """The local government whose staff wrote a document no sentence gives a maker, when the copy sent it to
        council or had staff write it ("A staff report to council says ..." then "The report says"): the body a city,
        town or county word names, else that government named by its place; the body a staff document was prepared
        for when one is named ("prepared for the council"). With ``staff_only``, only a document staff wrote ("A staff
        report"), not one only sent to council ("a joint letter to council")."""
        document = council_document(noun).search(self.text, max(0, position - MAX_COUNCIL_DOCUMENT_CHARS),
                                                 position + 80)
        if document is None or (staff_only and document.group(1) is None):
            return None
        addressed = RE_STAFF_ADDRESSEE.match(self.text, document.end(1)) if document.group(1) is not None else None
        if addressed is not None and addressed.group(1).lower() in organization_noun_words():
            # the staff of the body it went to: "A staff report prepared for | the council" after "the state's
            # Coastal Resources Management Council"
            head = addressed.group(1).lower()
            body = self._recent(lambda e: e.type == "organization" and any(
                name.split()[-1].lower() == head for name in e.names))
            if body is not None or not (head in COUNCIL_BODIES or head in lexicon("local_governments")):
                return body  # a board of its own is no council's: "A staff report to | the board |" of a library
        governments = lexicon("place_governments")

        def governs(entity: Entity) -> bool:
            """A government by its name's first or last word ("City of Yellowknife", "Arlington County"), not a
            headline's words ("A Rhode Island Town Votes")."""
            return entity.type == "organization" and (not governments.isdisjoint(entity.title_words) or any(
                name.split()[0].lower() in governments or name.split()[-1].lower() in governments
                for name in entity.names))
        found = self._recent(governs)
        if found is None:
            word = local_government().search(self.text, 0, position)
            found = self._place(word.group(), NounPhrase(position, position, "nominal")) if word else None
        return found if found is not None and found.canonical().lower() not in governments else None  # never "City"

    def _body_of_modifier(self, start: int, head: int) -> Entity | None:
        """The body a document's modifier names by a word of its name: "An | inspection | report" after "the Canadian
        Food Inspection Agency", "the | safety | review" after "the Transportation Safety Board"."""
        words = {w for w in self.text[start:head].lower().split() if w.isalpha()} - lexicon("function_words")
        return self._recent(lambda e: e.type == "organization" and bool(words & e.name_words)) if (
            words) else None
