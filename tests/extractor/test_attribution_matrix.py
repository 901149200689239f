"""Every way newsroom copy names a speaker (or a document's issuer), in every frame that attributes a quote.

The corpus holds the phrasings its writers happened to use; rules written on it missed forms no article held yet
("“...,” the Department of Health said.", "U.S. Sen. Ann Roe said", "“...,” Kenora police said."). This matrix
crosses speaker forms with attribution frames, so a form that works in one frame and not in another shows up before
real copy finds it. Each cell is a one-paragraph article; its speech quotes must all go to the speaker (the kit's
own comparison of names).
"""

from __future__ import annotations

import pytest

from service.extractor import extract
from service.kit_score import same_speaker

# (how the copy names the speaker, the speaker's name as an editor writes it)
SUBJECTS = [
    ("Ann Roe", "Ann Roe"),
    ("Ann R. Roe", "Ann Roe"),
    ("Ann Roe-Baptiste", "Ann Roe-Baptiste"),
    ("Dr. Ann Roe", "Ann Roe"),
    ("Lt. Col. Ann Roe", "Ann Roe"),
    ("Ann Roe, 54,", "Ann Roe"),
    ("Ann Roe, 54, of Kenora,", "Ann Roe"),
    ("Ann Roe of Kenora, Ont.,", "Ann Roe"),
    ("Ann Roe, a nurse at St. Mary’s Hospital,", "Ann Roe"),
    ("Ann Roe, whose son was killed in the crash,", "Ann Roe"),
    ("Ann Roe, who has lived on the street for 40 years,", "Ann Roe"),
    ("Ann Roe, who chairs the committee,", "Ann Roe"),
    ("Ann Roe, executive director of the Kenora Food Bank,", "Ann Roe"),
    ("Ann Roe, president and CEO of the Kenora Food Bank,", "Ann Roe"),
    ("Ann Roe, the mayor of Kenora,", "Ann Roe"),
    ("Ann Roe, the NDP MLA for Kenora,", "Ann Roe"),
    ("Ann Roe, a spokesperson for the ministry,", "Ann Roe"),
    ("Ann Roe, the province’s chief coroner,", "Ann Roe"),
    ("Ann Roe, the board’s chair,", "Ann Roe"),
    ("Ann Roe of the Tenants Union", "Ann Roe"),
    ("the city’s chief medical officer, Dr. Ann Roe,", "Ann Roe"),
    ("the school board’s director-general, Ann Roe,", "Ann Roe"),
    ("the union’s president, Ann Roe,", "Ann Roe"),
    ("the ministry’s spokesperson, Ann Roe,", "Ann Roe"),
    ("the NDP’s health critic, Ann Roe,", "Ann Roe"),
    ("the First Nation’s chief, Ann Roe,", "Ann Roe"),
    ("the board’s chair, Ann Roe,", "Ann Roe"),
    ("the province’s auditor general, Ann Roe,", "Ann Roe"),
    ("Ontario’s chief coroner, Ann Roe,", "Ann Roe"),
    ("the CEO of Strathmore Energy, Ann Roe,", "Ann Roe"),
    ("Strathmore Energy’s CEO, Ann Roe,", "Ann Roe"),
    ("Dr. Ann Roe, an infectious diseases specialist at Toronto General Hospital,", "Ann Roe"),
    ("Health Minister Ann Roe", "Ann Roe"),
    ("Mayor Ann Roe", "Ann Roe"),
    ("Kenora Mayor Ann Roe", "Ann Roe"),
    ("Liberal MP Ann Roe", "Ann Roe"),
    ("Conservative Leader Ann Roe", "Ann Roe"),
    ("NDP health critic Ann Roe", "Ann Roe"),
    ("Treasury Board President Ann Roe", "Ann Roe"),
    ("Auditor General Ann Roe", "Ann Roe"),
    ("Chief Ann Roe of the Kenora First Nation", "Ann Roe"),
    ("Strathmore Energy CEO Ann Roe", "Ann Roe"),
    ("ministry spokesperson Ann Roe", "Ann Roe"),
    ("committee chair Ann Roe", "Ann Roe"),
    ("longtime resident Ann Roe", "Ann Roe"),
    ("Kenora resident Ann Roe", "Ann Roe"),
    ("Sen. Ann Roe, D-Ore.,", "Ann Roe"),
    ("Rep. Ann Roe (R-Ohio)", "Ann Roe"),
    ("U.S. Sen. Ann Roe", "Ann Roe"),
    ("Jean-François Ouellet", "Jean-François Ouellet"),
    ("Mary Ann van der Berg", "Mary Ann van der Berg"),
    ("Ann O’Neill", "Ann O’Neill"),
    ("Ann Roe’s lawyer, Bo Li,", "Bo Li"),
    ("a lawyer for the family, Bo Li,", "Bo Li"),
    ("Bo Li, a lawyer for the family,", "Bo Li"),
    ("the Department of Health", "Department of Health"),
    ("the Department of Fisheries and Oceans", "Department of Fisheries and Oceans"),
    ("the Saskatchewan Ministry of Health", "Ministry of Health"),
    ("the Office of the Auditor General", "Office of the Auditor General"),
    ("the U.S. Environmental Protection Agency", "Environmental Protection Agency"),
    ("the Ontario Nurses’ Association", "Ontario Nurses’ Association"),
    ("the Assembly of First Nations", "Assembly of First Nations"),
    ("the Kenora Chamber of Commerce", "Kenora Chamber of Commerce"),
    ("the Canadian Federation of Independent Business", "Canadian Federation of Independent Business"),
    ("the Kenora District Services Board", "Kenora District Services Board"),
    ("the Tar River Port Authority", "Tar River Port Authority"),
    ("the City of Kenora", "City of Kenora"),
    ("the Ontario government", "Ontario government"),
    ("Statistics Canada", "Statistics Canada"),
    ("Environment and Climate Change Canada", "Environment and Climate Change Canada"),
    ("Fisheries and Oceans Canada", "Fisheries and Oceans Canada"),
    ("Nova Scotia Health", "Nova Scotia Health"),
    ("Strathmore Energy Inc.", "Strathmore Energy"),
    ("the RCMP", "RCMP"),
    ("the OPP", "OPP"),
    ("the EPA", "EPA"),
    ("police", "police"),
    ("Kenora police", "Kenora police"),
    ("a spokesperson for the Department of Health", "a spokesperson"),
    ("a spokesperson for Health Minister Ann Roe", "a spokesperson"),
    ("a city official", "a city official"),
    ("a woman who asked not to be named", "a woman"),
    ("one resident", "one resident"),
    ("two residents", "two residents"),
    ("several parents", "several parents"),
]

# (name, frame): {s} is the speaker's form in the sentence, {S} the same opening it.
FRAMES = [
    ("trail", "“We will not back down,” {s} said."),
    ("said-first", "“We will not back down,” said {s}."),
    ("says", "“We will not back down,” {s} says."),
    ("lead", "{S} said, “We will not back down.”"),
    ("colon", "{S} said: “We will not back down.”"),
    ("clause", "{S} said the plan was “a disaster.”"),
    ("that", "{S} said Tuesday that the plan was “a disaster.”"),
    ("however", "{S}, however, said the plan was “a disaster.”"),
    ("statement", "“We will not back down,” {s} said in a statement."),
    ("interview", "“We will not back down,” {s} said in an interview with CBC News."),
    ("tuesday", "“We will not back down,” {s} said Tuesday."),
    ("told", "“We will not back down,” {s} told reporters on Tuesday."),
    ("told-clause", "{S} told CBC News the plan was “a disaster.”"),
    ("wrote", "“We will not back down,” {s} wrote in a letter to members."),
    ("according", "According to {s}, the plan was “a disaster.”"),
    ("in-statement", "In a statement, {s} said the plan was “a disaster.”"),
    ("called", "{S} called the plan “a disaster.”"),
    ("repeatedly", "{S} has repeatedly called the plan “a disaster.”"),
    ("described", "{S} described the plan as “a disaster.”"),
    ("second", "“We will not back down,” {s} said. “Not now, not ever.”"),
    ("interrupt", "“The plan,” {s} said, “is a disaster.”"),
    ("adding", "“We will not back down,” {s} said, adding that the plan was “a disaster.”"),
]

# Cells that still fail, with the reason.
KNOWN_GAPS = {
    ("Ann Roe, 54, of Kenora,", "however"):
        "a residence after an age closes no apposition when an adverb between commas stands before the verb",
    ("Ann Roe, 54, of Kenora,", "adding"):
        "the clause after 'adding that' reads its subject back over the residence to the place",
}


# (how the copy names a document's issuer, the issuer's name as an editor writes it)
ISSUERS = [
    ("the Department of Health", "Department of Health"),
    ("Health Canada", "Health Canada"),
    ("Strathmore Energy", "Strathmore Energy"),
    ("the city’s planning department", "planning department"),
    ("the Tar River Port Authority", "Tar River Port Authority"),
    ("the Office of the Auditor General", "Office of the Auditor General"),
    ("Statistics Canada", "Statistics Canada"),
    ("Auditor General Ann Roe", "Ann Roe"),
    ("the Ontario Nurses’ Association", "Ontario Nurses’ Association"),
    ("the Canadian Federation of Independent Business", "Canadian Federation of Independent Business"),
    ("Greywater Environmental", "Greywater Environmental"),
    ("the City of Kenora", "City of Kenora"),
    ("the U.S. Department of Transportation’s inspector general", "inspector general"),
    ("the Government Accountability Office", "Government Accountability Office"),
    ("Ann Roe", "Ann Roe"),
]

# A document speaks for whoever issued it: named before it, after "by", in its contact clause, or as its verb's subject.
DOCUMENT_FRAMES = [
    ("released", "{S} released a report on Tuesday.\n\nThe report said the plan was “a disaster.”"),
    ("filed", "{S} filed a project description with the agency on Tuesday.\n\nThe project description says the plan "
              "is “a disaster.”"),
    ("by", "A report by {s} found the plan was “a disaster.”"),
    ("issued-by", "The report, issued by {s} on Tuesday, says the plan is “a disaster.”"),
    ("order", "The order, issued by {s} on June 19, lets the plant grow.\n\nThe order says the plan is “a disaster.”"),
    ("contact", "The report {s} released Tuesday says the plan is “a disaster.”"),
    ("letter", "{S} sent a letter to the council last week.\n\n“We will not back down,” the letter said."),
    ("prepared-by", "A briefing note prepared by {s} warns the plan is “a disaster.”"),
    ("in-report", "In a report released Tuesday, {s} said the plan was “a disaster.”"),
    ("according-report", "The plan is “a disaster,” according to a report by {s}."),
    ("posted", "{S} posted a statement on Facebook on Tuesday.\n\n“We will not back down,” the statement said."),
    ("audit", "{S} audited the program last year.\n\nThe audit found the program was “a disaster.”"),
]

_POSSESSED_OFFICE = "a body's office after its possessor ('X’s inspector general') is read as the possessor"
_PLANNING = "a lowercase body after a possessor ('the city’s planning department') "
DOCUMENT_GAPS = {
    ("the city’s planning department", "by"): _PLANNING + "is no issuer the scan meets after 'by'",
    ("the city’s planning department", "issued-by"): _PLANNING + "is no issuer the scan meets after 'issued by'",
    ("the city’s planning department", "order"): _PLANNING + "is no issuer the scan meets after 'issued by'",
    ("the city’s planning department", "audit"): _PLANNING + "is read as the city when it audits",
    ("the U.S. Department of Transportation’s inspector general", "by"): _POSSESSED_OFFICE,
    ("the U.S. Department of Transportation’s inspector general", "issued-by"): _POSSESSED_OFFICE,
    ("the U.S. Department of Transportation’s inspector general", "order"): _POSSESSED_OFFICE,
    ("the U.S. Department of Transportation’s inspector general", "contact"): _POSSESSED_OFFICE,
    ("the U.S. Department of Transportation’s inspector general", "according-report"): _POSSESSED_OFFICE,
    ("the U.S. Department of Transportation’s inspector general", "audit"): _POSSESSED_OFFICE,
}


def _cells(rows, frames, gaps, key):
    """One pytest param per row and frame, a strict xfail where ``gaps`` names the cell (``key(row, frame name)``)."""
    return [pytest.param(*row, frame, id=f"{name}:{row[0]}",
                         marks=[pytest.mark.xfail(strict=True, reason=gaps[key(row, name)])]
                         if key(row, name) in gaps else [])
            for row in rows for name, frame in frames]


def _assert_spoken_by(text: str, speaker: str) -> None:
    """Every speech quote of ``text`` goes to ``speaker`` (the kit's comparison of names), and there is one."""
    got = [q.speaker.name if q.speaker else None for q in extract(text).quotes if q.kind != "other"]
    assert got, text
    assert all(name and same_speaker(speaker, name) for name in got), (text, got)


def _text(subject: str, frame: str) -> str:
    # the verb follows the form with its closing comma ("Ann Roe, 54, said"); anywhere else the sentence gives the
    # comma ("said Ann Roe, 54.", "According to Ann Roe, 54, the plan")
    verb_after = any(f"{{s}} {verb}" in frame for verb in ("said", "says", "told", "wrote"))
    s = subject if verb_after else subject.rstrip(",")
    opening = subject[0].upper() + subject[1:]
    if "{S}," in frame:
        opening = opening.rstrip(",")
    return frame.format(s=s, S=opening)


@pytest.mark.parametrize(("subject", "speaker", "frame"), _cells(SUBJECTS, FRAMES, KNOWN_GAPS, lambda row, name: (
    row[0], name)))
def test_every_quote_goes_to_the_speaker(subject, speaker, frame):
    _assert_spoken_by(_text(subject, frame), speaker)


@pytest.mark.parametrize(("issuer", "speaker", "frame"), _cells(ISSUERS, DOCUMENT_FRAMES, DOCUMENT_GAPS,
                                                                lambda row, name: (row[0], name)))
def test_a_document_speaks_for_its_issuer(issuer, speaker, frame):
    _assert_spoken_by(frame.format(s=issuer, S=issuer[0].upper() + issuer[1:]), speaker)


# (a body as the copy first names it, its name, the short form the copy then uses)
BODIES = [
    ("Strathmore Energy Inc.", "Strathmore Energy", "company"),
    ("Heartland Estate Auctions, a Lenexa company,", "Heartland Estate Auctions", "company"),
    ("SlipStay, a Baltimore-based app,", "SlipStay", "company"),
    ("The Canadian Federation of Independent Business", "Canadian Federation of Independent Business", "group"),
    ("The Ontario Nurses’ Association", "Ontario Nurses’ Association", "union"),
    ("The Department of Health", "Department of Health", "department"),
    ("The Saskatchewan Ministry of Health", "Ministry of Health", "ministry"),
    ("The Tar River Port Authority", "Tar River Port Authority", "authority"),
    ("Halvern Data", "Halvern Data", "company"),
    ("TrueTail Pet Insurance", "TrueTail Pet Insurance", "insurer"),
    ("Kestrel Bay Regional Council", "Kestrel Bay Regional Council", "council"),
    ("The Kenora District Services Board", "Kenora District Services Board", "board"),
    ("Clean Air Copper Cliff", "Clean Air Copper Cliff", "group"),
    ("Aéro-Technique Boréal Inc.", "Aéro-Technique Boréal", "company"),
    ("Nova Scotia Health", "Nova Scotia Health", "health authority"),
    ("Gulf of Maine Crossings Ltd.", "Gulf of Maine Crossings", "company"),
    ("Rouler Montréal, a cycling group,", "Rouler Montréal", "group"),
    ("Atlantic Seabed", "Atlantic Seabed", "company"),
]

# A body named in full speaks again by its short form or "it".
SHORT_FORM_FRAMES = [
    ("said", "{B} opened the plant in 2019.\n\n“We will not back down,” the {n} said."),
    ("said-in-statement", "{B} opened the plant in 2019.\n\n“We will not back down,” the {n} said in a statement."),
    ("clause", "{B} opened the plant in 2019.\n\nThe {n} said the plan was “a disaster.”"),
    ("it", "{B} opened the plant in 2019.\n\n“We will not back down,” it said."),
    ("person-between", "{B} opened the plant in 2019. Mayor Tom Park welcomed it.\n\n“We will not back down,” the {n} "
                       "said."),
]

_IT = "'it' means a body the text typed as one; a bare name with nothing personal about it is read as a person's"
_NOUN_FRAMES = ("said", "said-in-statement", "clause", "person-between")
_APP = "a body the text called an app is no company 'the company' may mean"
_GROUP = ("a bare name with nothing personal about it is a company's only: a person with an unknown given name looks "
          "alike")
_GULF = "a company's name with 'of' ('Gulf of Maine Crossings Ltd.') is read from its capital after 'of'"
SHORT_FORM_GAPS = {
    **{("SlipStay", frame): _APP for frame in _NOUN_FRAMES},
    **{(name, "it"): _IT for name in ("Heartland Estate Auctions", "SlipStay", "Halvern Data", "Clean Air Copper Cliff",
                                      "Rouler Montréal", "Atlantic Seabed")},
    **{("Clean Air Copper Cliff", frame): _GROUP for frame in _NOUN_FRAMES},
    **{("Gulf of Maine Crossings", frame): _GULF for frame, _ in SHORT_FORM_FRAMES},
}


@pytest.mark.parametrize(("body", "name", "noun", "frame"), _cells(BODIES, SHORT_FORM_FRAMES, SHORT_FORM_GAPS,
                                                                     lambda row, name: (row[1], name)))
def test_a_body_speaks_again_by_its_short_form(body, name, noun, frame):
    _assert_spoken_by(frame.format(B=body, n=noun), name)
