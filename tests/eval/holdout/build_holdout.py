#!/usr/bin/env python3
"""Build holdout.jsonl: the held-out set, original articles with hand gold that no rule was tuned on.

The notation and every check are the corpus builder's (``../corpus/build_corpus.py``, whose docstring
describes ``q(...)`` and ``doc(...)``); this file only points it at ``articles/`` and gives the gold:

    python tests/eval/holdout/build_holdout.py                      # write holdout.jsonl
    python tests/eval/holdout/build_holdout.py --check              # exit 1 if holdout.jsonl is stale
    python tests/eval/holdout/build_holdout.py --review             # every quote with its mention in context
    python tests/eval/holdout/build_holdout.py --marks              # quoted spans the gold does not account for
    python tests/eval/holdout/build_holdout.py --style canadian     # one style's documents, to stdout
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
STYLES = ("us-politics", "canadian")


def _corpus_builder():
    """The corpus builder as a module of its own, emptied of the corpus's gold and pointed here."""
    spec = importlib.util.spec_from_file_location("_holdout_build_corpus", HERE.parent / "corpus" / "build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.DOCS.clear()
    module.ARTICLES = HERE / "articles"
    module.OUT = OUT
    return module


corpus = _corpus_builder()
q, doc = corpus.q, corpus.doc
PER, ORG, ANON, UNK = corpus.PER, corpus.ORG, corpus.ANON, corpus.UNK
PARTIAL = corpus.PARTIAL


def main(argv: list[str] | None = None) -> int:
    return corpus.main(argv, styles=STYLES)


# ---------------------------------------------------------------------------------------------------
# The gold, one doc() per article, in the order of holdout.jsonl.
# ---------------------------------------------------------------------------------------------------

# US political news (AP, Reuters, Politico, NYT): Congress, campaigns, governors, courts.

doc("us-01", "us-politics", [
    q("the most openly partisan nominee this committee has seen in a decade.", "Marcus Whitfield", PER,
      "Sen. Marcus Whitfield", "called", PARTIAL),
    q("She has spent 15 years telling us exactly who she is,", "Marcus Whitfield", PER, "Whitfield", "said"),
    q("I believe her.", "Marcus Whitfield", PER, "Whitfield", "said"),
    q("recycled talking points", "Dale Overholt", PER, "Sen. Dale Overholt", "dismissed", PARTIAL),
    q("Judge Crane has written more than 900 opinions, and my colleagues found four they don’t like,", "Dale Overholt",
      PER, "Overholt", "said"),
    q("That’s not a record. That’s a rounding error.", "Dale Overholt", PER, "Overholt", "said"),
    q("a modest toll at the entrance to a very important road.", "Loretta Crane", PER, "she", "likened", PARTIAL),
    q("A toll,", "Priya Natarajan", PER, "Natarajan", "said"),
    q("For the right to vote. I want every American to hear that word.", "Priya Natarajan", PER, "Natarajan", "said"),
    q("a poor choice of metaphor", "Loretta Crane", PER, "she", "described", PARTIAL),
    q("The question before the court was a narrow one, and I answered it as the law required,", "Loretta Crane", PER,
      "she", "wrote"),
    q("I asked her hard questions. She gave me straight answers,", "Terrence Boyle", PER, "Boyle", "told"),
    q("That’s all I’ve ever asked of any nominee.", "Terrence Boyle", PER, "Boyle", "told"),
    q("as slow as the rules allow", "a senior Democratic aide", ANON, "A senior Democratic aide", "said", PARTIAL),
    q("a prompt, fair vote.", "White House", ORG, "The White House", "said", PARTIAL),
    q("I’ve watched people get turned away from the booth,", "Alma Reyes-Whitley", PER, "she", "said"),
    q("I don’t need a judge to explain it to me.", "Alma Reyes-Whitley", PER, "she", "said"),
], not_quotes=["Courts Not Cronies."])

doc("us-02", "us-politics", [
    q("a garden hose aimed at a forest fire", "Clay Harrower", PER, "Republican nominee Clay Harrower", "likening",
      PARTIAL),
    q("a cowboy sent over by the homebuilders.", "Elena Vasquez-Thorne", PER, "Democrat Elena Vasquez-Thorne",
      "dubbing", PARTIAL),
    q("lecturing farmers", "Clay Harrower", PER, "Harrower", "said", PARTIAL),
    q("You don't fix a drought⋯let their fields go brown,", "Clay Harrower", PER, "Harrower", "told"),
    q("You fix it by finding more water.", "Clay Harrower", PER, "Harrower", "told"),
    q("My opponent's plan,", "Elena Vasquez-Thorne", PER, "she", "said"),
    q("is to spend 20 years⋯go dry this summer.", "Elena Vasquez-Thorne", PER, "she", "said"),
    q("a fantasy with a price tag", "Elena Vasquez-Thorne", PER, "She", "called", PARTIAL),
    q("fewer than 40,000 votes, almost all of them in Maricopa County,", "Harrower campaign", ORG,
      "The Harrower campaign", "according to", PARTIAL),
    q("up two or three, on a good day.", "a senior Harrower campaign adviser", ANON,
      "A senior Harrower campaign adviser", "said", PARTIAL),
    q("Both of them are talking to maybe 5%⋯worried about their water bills,", "Noreen Castellano", PER,
      "Noreen Castellano", "said"),
    q("He has to get out of the primary mindset,", "Noreen Castellano", PER, "she", "said"),
    q("She has to convince people she isn't coming for their farm.", "Noreen Castellano", PER, "she", "said"),
    q("vote for the nominee of my party", "Russell Tamblyn", PER, "Tamblyn", "said", PARTIAL),
    q("I liked what he said about more water. I liked what she said about the wells,", "Walt Hemmerling", PER,
      "Hemmerling", "said"),
    q("I'd like to hear one of them say how they're going to pay for it.", "Walt Hemmerling", PER, "Hemmerling",
      "said"),
])

doc("us-03", "us-politics", [
    q("I have defended these maps in three campaigns, and I am not proud of every word I said,", "Howard Brekke", PER,
      "[Mr. Brekke] said in an interview", "said"),
    q("When I got here,⋯the people on the other side.", "Howard Brekke", PER, "[Mr. Brekke] said in an interview",
      "said"),
    q("I don’t want to be the last guy who voted to keep it that way.", "Howard Brekke", PER,
      "[Mr. Brekke] said in an interview", "said"),
    q("a power grab wearing a good-government costume", "Lydia Harcourt", PER, "She", "called", PARTIAL),
    q("entitled to his conscience, but not to my caucus’s help in his next campaign.", "Lydia Harcourt", PER, "She",
      "said", PARTIAL),
    q("Howard has been a good friend for a long time,", "Lydia Harcourt", PER, "Ms. Harcourt", "said"),
    q("Friends disagree.", "Lydia Harcourt", PER, "Ms. Harcourt", "said"),
    q("waiting to see whether Howard survives the week.", "a Republican aide", ANON, "One of the aides", "said",
      PARTIAL),
    q("Howard didn’t do this for us,", "Keisha Amundsen", PER, "Ms. Amundsen", "said"),
    q("He did it for the voters⋯all of us for years.", "Keisha Amundsen", PER, "Ms. Amundsen", "said"),
    q("the hour it reaches my desk.", "Teresa Lundgren", PER, "[she] said she would sign", "said", PARTIAL),
    q("Wisconsin is a 50-50 state with a 64-35 Assembly,", "Gerald Fosse", PER, "Gerald Fosse", "said"),
    q("You don’t get there by accident.", "Gerald Fosse", PER, "Gerald Fosse", "said"),
    q("People are upset, and I understand why,", "Ruth Ann Pelletier", PER, "Ms. Pelletier", "said"),
    q("But Howard has won this seat five times.⋯know his district.", "Ruth Ann Pelletier", PER, "Ms. Pelletier",
      "said"),
    q("I expect I will,", "Howard Brekke", PER, "he", "said"),
], not_quotes=["Capitol Report,"])

doc("us-04", "us-politics", [
    q("We were promised cuts. This bill is a carbon copy of the thing we campaigned against,", "Colt Meacham", PER,
      "Rep. Colt Meacham", "told"),
    q("I’m not going to pretend otherwise because the calendar says so.", "Colt Meacham", PER, "Rep. Colt Meacham",
      "told"),
    q("a surrender in a nicer suit,", "Colt Meacham", PER, "Meacham", "blasted", PARTIAL),
    q("and on anything else that looks like this.", "Shawna Pickett", PER, "Rep. Shawna Pickett", "wrote", PARTIAL),
    q("We’re going to pass it,", "Dwayne Rutledge", PER, "[he] said flatly", "said"),
    q("Next question.", "Dwayne Rutledge", PER, "[he] said flatly", "said"),
    q("This is it. There is no Plan B,", "Dwayne Rutledge", PER, "Rutledge", "told"),
    q("on us, not on them", "Dwayne Rutledge", PER, "said [the speaker] warned", "warned", PARTIAL),
    q("a funeral where everybody is still arguing about the will.", "another GOP lawmaker", ANON, "Another",
      "described", PARTIAL),
    q("bail out a speaker who can’t count,", "Renata Oduya", PER, "House Minority Leader Renata Oduya", "said",
      PARTIAL),
    q("If they bring us a clean bill with the disaster money for Florida and the Carolinas, we will talk,",
      "Renata Oduya", PER, "Oduya", "said"),
    q("If they bring us this, they can pass it themselves.", "Renata Oduya", PER, "Oduya", "said"),
    q("not going to negotiate with the House through the press", "Frank Dorsett", PER,
      "Senate Majority Leader Frank Dorsett", "told", PARTIAL),
    q("look at a calendar.", "Frank Dorsett", PER, "Senate Majority Leader Frank Dorsett", "urged", PARTIAL),
    q("a responsible, bipartisan bill that keeps the government open,", "Gabriel Ansah", PER, "Gabriel Ansah", "said",
      PARTIAL),
    q("My voters sent me here to say no,", "Colt Meacham", PER, "he", "said"),
    q("I’d be more worried if I said yes.", "Colt Meacham", PER, "he", "said"),
    q("never once told us what number gets them to yes.", "Linda Farraday", PER, "Rep. Linda Farraday", "said",
      PARTIAL),
    q("You can’t negotiate with a shrug,", "Linda Farraday", PER, "she", "said"),
])

doc("us-05", "us-politics", [
    q("no evidence, only suspicion", "Rebecca Stanwyck", PER, "Judge Rebecca Stanwyck", "said", PARTIAL),
    q("Tennessee may punish those who forge signatures. It may not punish those who ask for them,",
      "Rebecca Stanwyck", PER, "Stanwyck", "wrote"),
    q("second-guessed a legislature's reasonable judgment about its own elections.", "Harlan Voss", PER,
      "Judge Harlan Voss", "arguing", PARTIAL),
    q("open the door to an industry of signature mills.", "Harlan Voss", PER, "He", "warned", PARTIAL),
    q("Today's decision puts out-of-state money ahead of Tennessee voters,", "Wade Pellham", PER, "Pellham", "said"),
    q("We will keep defending the law the General Assembly passed.", "Wade Pellham", PER, "Pellham", "said"),
    q("the latest example of unelected judges rewriting our laws.", "Bill Haskett", PER, "Gov. Bill Haskett",
      "blasted", PARTIAL),
    q("We lost a whole summer,", "Latrice Boone", PER, "Boone", "said"),
    q("You can't gather 100,000 signatures⋯We tried.", "Latrice Boone", PER, "Boone", "said"),
    q("a basic freedom Tennesseans have had since statehood.", "Samuel Iverson", PER, "Samuel Iverson", "called",
      PARTIAL),
    q("as soon as the mandate issues.", "Samuel Iverson", PER, "He", "said", PARTIAL),
    q("I've seen what happens when people get paid by the signature,", "Donna Klemper", PER, "Klemper", "said"),
    q("They'll tell you whatever it takes to get your name on that line.", "Donna Klemper", PER, "Klemper", "said"),
    q("The Supreme Court has been pretty clear that circulating a petition is core political speech,",
      "Eliot Marchand", PER, "Eliot Marchand", "said"),
    q("States can regulate around the edges. They can't ban the paycheck.", "Eliot Marchand", PER, "Eliot Marchand",
      "said"),
], ignore=["on a per-signature basis or otherwise."])

doc("us-06", "us-politics", [
    q("This is not a red-state problem or a blue-state problem,", "Gretchen Aldous and Ray Tillotson", PER,
      "Sens. Gretchen Aldous, D-Ore., and Ray Tillotson, R-Idaho", "said",
      speakers=["Gretchen Aldous", "Ray Tillotson"]),
    q("It is a Western problem, and every summer it gets closer to everybody’s back door.",
      "Gretchen Aldous and Ray Tillotson", PER, "Sens. Gretchen Aldous, D-Ore., and Ray Tillotson, R-Idaho", "said",
      speakers=["Gretchen Aldous", "Ray Tillotson"]),
    q("another Washington bureaucracy with a fancy logo.", "Ray Tillotson", PER, "Tillotson", "said", PARTIAL),
    q("I tell them, you already pay for this.⋯insurance rates,", "Ray Tillotson", PER, "Tillotson", "said"),
    q("The question is whether you want to pay for it before the fire or after.", "Ray Tillotson", PER, "Tillotson",
      "said"),
    q("We are training firefighters for Cal Fire and the city of Phoenix,", "Gretchen Aldous", PER, "she", "said"),
    q("We should be keeping them.", "Gretchen Aldous", PER, "she", "said"),
    q("on track to be exhausted by late August,", "Federal Emergency Management Agency", ORG,
      "an internal FEMA memo", "according to", PARTIAL),
    q("with both hands.", "Bart Lindahl", PER, "Montana Gov. Bart Lindahl", "said", PARTIAL),
    q("By the time Washington finishes arguing about a bill, my crews have been on the line for six weeks,",
      "Bart Lindahl", PER, "Lindahl", "said"),
    q("a $9 billion org chart", "Harold Voight", PER, "Sen. Harold Voight", "called", PARTIAL),
    q("You can put every firefighter in America⋯on the shoulder,", "Harold Voight", PER, "Voight", "said"),
    q("The forest doesn’t care.", "Harold Voight", PER, "Voight", "said"),
    q("if it can’t move on its own.", "a Senate Democratic aide", ANON, "A Senate Democratic aide", "said", PARTIAL),
    q("I’ve got kids on my crew⋯at the car dealership in town,", "Maria Esposito-Lund", PER, "she", "said"),
    q("They love this job. Love doesn’t pay rent.", "Maria Esposito-Lund", PER, None, None),
])

doc("us-07", "us-politics", [
    q("I’m Colleen. I’m a nurse. I’m running for Congress, and I’m not a politician,", "Colleen Brannigan", PER, "she",
      "told"),
    q("She says she’s not a politician,", "Peter Dunleavy", PER, "Mr. Dunleavy", "said"),
    q("Well, she’s taking their money,⋯That’s a politician.", "Peter Dunleavy", PER, "Mr. Dunleavy", "said"),
    q("closer than it has any right to be.", "a Republican strategist", ANON, "A Republican strategist", "said",
      PARTIAL),
    q("the clearest sign yet that this region has been left behind.", "Colleen Brannigan", PER, "she", "called",
      PARTIAL),
    q("There are women in this district who have to drive an hour and 15 minutes to have a baby,", "Colleen Brannigan",
      PER, "she", "said"),
    q("An hour and 15 minutes, in February, on Route 6.", "Colleen Brannigan", PER, "she", "said"),
    q("I like Pete. I coached against him in Little League,", "Dale Przybylski", PER, "he", "said"),
    q("But I was born in that hospital. My grandkids should have been, too.", "Dale Przybylski", PER, "he", "said"),
    q("The way I look at it,", "Sharon Whitlatch", PER, "Ms. Whitlatch", "said"),
    q("you send the guy who’ll pick up the phone when you call.", "Sharon Whitlatch", PER, "Ms. Whitlatch", "said"),
    q("Special elections are strange animals,", "Peter Dunleavy", PER, "he", "said"),
    q("Turnout is everything, and nobody knows who turns out.", "Peter Dunleavy", PER, "he", "said"),
    q("We win if people remember there’s an election.", "Luis Ortega", PER, "Luis Ortega", "put it"),
])

doc("us-08", "us-politics", [
    q("Where is the injury to the voter?", "Thomas Reinholt", PER, "Justice Thomas Reinholt", "asked"),
    q("The voter still votes. The ballot still gets counted.", "Thomas Reinholt", PER, "Justice Thomas Reinholt",
      "asked"),
    q("If the board can fire the person⋯isn't that the injury?", "Angela Morrow", PER, "she", "asked"),
    q("an ordinary tool of administrative accountability", "Nathan Pruitt", PER,
      "Georgia Solicitor General Nathan Pruitt", "told", PARTIAL),
    q("Every state in the union has a mechanism to remove a county official who isn't doing the job,", "Nathan Pruitt",
      PER, "Pruitt", "said"),
    q("This law doesn't remove officials who fail,", "Deborah Akintola", PER, "Akintola", "said"),
    q("It removes officials who refuse.", "Deborah Akintola", PER, "Akintola", "said"),
    q("Is 'review' a word that means look at, or a word that means replace?", "Edward Lassiter", PER, "Lassiter",
      "asked"),
    q("very careful before we tell fifty states how to staff their county offices.", "Samuel Greenberg-Hale", PER,
      "Justice Samuel Greenberg-Hale", "saying", PARTIAL),
    q("I counted every ballot twice. I'd do it again,", "Janice Overby", PER, "Overby", "said"),
    q("If that's a firing offense, I'd like them to write that down.", "Janice Overby", PER, "Overby", "said"),
    q("restored trust in elections that too many Georgians had lost.", "Wendell Akers", PER,
      "U.S. Senator Wendell Akers", "said", PARTIAL),
    q("a loaded gun pointed at every county election office in the state.", "Lorraine Gaddy", PER, "Lorraine Gaddy",
      "called", PARTIAL),
    q("The justices sounded like people looking for an exit,", "Priya Venkataraman", PER, "Priya Venkataraman",
      "said"),
    q("Standing is the exit.", "Priya Venkataraman", PER, "Priya Venkataraman", "said"),
], not_quotes=[("review", 0)])

# Canadian news (CP, CBC, Globe): federal and provincial politics, First Nations, city hall, courts, business,
# and an international wire story.

doc("ca-01", "canadian", [
    q("This program was built to fill genuine gaps when no Canadian could be found,", "Aaron Kowalchuk", PER,
      "Kowalchuk", "told"),
    q("Somewhere along the way,⋯instead of the last one.", "Aaron Kowalchuk", PER, "Kowalchuk", "told"),
    q("We are not closing the door,", "Aaron Kowalchuk", PER, "he", "said"),
    q("We're making sure it opens for the right reasons.", "Aaron Kowalchuk", PER, "he", "said"),
    q("a deathbed conversion from a government that tripled the program's size.", "Tanvir Bassi", PER,
      "Conservative immigration critic Tanvir Bassi", "called", PARTIAL),
    q("They created this mess, and now they want a medal for cleaning up one corner of it,", "Tanvir Bassi", PER,
      "Bassi", "said"),
    q("Once again, Ottawa decides for Quebec without asking Quebec,", "Josée Lévesque-Paradis", PER, "she", "said"),
    q("blindsided", "Marc-André Gagné", PER, "Marc-André Gagné", "said", PARTIAL),
    q("Our members are not looking for cheap labour. They are looking for any labour,", "Marc-André Gagné", PER,
      "Gagné", "said"),
    q("In Sept-Îles or in Brandon, there is nobody else applying.", "Marc-André Gagné", PER, "Gagné", "said"),
    q("Eight per cent of a workforce⋯tied to one boss,", "Rosa Benítez", PER, "Rosa Benítez", "said"),
    q("If your boss owns your permit, your boss owns you.", "Rosa Benítez", PER, "Rosa Benítez", "said"),
    q("Nobody should read this as the end of the conversation,", "Aaron Kowalchuk", PER, "Kowalchuk", "said"),
    q("a recipe for exploitation that every expert has warned about.", "Harjit Sandhu", PER, "NDP critic Harjit Sandhu",
      "calling", PARTIAL),
])

doc("ca-02", "canadian", [
    q("Parents are paying for this,⋯somebody else’s money,", "Brian McAllister", PER, "McAllister", "said"),
    q("If you can’t balance a budget, we’ll find somebody who can.", "Brian McAllister", PER, "McAllister", "said"),
    q("This isn’t about punishing anyone,", "Sandra Okoye", PER, "the minister", "told"),
    q("It’s about making sure the money gets to the classroom.", "Sandra Okoye", PER, "the minister", "told"),
    q("We didn’t overspend. We were underfunded, and we said so, in writing, for three years,", "Karen Lafrenière", PER,
      "Lafrenière", "said"),
    q("Now the premier wants to fire the people who warned him.", "Karen Lafrenière", PER, "Lafrenière", "said"),
    q("a distraction from his own failure to fund schools properly,", "Marit Sundqvist", PER,
      "NDP Leader Marit Sundqvist", "called", PARTIAL),
    q("silence the only elected people parents can actually reach.", "Raymond Tse", PER,
      "Liberal education critic Raymond Tse", "said", PARTIAL),
    q("in every riding in this province.", "Greg Mahoney", PER, "Greg Mahoney", "said", PARTIAL),
    q("You want to know where the money went? Come to a Grade 3 classroom with 29 kids in it,", "Greg Mahoney", PER,
      "he", "said"),
    q("That’s where it went.", "Greg Mahoney", PER, "he", "said"),
    q("I don’t care who runs the board. I care whether my son has an EA in September,", "Jennifer Osei", PER,
      "Jennifer Osei", "said"),
    q("Absolutely,", "Brian McAllister", PER, "the premier", "said"),
    q("They won’t be worried about getting re-elected.", "Brian McAllister", PER, "the premier", "said"),
])

doc("ca-03", "canadian", [
    q("could not be undone by any later award of damages.", "Colleen Aberhart", PER, "Justice Colleen Aberhart",
      "writing", PARTIAL),
    q("The Crown’s duty to consult is not a box to be ticked on the way to a decision already made,",
      "Colleen Aberhart", PER, "she", "wrote"),
    q("Nobody from the province came to our community⋯where the moose calve,", "Dolores Kakegamic", PER,
      "Kakegamic", "said"),
    q("They sent us a PDF.", "Dolores Kakegamic", PER, "Kakegamic", "said"),
    q("We are not saying no to everything,", "Dolores Kakegamic", PER, "she", "said"),
    q("We are saying, ‘Not like this.’", "Dolores Kakegamic", PER, "she", "said"),
    q("My grandfather trapped on that land, and his father before him,", "Simon Moonias", PER, "he", "said"),
    q("I want my great-grandchildren to know it the way I know it.", "Simon Moonias", PER, "he", "said"),
    q("fully committed to meaningful partnership with First Nations.", "Guy Beauchesne", PER, "Guy Beauchesne", "said",
      PARTIAL),
    q("This road will bring jobs,⋯waited decades,", "Guy Beauchesne", PER, "Beauchesne", "said"),
    q("disappointed but respectful", "Boreal Crest Metals", ORG, "Boreal Crest Metals", "said", PARTIAL),
    q("a signal to every government in this country that the old way is over.", "Norman Sutherland", PER,
      "Grand Chief Norman Sutherland", "called", PARTIAL),
    q("All they had to do was pick up the phone,", "Rebecca Ashkewe", PER, "she", "said"),
    q("Two years ago. One call.", "Rebecca Ashkewe", PER, "she", "said"),
])

doc("ca-04", "canadian", [
    q("Nobody in this chamber wanted to vote for this number,", "Janine Kostyshyn", PER, "Kostyshyn", "told"),
    q("But I've been driving on the same potholes⋯a bigger bill.", "Janine Kostyshyn", PER, "Kostyshyn", "told"),
    q("a punch in the gut to seniors on fixed incomes", "Ravi Dhaliwal", PER, "He", "called", PARTIAL),
    q("We have added 300 positions in four years,", "Ravi Dhaliwal", PER, "Dhaliwal", "said"),
    q("Before we go back to homeowners,⋯those jobs is needed.", "Ravi Dhaliwal", PER, "Dhaliwal", "said"),
    q("You can pay now or you can pay a lot more later,", "Evelyne Chartrand", PER, "she", "said"),
    q("There's no third option where the bridge fixes itself.", "Evelyne Chartrand", PER, "she", "said"),
    q("non-negotiable.", "Janine Kostyshyn's office", ORG, "the mayor's office", "described", PARTIAL),
    q("I'm not asking for a freeze.⋯the hydro bill,", "Doreen Kaminski", PER, "Kaminski", "told"),
    q("People have been standing at stops in minus-30 watching full buses drive past,", "Tyler Beardy", PER, "he",
      "said"),
    q("Sixty buses won't fix that overnight, but it's the first budget in years that even tries.", "Tyler Beardy",
      PER, "he", "said"),
    q("always willing to talk", "Glen Hatley", PER, "Municipal Relations Minister Glen Hatley", "said", PARTIAL),
    q("has to live within its means like every other municipality.", "Glen Hatley", PER,
      "Municipal Relations Minister Glen Hatley", "said", PARTIAL),
    q("Probably,", "Janine Kostyshyn", PER, "the mayor", "said"),
    q("Ask me in two years.", "Janine Kostyshyn", PER, "the mayor", "said"),
])

doc("ca-05", "canadian", [
    q("grossly disproportionate", "Supreme Court of Canada", ORG, "The Supreme Court of Canada", "ruling", PARTIAL),
    q("A mandatory minimum must be measured against the reasonable cases it will catch, not only the worst,",
      "Claire Thibodeau", PER, "Thibodeau", "wrote"),
    q("This one will catch an offender⋯she has ever held.", "Claire Thibodeau", PER, "Thibodeau", "wrote"),
    q("substituted its own policy preferences for the considered judgment of Parliament.", "Robert Kealey", PER,
      "Justice Robert Kealey", "said", PARTIAL),
    q("uniquely grave", "Robert Kealey", PER, "He", "wrote", PARTIAL),
    q("Deterrence is not a slogan,", "Robert Kealey", PER, "Kealey", "wrote"),
    q("Each year in this country, impaired drivers kill more people than guns do.", "Robert Kealey", PER, "Kealey",
      "wrote"),
    q("look carefully at every option, including legislation.", "Amira Haddad-Lefebvre", PER,
      "Federal Justice Minister Amira Haddad-Lefebvre", "said", PARTIAL),
    q("Angela made a mistake, and she has never denied it,", "Jean-Philippe Roussel", PER, "Roussel", "said"),
    q("What she didn’t deserve was a sentence that a judge was forbidden to think about.", "Jean-Philippe Roussel",
      PER, "Roussel", "said"),
    q("people who are trying to do better.", "Angela Whitecloud", PER, "she", "said", PARTIAL),
    q("Every one of our members has a name and a date they will never forget,", "Marjorie Blaise", PER, "she",
      "said"),
    q("Today the court told them that the third time still isn’t enough.", "Marjorie Blaise", PER, "she", "said"),
    q("a reminder that judges, not slogans, should decide sentences.", "Prairie Civil Liberties Association", ORG,
      "The Prairie Civil Liberties Association", "praised", PARTIAL),
])

doc("ca-06", "canadian", [
    q("These are routes we have flown for 20 years, and we did not make this decision lightly,",
      "Sylvie Marchand-Olsen", PER, "chief executive Sylvie Marchand-Olsen", "said"),
    q("But we cannot keep asking our shareholders⋯like a wide-body jet.", "Sylvie Marchand-Olsen", PER,
      "chief executive Sylvie Marchand-Olsen", "said"),
    q("concerned", "Mélanie Côté", PER, "Mélanie Côté", "said", PARTIAL),
    q("Regional flying in this country⋯for a decade,", "Priya Chaudhry", PER, "Priya Chaudhry", "said"),
    q("Boreal held on longer than most.", "Priya Chaudhry", PER, "Priya Chaudhry", "said"),
    q("early and not especially friendly.", "a person familiar with the matter", ANON, "One of them", "described",
      PARTIAL),
    q("We've got a hospital that relies on visiting specialists⋯on Thursday,", "Allan Wojcik", PER, "he", "said"),
    q("What am I supposed to tell them, drive four hours from Winnipeg?", "Allan Wojcik", PER, "he", "said"),
    q("Our members gave up wage increases two years ago to keep this airline flying,", "Denise Olafson", PER,
      "Denise Olafson", "said"),
    q("They were told it would save these routes. It didn't.", "Denise Olafson", PER, "Denise Olafson", "said"),
    q("Give us a fee system built for the size of the plane, and we will be back in Dauphin the next day,",
      "Sylvie Marchand-Olsen", PER, "she", "said"),
])

doc("ca-07", "canadian", [
    q("the project of a generation", "François Bellerose", PER, "Quebec Premier François Bellerose", "calling",
      PARTIAL),
    q("We can build it here,⋯at twice the price,", "François Bellerose", PER, "the premier", "said"),
    q("I know which one I choose.", "François Bellerose", PER, "the premier", "said"),
    q("This river is not a battery,", "Marcelline Mestokosho", PER, "Chief Marcelline Mestokosho", "said"),
    q("Our families have travelled it⋯what happens to it.", "Marcelline Mestokosho", PER,
      "Chief Marcelline Mestokosho", "said"),
    q("that belongs to all Quebecers,", "François Bellerose", PER, "Bellerose", "said", PARTIAL),
    q("owners, not spectators.", "François Bellerose", PER, "he", "promised", PARTIAL),
    q("We have heard ‘partners’ before,", "Marcelline Mestokosho", PER, "she", "said"),
    q("selling the river before anyone has asked the people who live beside it.", "Mathieu Gendron-Paré", PER,
      "Mathieu Gendron-Paré", "accused", PARTIAL),
    q("independent, public and not rushed.", "Hélène Asselin-Moore", PER, "Liberal Leader Hélène Asselin-Moore",
      "said", PARTIAL),
    q("We are at the beginning of the conversation, not the end,", "Luc Dufresne", PER, "he", "said"),
    q("turned away for lack of power", "Quebec Manufacturers’ Council", ORG, "The Quebec Manufacturers’ Council",
      "said", PARTIAL),
    q("Once it’s flooded, there’s no going back,", "Annie Gagnon", PER, "Gagnon", "said"),
    q("You don’t get a second chance with a river.", "Annie Gagnon", PER, "Gagnon", "said"),
    q("Let them campaign against it,", "François Bellerose", PER, "he", "said"),
    q("I’ll campaign for it.", "François Bellerose", PER, "he", "said"),
])

doc("ca-08", "canadian", [
    q("Nobody, Peruvian or foreign, is above the law in this country,", "Raúl Espinoza", PER, "Espinoza", "said"),
    q("If there is responsibility, there will be consequences.", "Raúl Espinoza", PER, "Espinoza", "said"),
    q("co-operating fully", "Cordillera Copper Corp.", ORG, "Cordillera Copper", "said", PARTIAL),
    q("unjustified and deeply concerning.", "Cordillera Copper Corp.", ORG, "It", "called", PARTIAL),
    q("We are aware of the detention⋯providing consular assistance,", "Émilie Tran", PER, "spokesperson Émilie Tran",
      "said"),
    q("We respect Peru’s sovereignty and its justice system,", "Daniel Okafor", PER, "the prime minister", "said"),
    q("We also expect that the rights of Canadians will be respected, as they would be anywhere.", "Daniel Okafor",
      PER, "the prime minister", "said"),
    q("within a day or two.", "a senior Canadian government official", ANON, "A senior Canadian government official",
      "said", PARTIAL),
    q("three months without water in the taps.", "Rosa Huamaní", PER, "Rosa Huamaní", "as saying", PARTIAL),
    q("They came at us from both sides,", "Wilber", PER, "he", "told"),
    q("We had stones. They had guns.", "Wilber", PER, "he", "told"),
    q("an immediate and impartial investigation.", "Peru’s ombudsman’s office", ORG, "it", "called for", PARTIAL),
    q("Canadian juniors have built a lot of mines in communities that were never really asked,", "Laura Benavides",
      PER, "Laura Benavides", "said"),
    q("That bill is now coming due.", "Laura Benavides", PER, "Laura Benavides", "said"),
])


if __name__ == "__main__":
    sys.exit(main())
