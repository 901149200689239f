"""Phenomena of real newsroom copy (issue 9): each row is an invented sentence showing one phenomenon;
the rules are written for the phenomenon, never for the sentence."""

from __future__ import annotations

import pytest

from service.extractor import ExtractOptions, extract

OTHER = ExtractOptions(include_other=True)
# Plain paragraphs before a case, so that its first lines are read as the body's, not as a headline and deck.
BODY = ("City council met on Tuesday night to discuss the annual budget, which has grown by four per cent.\n\n"
        "The meeting lasted more than three hours and drew a large crowd of residents from across the region.\n\n"
        "Several residents spoke during the public comment period about road repairs and snow clearing.\n\n")

OWNED_REPORT = ("The House Oversight Subcommittee on Government Operations hearing came two weeks after the Social "
                "Security Administration\u2019s inspector general reported that wait times had risen.\n\nLawmakers "
                "from both parties pressed the agency on Tuesday.\n\nThe inspector general\u2019s report says "
                "staffing alone does not explain the increase. It found that offices \u201cdid not adjust "
                "staffing.\u201d")

# (phenomenon, text, [(quote words, kind, speaker name or None)]) with include_other on.
CASES = [
    # 1. Short partial quotes under a characterising verb are the speech of the clause's subject.
    ("characterising", "Vint likened the levy to “highway robbery.”", [("highway robbery.", "partial", "Vint")]),
    ("characterising", "Her backers call her “a visionary.”", [("a visionary.", "partial", "her backers")]),
    ("characterising", "The board rated the claim “mostly false.”", [("mostly false.", "partial", "board")]),
    ("characterising", "Critics dubbed the tower “the Needle.”", [("the Needle.", "partial", "Critics")]),
    ("characterising", "Mayor Ann Vint labeled the audit “a hatchet job” on Monday.",
     [("a hatchet job", "partial", "Ann Vint")]),
    # 2. Trailing attribution after any dash glyph.
    ("dash", "“We will rebuild.” ― Lena Ortiz", [("We will rebuild.", "direct", "Lena Ortiz")]),
    ("dash", "“We will rebuild.”\n― Mayor Lena Ortiz", [("We will rebuild.", "direct", "Lena Ortiz")]),
    ("dash", "“We will rebuild.”\n-- Lena Ortiz, mayor", [("We will rebuild.", "direct", "Lena Ortiz")]),
    # 3. Headlines: a Name: prefix or a capitalised cue attributes title-case quotes.
    ("headline", "Mayor Tull: Budget Is ‘Dead on Arrival’", [("Dead on Arrival", "partial", "Tull")]),
    ("headline", "Tull Says Budget Plan ‘Dead’\n\nThe mayor spoke on Monday.", [("Dead", "partial", "Tull")]),
    ("headline", "‘We Were Robbed’: Hale Blasts Referees After Loss\n\nThe coach spoke on Sunday.",
     [("We Were Robbed", "direct", "Hale")]),
    ("headline", "Ruiz Sees ‘No Path’ to Budget Deal\n\nThe governor spoke on Monday.",
     [("No Path", "partial", "Ruiz")]),
    ("headline", "Okoro Brands Ruling ‘A Disgrace’\n\nThe senator spoke on Friday.",
     [("A Disgrace", "partial", "Okoro")]),
    ("headline", "Central Bank’s Okafor Sees ‘No Rush’ to Cut Rates\n\nThe governor spoke in Lagos.",
     [("No Rush", "partial", "Okafor")]),
    ("headline", "Iran’s Foreign Ministry Blasts ‘Illegal’ Sanctions\n\nThe ministry spoke on Monday.",
     [("Illegal", "partial", "Iran’s Foreign Ministry")]),
    ("headline", "‘We Let the Fans Down’: Captain Apologizes After Derby Rout\n\nKieran Doyle, the Harrowgate captain, "
     "spoke after the match.", [("We Let the Fans Down", "direct", "Kieran Doyle")]),
    ("headline", "Netflix Renews ‘Harbor Lights’ for a Second Season\n\nThe show returns in May.",
     [("Harbor Lights", "other", None)]),
    # 3. A headline's quote lifted from a longer one in the body speaks with the body's speaker; a title does not.
    ("headline-lifted", "‘She waited nine hours’: Family demands answers after death in ER waiting room\n\n“She "
     "waited nine hours. Nine hours, in a plastic chair,” her daughter, Rachel Olsen, told the Star on Monday.",
     [("She waited nine hours", "direct", "Rachel Olsen"),
      ("She waited nine hours. Nine hours, in a plastic chair,", "direct", "Rachel Olsen")]),
    ("headline-lifted", "‘I’m paying for a train that doesn’t come’: LRT opening pushed to 2028\n\nThe line is late."
     "\n\n“I’m paying for a train that doesn’t come,” Teresa Figueroa said Friday.",
     [("I’m paying for a train that doesn’t come", "direct", "Teresa Figueroa"),
      ("I’m paying for a train that doesn’t come,", "direct", "Teresa Figueroa")]),
    ("headline-lifted", "Faculty association head calls plan ‘managed decline’; province says no\n\nThe university "
     "will cut jobs.\n\nIts faculty association will fight. Its president, Ingrid Solberg, described the plan as "
     "“managed decline” and said more.", [("managed decline", "partial", "Ingrid Solberg"),
                                           ("managed decline", "partial", "Ingrid Solberg")]),
    ("headline-lifted", "‘Harbor Lights’: Netflix renews hit drama for second season\n\n“Harbor Lights” returns in "
     "May.", [("Harbor Lights", "other", None), ("Harbor Lights", "other", None)]),
    ("headline-lifted", "Ottawa claws back benefits\n\nAdvocates call the clawbacks ‘a shell game’ with the poorest "
     "people\n\nThe government clawed back $40 million.\n\nRabia Mahmood, policy director at the Income Justice "
     "Network, called the arrangement “a shell game with the poorest people in the country.”",
     [("a shell game", "partial", "Rabia Mahmood"),
      ("a shell game with the poorest people in the country.", "partial", "Rabia Mahmood")]),
    ("headline-role-later", "Pipeline would ‘cut our territory in half,’ First Nation chief tells regulator\n\nThe "
     "hearing opened on Tuesday.\n\n“This line would cut our territory in half,” Chief Marlene Tsakwa of the Naskwa "
     "First Nation told the panel.", [("cut our territory in half,", "partial", "Marlene Tsakwa"),
                                      ("This line would cut our territory in half,", "direct", "Marlene Tsakwa")]),
    # 3a. A deck's second clause after a semicolon has a subject of its own, a bare role as headlines write them.
    ("deck-clause", "Ferry service cut to 3 sailings a week\n\nOperator blames lack of deckhands; union says problem "
     "was 'years in the making'\n\nThe crews are angry.", [("years in the making", "partial", "union")]),
    ("deck-clause", "Health minister says clinic will cut wait times; nurses' union calls it 'a slow bleed'\n\nThe "
     "clinic opens in May.", [("a slow bleed", "partial", "nurses' union")]),
    # 3a. A sentence-case headline's role without its article after the quote ("‘unacceptable,’ health minister
    #     tells MPs") is the person the body titles so; a headline's role is whoever the body gives its words to.
    ("deck-clause", "Dental-care claims backlog ‘unacceptable,’ health minister tells MPs\n\nOTTAWA — Health "
     "Minister Nathalie Brisebois acknowledged the backlog on Tuesday.",
     [("unacceptable,", "partial", "Nathalie Brisebois")]),
    ("deck-clause", "‘Where are these kids supposed to go?’ grandmother asks councillors\n\nThe committee voted.\n\n"
     "“Where are these kids supposed to go? Who will teach them?” Mary Ann Courchene asked.",
     [("Where are these kids supposed to go?", "direct", "Mary Ann Courchene"),
      ("Where are these kids supposed to go? Who will teach them?", "direct", "Mary Ann Courchene")]),
    ("deck-clause", "Fibre in the ground, but no internet\n\nCo-op says money 'stuck in paperwork'; minister says "
     "invoices didn't match\n\nREGINA — The project stalled.\n\n\"The money is stuck in paperwork,\" said Ruth "
     "Anne Friesen, Prairie Link's general manager.", [("stuck in paperwork", "partial", "Ruth Anne Friesen"),
                                                     ("The money is stuck in paperwork,", "direct",
                                                      "Ruth Anne Friesen")]),
    ("headline-lifted", "DOJ sues county over sanctuary policy after fatal crash: ‘This was preventable’\n\nThe "
     "Justice Department sued on Tuesday.\n\nKaren Dwyer's daughter died in the crash.\n\n“This was preventable. "
     "That's what I can't get past,” she said.", [("This was preventable", "direct", "Karen Dwyer"),
                                                  ("This was preventable. That's what I can't get past,", "direct",
                                                   "Karen Dwyer")]),
    ("deck-clause", "Water outlet approved\n\nManitoba calls decision ‘a slap in the face’; Ottawa asks for review\n\n"
     "BISMARCK — The board voted.\n\nEnvironment Minister Celeste Arbez called the decision “a slap in the face” to "
     "downstream communities.", [("a slap in the face", "partial", "Celeste Arbez"),
                                 ("a slap in the face", "partial", "Celeste Arbez")]),
    ("deck-clause", "Pension plan loses $90M\n\nUnion says members 'deserve answers'; CEO calls loss 'contained'\n\n"
     "HALIFAX — The plan lost money.\n\n\"Our members deserve answers,\" said Paula Gillis, president of the "
     "teachers' union.", [("deserve answers", "partial", "Paula Gillis"), ("contained", "partial", "CEO"),
                          ("Our members deserve answers,", "direct", "Paula Gillis")]),
    # 3b. A headline's subject elided before its second verb ("Bank Holds Rates, Warns of ‘Sticky’
    #     Inflation") speaks the quote, by the fuller name the lead gives it; the object after a cue never does.
    ("headline-elided", "Bank Holds Rates, Warns of ‘Sticky’ Inflation\n\nThe Central Bank kept its benchmark "
     "rate at 27.5% on Tuesday.", [("Sticky", "partial", "Central Bank")]),
    ("headline-elided", "Mayor Tull Vetoes Budget, Calls It ‘Reckless’\n\nMayor Maria Tull vetoed the plan on "
     "Monday.", [("Reckless", "partial", "Maria Tull")]),
    ("headline-elided", "Judge Blocks Missouri Law on Protests Near Polling Places, Calling It ‘Hopelessly Vague’\n\n"
     "Judge Patricia Nwosu of the Western District ruled on Friday.",
     [("Hopelessly Vague", "partial", "Patricia Nwosu")]),
    ("headline-elided", "Harbor Transit Cuts Two Routes, Blames ‘Brutal’ Deficit\n\nThe agency spoke on Monday.",
     [("Brutal", "partial", "Harbor Transit")]),
    ("headline-elided", "Fed Holds Rates, Sees ‘Sticky’ Inflation\n\nThe decision was expected.",
     [("Sticky", "partial", "Fed")]),
    ("headline-elided", "Union Leaders Reject Offer, Call It ‘An Insult’\n\nThe vote was 41 to 3.",
     [("An Insult", "partial", "Union Leaders")]),
    # 4. The subject of the clause that holds the cue.
    ("subject", "“Home,” Rivera sings, before asking, “Why?”",
     [("Home,", "direct", "Rivera"), ("Why?", "direct", "Rivera")]),
    # 5. Nicknames and slogans governed by a characterising verb are speech; titles stay other.
    ("nickname", "Her rivals called her “Lady Ledger.”", [("Lady Ledger.", "partial", "her rivals")]),
    ("nickname", "Protesters chanted “Lock the Gates” outside city hall.",
     [("Lock the Gates", "partial", "Protesters")]),
    ("nickname", "Vint said it on KXTV’s “Morning Hour” on Monday.", [("Morning Hour", "other", None)]),
    ("nickname", "The director said the film “Red Road” opens Friday.", [("Red Road", "other", None)]),
    # 5. Words named as words and glosses stay other: a generic "when X says", a word the sentence names as
    #    a word, a title that is a sentence's subject.
    ("words-as-words", "When the council says “affordable,” it usually means something else.",
     [("affordable,", "other", None)]),
    ("words-as-words", "Whenever a coach calls a loss “a learning experience,” fans wince.",
     [("a learning experience,", "other", None)]),
    ("words-as-words", "Critics like to call such films “patient,” a word that has come to mean “I checked my phone.”",
     [("patient,", "other", None), ("I checked my phone.", "other", None)]),
    ("words-as-words", "The mayor’s office favors “right-sizing,” a term that means layoffs.",
     [("right-sizing,", "other", None)]),
    ("words-as-words", "“It is a film about waiting,” director Anna Berg said.\n\n“Harbor Lights” opens Friday at the "
     "Strand and the Rialto. Rated PG-13.",
     [("It is a film about waiting,", "direct", "Anna Berg"), ("Harbor Lights", "other", None)]),
    ("words-as-words", "The author of “Rivers of Iron,” Thomas Abernathy, said the mill closed in 1982.",
     [("Rivers of Iron,", "other", None)]),
    ("words-as-words", "“We will win,” Ann Vint said.\n\n“We have the votes,” she added.",
     [("We will win,", "direct", "Ann Vint"), ("We have the votes,", "direct", "Ann Vint")]),
    ("words-as-words", "When the mayor said “we will rebuild,” the crowd cheered.",
     [("we will rebuild,", "direct", "mayor")]),
    # 12. Colon introductions: after "quoted X as saying", and on a bulleted line.
    ("colon", "Veloria’s state news agency VNA quoted Defence Minister Omar Haddad as saying: "
     "“We will respond at a time of our choosing.”",
     [("We will respond at a time of our choosing.", "direct", "Omar Haddad")]),
    ("colon", "Storm updates:\n\n- Mayor Rita Cho: “Stay home tonight”", [("Stay home tonight", "direct", "Rita Cho")]),
    ("colon", "Reaction:\n\n• Coach Dana Reyes: “We played scared.”", [("We played scared.", "direct", "Dana Reyes")]),
    # 13. An office named by its holder's role is that office, never another recent organization.
    ("role-office", "Mayor Ann Vint unveiled the plan on Monday. Harbor Transit runs the buses. The mayor’s office "
     "says the plan is a “living document.”", [("living document.", "partial", "mayor’s office")]),
    ("role-office", "Harbor Transit cut two routes. The governor’s office said the cuts were “regrettable.”",
     [("regrettable.", "partial", "governor’s office")]),
    # 15. A role the lexicons do not know, with a determiner, as the subject of an explicit cue is who spoke
    #     (an indefinite one is an anonymous source), before or after the cue; never a name from before.
    ("unknown-role", "Maria Lopez runs the building. “Think first,” the tenant said.",
     [("Think first,", "direct", "tenant")]),
    ("unknown-role", "Father Tom Reyes led the Mass on Sunday. “It was beautiful,” a longtime parishioner said.",
     [("It was beautiful,", "direct", "a longtime parishioner")]),
    ("unknown-role", "Maria Lopez owns the bakery. “We were robbed twice,” said the shopkeeper.",
     [("We were robbed twice,", "direct", "shopkeeper")]),
    ("unknown-role", "Maria Lopez owns the bakery. The shopkeeper said the break-in was “the last straw.”",
     [("the last straw.", "partial", "shopkeeper")]),
    ("unknown-role", "Omar Haddad spoke first.\n\nA longtime parishioner said: “We need a new roof.”",
     [("We need a new roof.", "direct", "a longtime parishioner")]),
    ("unknown-role", "Maria Lopez, who owns the bakery, said the break-in was “the last straw.”",
     [("the last straw.", "partial", "Maria Lopez")]),
    ("unknown-role", "Maria Lopez told the tenant the rent was “not negotiable.”",
     [("not negotiable.", "partial", "Maria Lopez")]),
    ("unknown-role", "“Think first,” said the tenant’s lawyer, Omar Haddad.",
     [("Think first,", "direct", "Omar Haddad")]),
    ("unknown-role", "“We were robbed twice,” said the shopkeeper who found the door open.",
     [("We were robbed twice,", "direct", "shopkeeper")]),
    # 14. Singular they: one named person, and no group the pronoun could mean, is who "they said" is;
    #     a person the copy says uses they/them is theirs outright. A group nearby keeps "they".
    ("singular-they", "“I’m not going back,” said Sam Ortiz, who uses they/them pronouns. “They can’t make me,” "
     "they said.", [("I’m not going back,", "direct", "Sam Ortiz"), ("They can’t make me,", "direct", "Sam Ortiz")]),
    ("singular-they", "Rowan Blake has run the Eastside shelter since 2019. “We are full every night,” they said.",
     [("We are full every night,", "direct", "Rowan Blake")]),
    ("singular-they", "Quinn Adair, 34, spoke after the hearing.\n\n“It was a long day,” they told reporters. “I’m "
     "going home.”", [("It was a long day,", "direct", "Quinn Adair"), ("I’m going home.", "direct", "Quinn Adair")]),
    ("singular-they", "Avery Mendel, who is nonbinary, coached the team for a decade. “I loved every season,” they "
     "said.", [("I loved every season,", "direct", "Avery Mendel")]),
    ("singular-they", "Police arrested Rowan Blake on Monday. “He was armed,” they said.",
     [("He was armed,", "direct", "unknown")]),
    ("singular-they", "Rowan Blake met city officials on Monday. “We need more money,” they said.",
     [("We need more money,", "direct", "unknown")]),
    ("singular-they", "Rowan Blake runs the shelter with two volunteers. “We are full,” they said.",
     [("We are full,", "direct", "unknown")]),
    ("singular-they", "Rowan Blake and Lee Park run the shelter. “We are full,” they said.",
     [("We are full,", "direct", "Rowan Blake")]),  # both of them: Lee Park is the co-speaker
    ("singular-they", "Rowan Blake sued the Hendersons. “We were wronged,” they said.",
     [("We were wronged,", "direct", "unknown")]),
    ("singular-they", "The Hendersons sued Rowan Blake. “We were wronged,” they said.",
     [("We were wronged,", "direct", "Hendersons")]),
    ("role-office", "Eastline Rail cut 30 trains. The company’s board said the cuts were “painful.”",
     [("painful.", "partial", "Eastline Rail")]),
    # 12. An aside naming who is quoted: the one quoted speaks.
    ("quoting", "Veloria’s state television, quoting an unnamed government source, said the threat “will not change "
     "realities on the ground.”", [("will not change realities on the ground.", "partial",
                                   "an unnamed government source")]),
    ("quoting", "The newspaper, quoting Finance Minister Omar Haddad, said the budget was “beyond repair.”",
     [("beyond repair.", "partial", "Omar Haddad")]),
    ("quoting", "The newspaper, which has backed the mayor, said the budget was “beyond repair.”",
     [("beyond repair.", "partial", "newspaper")]),
    # 4. A passive reporting verb: its agent speaks, not its subject.
    ("passive", "The council leader has been accused by campaigners of ‘dismantling a century of public service.’",
     [("dismantling a century of public service.", "partial", "campaigners")]),
    ("passive", "The budget was called “reckless” by the opposition leader, Dana Reyes.",
     [("reckless", "partial", "Dana Reyes")]),
    ("passive", "The merger was described by two analysts as “a bet on the past.”",
     [("a bet on the past.", "partial", "two analysts")]),
    ("passive", "The mayor said the bridge was built by the state in “record time.”",
     [("record time.", "partial", "mayor")]),
    # 11. A person of an institution is the speaker, not the institution; an institution named with "of" is whole.
    ("affiliation", "Tom Reyes of St. Anne’s Church said the shelter was “full by ten.”",
     [("full by ten.", "partial", "Tom Reyes")]),
    ("affiliation", "Maria Lopez of the Tenants Union said the rent was “unlivable.”",
     [("unlivable.", "partial", "Maria Lopez")]),
    ("affiliation", "“The rent is unlivable,” Maria Lopez of the Tenants Union said.",
     [("The rent is unlivable,", "direct", "Maria Lopez")]),
    ("affiliation", "Bank of America said profits were “solid.”", [("solid.", "partial", "Bank of America")]),
    ("affiliation", "The University of Michigan said the results were “solid.”",
     [("solid.", "partial", "University of Michigan")]),
    ("affiliation", "The wife of Tom Reyes said he was “exhausted.”", [("exhausted.", "partial", "wife of Tom Reyes")]),
    # 6. Transcripts: one quote per turn, marks or not; the label is the speaker, resolved to the cast.
    ("transcript", "Mayor Maria Tull spoke to David Ortega.\n\nORTEGA: Why now?\n\nTULL: Because we listened.\n\n"
     "ORTEGA: And if it fails?\n\nTULL: Then we cut service.",
     [("Why now?", "direct", "David Ortega"), ("Because we listened.", "direct", "Maria Tull"),
      ("And if it fails?", "direct", "David Ortega"), ("Then we cut service.", "direct", "Maria Tull")]),
    ("transcript", "Marisol Quintana sat down with the Courier’s Ben Atwood.\n\nQ: Can it?\n\nA: No. We are eight "
     "people.\n\nQ: What would go first?\n\nA: Probably our outreach.",
     [("Can it?", "direct", "Ben Atwood"), ("No. We are eight people.", "direct", "Marisol Quintana"),
      ("What would go first?", "direct", "Ben Atwood"), ("Probably our outreach.", "direct", "Marisol Quintana")]),
    ("transcript", "An excerpt follows.\n\n\"DISPATCHER: 911, what is the address?\n\n\"BLAISDELL: I'm on 9.\n\n"
     "\"DISPATCHER: Stop the truck now.\"",
     [("911, what is the address?", "direct", "dispatcher"), ("I'm on 9.", "direct", "Blaisdell"),
      ("Stop the truck now.", "direct", "dispatcher")]),
    ("transcript", "LIVE: Harrowgate 2-1 Castlebridge\n\nHT: Harrowgate 0-1 Castlebridge.\n\nFT: It ends 2-1.", []),
    # 6b. A role label with the speaker's name in brackets ("CALLER (LINDA)"): the name speaks, resolved to
    #     the fuller name the copy gave; stage directions ("(laughs)", "[APPLAUSE]", "(crosstalk)") are
    #     neither speakers nor words of the turn, in a label, at a turn's edges or as a paragraph between turns.
    ("transcript-label", "HOST: You're on the air.\n\nCALLER (LINDA): I think the fare hike is unfair.\n\n"
     "HOST: Thanks, Linda.",
     [("You're on the air.", "direct", "host"), ("I think the fare hike is unfair.", "direct", "Linda"),
      ("Thanks, Linda.", "direct", "host")]),
    ("transcript-label", "Our first caller was Omar Haddad, a nurse from Eastside.\n\nHOST: Go ahead, Omar.\n\n"
     "CALLER (OMAR): Nobody asked the night shift.\n\nHOST: Fair point.\n\nCALLER (Omar, Eastside): And the "
     "parking?",
     [("Go ahead, Omar.", "direct", "host"), ("Nobody asked the night shift.", "direct", "Omar Haddad"),
      ("Fair point.", "direct", "host"), ("And the parking?", "direct", "Omar Haddad")]),
    ("transcript-label", "Senator Mary Hale took questions.\n\nMODERATOR: Your answer?\n\nHALE (LAUGHING): Not "
     "yet.\n\n(CROSSTALK)\n\nMODERATOR: When, then?\n\nHALE: [laughter] In the spring. [APPLAUSE]",
     [("Your answer?", "direct", "moderator"), ("Not yet.", "direct", "Mary Hale"),
      ("When, then?", "direct", "moderator"), ("In the spring.", "direct", "Mary Hale")]),
    ("transcript-label", "MODERATOR: Your answer?\n\nSEN. MARY HALE (D-OHIO): Not yet.\n\nMODERATOR: Why?\n\n"
     "HALE: It (the bill) is [sic] weak.",
     [("Your answer?", "direct", "moderator"), ("Not yet.", "direct", "Mary Hale"), ("Why?", "direct", "moderator"),
      ("It (the bill) is [sic] weak.", "direct", "Mary Hale")]),
    ("transcript-label", "MODERATOR: Your answer?\n\nHALE: [The council] never asked us.\n\nMODERATOR: And?\n\n"
     "HALE: [inaudible]",
     [("Your answer?", "direct", "moderator"), ("[The council] never asked us.", "direct", "Hale"),
      ("And?", "direct", "moderator")]),
    # 8. Cues respect names; a participle after an indefinite noun names what follows.
    ("cues", "Officials said the United States “will respond” soon.", [("will respond", "partial", "Officials")]),
    ("cues", "The event was run by an Iranian organization called “Global Forum of Islamic Awakening” in Tehran.",
     [("Global Forum of Islamic Awakening", "other", None)]),
    ("cues", "Karesh’s government called the meeting “a theatre.”", [("a theatre.", "partial", "Karesh’s government")]),
    # "added to" adds a thing, not words: the subject of the cue before it speaks.
    ("cues", "The Alzheimer’s Research Alliance said in a statement that the study added to “a growing body of "
     "evidence” on exercise.", [("a growing body of evidence", "partial", "Alzheimer’s Research Alliance")]),
    ("cues", "The levy, Lee said, only adds to “a climate of fear.”", [("a climate of fear.", "partial", "Lee")]),
    ("cues", "Dana Ruiz toured the dock. “We will rebuild,” she added. “It will take years,” Ruiz added to reporters.",
     [("We will rebuild,", "direct", "Dana Ruiz"), ("It will take years,", "direct", "Dana Ruiz")]),
    # 9. Sentence-final attribution covers the sentence.
    ("sentence-end", "“It will help,” for small firms, Vint said.", [("It will help,", "direct", "Vint")]),
    # 7. Mark pairing: a closing mark before a lowercase word; runs of spaces and wrapped lines inside a quote.
    ("marks", "The council warned of ‘no good options’ after years of cuts.",
     [("no good options", "partial", "council")]),
    ("marks", "“We were there.  We saw it.  Then it was gone,” Ana Lee said.",
     [("We were there.  We saw it.  Then it was gone,", "direct", "Ana Lee")]),
    ("marks", "“We were there and we\nsaw it happen,” Ana Lee said.", [("We were there and we\nsaw it happen,",
                                                                      "direct", "Ana Lee")]),
    ("marks", "The Joneses' house is big and the Smiths' car is red.", []),
    # 11. An unnamed person's description ends at the day ("A federal judge | on Friday blocked ...").
    ("description-day", "A federal judge on Friday blocked the law, saying it was “hopelessly vague.”",
     [("hopelessly vague.", "partial", "a federal judge")]),
    ("description-day", "A nurse at Harlow General Hospital on Monday described the ward as “full to bursting.”",
     [("full to bursting.", "partial", "a nurse at Harlow General Hospital")]),
    # 13. A role the lead gives ("a federal judge") is the person a fitting title names next; a source never is.
    ("role-lead", "A federal judge on Friday blocked the law, saying it was “hopelessly vague.”\n\nU.S. District "
     "Judge Patricia Nwosu wrote that the statute could be read broadly.",
     [("hopelessly vague.", "partial", "Patricia Nwosu")]),
    ("role-lead", "A senior official said the talks were “stalled.”\n\nSecretary of State Ann Lee said on Monday that "
     "talks would resume.", [("stalled.", "partial", "a senior official")]),
    # 10. Words somebody's remarks hold are theirs: "Corrigan’s remarks about “…”", "whose remarks about", "his
    #     claim that ... “…”"; not a remark another speaker characterises ("called Corrigan’s remarks “…”").
    ("possessed-remarks", "Corrigan’s 2019 remarks about “the tyranny of the median voter” resurfaced last month.",
     [("the tyranny of the median voter", "partial", "Corrigan")]),
    ("possessed-remarks", "The White House is standing behind Neil Corrigan, a former fund executive whose remarks "
     "about “the tyranny of the median voter” resurfaced last month.",
     [("the tyranny of the median voter", "partial", "Neil Corrigan")]),
    ("possessed-remarks", "Mayor Ann Vint stood firm. Critics seized on her claim that the levy was “a bargain.”",
     [("a bargain.", "partial", "Ann Vint")]),
    ("possessed-remarks", "Critics seized on Sen. Ann Vint’s remark that voters were “easily bored.”",
     [("easily bored.", "partial", "Ann Vint")]),
    ("possessed-remarks", "Lee called Corrigan’s remarks “a disgrace.”", [("a disgrace.", "partial", "Lee")]),
    # 13. "The agency" is a news agency or a government agency, whichever was named last.
    ("agency", "WASHINGTON (AP) -- The Federal Flood Recovery Administration did not dispute the findings. In a "
     "written response, the agency said it had “already begun correcting” the problems.",
     [("already begun correcting", "partial", "Federal Flood Recovery Administration")]),
    ("agency", "TEHRAN (AFP) -- The agency said the minister had “resigned.”", [("resigned.", "partial", "AFP")]),
    ("agency", "The state news agency IRNA reported the talks. The Health Ministry confirmed them. The agency said "
     "the minister had “resigned.”", [("resigned.", "partial", "IRNA")]),
    # 11. A body's name in apposition after the role that describes it is the speaker ("The union, X Local 333,").
    ("body-apposition", "The union, Grain and Port Workers Local 333, called the lockout “a stunt.”",
     [("a stunt.", "partial", "Grain and Port Workers Local 333")]),
    ("body-apposition", "An English-speaking advocacy group, Voices of Quebec, said the bill “sends one more signal.”",
     [("sends one more signal.", "partial", "Voices of Quebec")]),
    ("body-apposition", "The industry’s main trade group, the Prescription Access Coalition, said plans “must have "
     "time.”", [("must have time.", "partial", "Prescription Access Coalition")]),
    # 13. "The association", "the union": the body last named by that head noun or described by it, not merely the
    #     last body named.
    ("body-head", "The Dockside Employers’ Association and the union met Monday. Later, the Western Shippers "
     "Coalition weighed in. The association said it was “ready.”",
     [("ready.", "partial", "Dockside Employers’ Association")]),
    ("body-head", "The union, Grain and Port Workers Local 333, rejected the offer. The Western Shippers Coalition "
     "urged talks. The union said its members were “ready to work.”",
     [("ready to work.", "partial", "Grain and Port Workers Local 333")]),
    # 13. An opposition critic is titled by the portfolio: "Conservative defence critic Kelly Brandvold".
    ("critic", "“We will not back down,” Conservative health critic Ann Lee said.",
     [("We will not back down,", "direct", "Ann Lee")]),
    ("critic", "“It is a scandal,” said Bloc Québécois defence critic Mathieu Plamondon.",
     [("It is a scandal,", "direct", "Mathieu Plamondon")]),
    ("critic", "Critics said the plan was “a giveaway.”", [("a giveaway.", "partial", "Critics")]),
    ("critic", "NDP critic Ann Lee said the plan was “a giveaway.” The critic added that it was “shameful.”",
     [("a giveaway.", "partial", "Ann Lee"), ("shameful.", "partial", "Ann Lee")]),
    # 13. A body's role ("the campaign behind the measure") never turns a person quoted before into that body; only
    #     a company's role finds the company in a bare name ("Eastline Rail ... the company said").
    ("body-not-person", "At the diner, Luz Ortiz pours coffee.\n\n“It’s hard,” Ortiz says.\n\nThe campaign behind "
     "the measure says wages are too low.\n\nOrtiz says she will vote yes. “I’ve seen things win,” she says.",
     [("It’s hard,", "direct", "Luz Ortiz"), ("I’ve seen things win,", "direct", "Luz Ortiz")]),
    ("body-not-person", "Eastline Rail cut 30 trains on Monday. The company said the cuts were “temporary.”",
     [("temporary.", "partial", "Eastline Rail")]),
    # 13. A newspaper by its name ("the state-run Lorvik Daily") is a medium that "the newspaper" finds before the
    #     dateline's wire service.
    ("newspaper", "LORVIK (Reuters) — Talmara raised tariffs on Monday.\n\nThe state-run Lorvik Daily said Canada had "
     "“made its choice.”\n\n“Nobody wins a trade war,” the newspaper said.",
     [("made its choice.", "partial", "Lorvik Daily"), ("Nobody wins a trade war,", "direct", "Lorvik Daily")]),
    # 4. An unnamed subject's first verb ends its description: "a man in the back | stood and shouted".
    ("second-verb", "The meeting stopped when a man in the back stood and shouted, “Shame!”",
     [("Shame!", "direct", "a man in the back")]),
    ("second-verb", "The hearing was interrupted when a protester in the back of the room stood and shouted, “Your "
     "clients are poisoning our kids!”", [("Your clients are poisoning our kids!", "direct",
                                          "a protester in the back of the room")]),
    ("second-verb", "A woman near the stage stood up and yelled, “Four more years!”",
     [("Four more years!", "direct", "a woman near the stage")]),
    # 4. Auxiliaries between the subject and its verb do not cut the subject off.
    ("auxiliary", "It is the core of a strategy that Premier Luc Gagne has described as “the fight of our generation.”",
     [("the fight of our generation.", "partial", "Luc Gagne")]),
    ("auxiliary", "It is a plan Mayor Ann Vint would later call “a mistake.”", [("a mistake.", "partial", "Ann Vint")]),
    # 13. An unnamed spokesperson for a named official speaks, not the official; "the spokesperson" follows them.
    ("agent", "The city asked for nurses. A spokesperson for Health Minister Carla Reyes said in an email that the "
     "ministry was “reviewing the request.”\n\n“We take this seriously,” the spokesperson said.",
     [("reviewing the request.", "partial", "a spokesperson for Health Minister Carla Reyes"),
      ("We take this seriously,", "direct", "a spokesperson for Health Minister Carla Reyes")]),
    ("agent", "A lawyer for Ann Lee said the charges were “baseless.” Lee did not comment. “I am innocent,” Lee said "
     "later.", [("baseless.", "partial", "a lawyer for Ann Lee"), ("I am innocent,", "direct", "Ann Lee")]),
    # 11. An anonymous source with initials in its description ("A senior U.S. official") is a mention "the
    #     official" finds; a participle's that-clause after a quote names nobody ("noting that Mr. O’Neill had").
    ("anonymous-initials", "“We respect the partnership,” State Department spokesperson Ryan Whitford said.\n\nA "
     "senior U.S. official, who spoke on condition of anonymity, said Washington had asked for a deal.\n\n“We’d rather "
     "be inside the tent,” the official said.",
     [("We respect the partnership,", "direct", "Ryan Whitford"),
      ("We’d rather be inside the tent,", "direct", "a senior U.S. official")]),
    ("that-clause", "Councillor Patrick O’Neill said he was not surprised.\n\nCritic Jérôme Caron accused the "
     "government of acting “only once the cameras showed up,” noting that Mr. O’Neill had written twice.",
     [("only once the cameras showed up,", "partial", "Jérôme Caron")]),
    # 4. "Name, apposition, who called": the name, not its apposition.
    ("relative-apposition", "Among the letter writers was former Gov. Patricia Lund, a Democrat, who wrote that he had "
     "been “the hardest-working legislator I ever dealt with.”",
     [("the hardest-working legislator I ever dealt with.", "partial", "Patricia Lund")]),
    ("relative-apposition", "The plan drew a rebuke from Rep. Kyle Sandoval, a Republican from Oak Hollow, who called "
     "them “the same speech we hear every year.”",
     [("the same speech we hear every year.", "partial", "Kyle Sandoval")]),
    # 5. A naming participle after a pronoun subject reports: "a lesson she called “…”".
    ("pronoun-called", "Tricia Vandenberg said she had pulled her son out of a health class over a lesson she called "
     "“indoctrination dressed up as wellness.”",
     [("indoctrination dressed up as wellness.", "partial", "Tricia Vandenberg")]),
    # 10. "his office said": the office of whoever "his" is, never a body named since.
    ("possessive-office", "Sen. Ken Tillotson has stayed neutral. Democrats were happy to watch. Asked whether "
     "Tillotson had watched the debate, his office said only that the senator was “focused on finishing the job.”",
     [("focused on finishing the job.", "partial", "Ken Tillotson’s office")]),
    # 3. A byline names the writer, never a speaker: a deck's role is named in the body, not by the byline.
    ("byline", "Health minister resigns\n\nPremier says he accepted resignation ‘with regret’\n\nMireille Cormier · "
     "CBC News · Posted: Oct 07, 2025 6:15 PM ADT\n\nThe health minister resigned on Tuesday. Premier Gordon MacLellan "
     "said he accepted the resignation “with regret.”",
     [("with regret", "partial", "Gordon MacLellan"), ("with regret.", "partial", "Gordon MacLellan")]),
    ("byline", "Mayor says budget is ‘balanced’\n\nBy Ann Roe, The Ledger\n\nThe mayor spoke on Monday. Mayor Tom Vint "
     "said the budget was “balanced.”", [("balanced", "partial", "Tom Vint"), ("balanced.", "partial", "Tom Vint")]),
    # 3. A headline's or deck's role named only further down is the person a fitting title names there.
    ("headline-role-later", "Schools shut as teachers strike\n\nUnion says class sizes are the issue; minister says "
     "province ‘can’t find’ more teachers\n\nAbout 14,000 teachers walked picket lines on Monday.\n\n“Nobody wanted "
     "this,” federation president Colleen Barkman told reporters. “But we have been at the table for 14 months.”\n\n"
     "Education Minister Renée Lavallée said the province would have to hire teachers it “simply can’t find.”",
     [("can’t find", "partial", "Renée Lavallée"), ("Nobody wanted this,", "direct", "Colleen Barkman"),
      ("But we have been at the table for 14 months.", "direct", "Colleen Barkman"),
      ("simply can’t find.", "partial", "Renée Lavallée")]),
    # 14. Singular they of a person who uses they/them, whoever else the sentence names.
    ("they-declared", "Ezra Palmer, 17, a senior who uses they/them pronouns, spoke next to the Linden Area School "
     "Board. Mx. Palmer said they had come out to a teacher.\n\n“That teacher gave me two years,” they said.",
     [("That teacher gave me two years,", "direct", "Ezra Palmer")]),
    # 11. A name before its apposition and an aside ("Brady Olson, a spokesperson for the campaign, fired back,
    #     calling"): the name.
    ("apposition-aside", "State Sen. Lorna Jeffries said the suit was overdue.\n\nBrady Olson, a spokesperson for "
     "Pritchett’s campaign, fired back, calling Jeffries “more interested in her donors than in grandmothers.”",
     [("more interested in her donors than in grandmothers.", "partial", "Brady Olson")]),
    # 4. The people a restrictive "who" clause describes speak its cue: "a server who tells viewers that ...".
    ("restrictive-who", "Voters will decide in November. One ad features a server who tells viewers that the measure "
     "“sounds nice, but it will cost me my job.”",
     [("sounds nice, but it will cost me my job.", "partial", "a server")]),
    ("restrictive-who", "The lawsuit alleges that SunHarbor sent door-to-door salespeople who told customers their "
     "bills would “go to zero.”", [("go to zero.", "partial", "door-to-door salespeople")]),
    # 13. A role with a nationality is first whoever a title ties to that country ("her Danish counterpart").
    ("nationality-role", "Foreign Minister Ann Roe and her Danish counterpart, Lars Holm, signed the deal. “It is a "
     "good day,” Roe said.\n\n“We intend to keep talking,” the Danish minister said.",
     [("It is a good day,", "direct", "Ann Roe"), ("We intend to keep talking,", "direct", "Lars Holm")]),
    # 9. A question closing a nested quote ends the sentence; the attribution after it still belongs to the quote.
    ("nested-question", "Khaled Mansour works at a mill. The man the church wants to sponsor is his brother.\n\n“He "
     "asks, ‘Is there a date?’” Mansour said, his voice breaking.",
     [("He asks, ‘Is there a date?’", "direct", "Khaled Mansour")]),
    # 12. A person's document speaks for them: "Auditor General Céline Boudreau's report said".
    ("document-owner", "Auditor General Céline Boudreau's report, released Thursday, said the department had “no "
     "reliable way of knowing” whether the hours were worked.",
     [("no reliable way of knowing", "partial", "Céline Boudreau")]),
    # 13. A body is found by the head its name ends in: "The Alberta Energy Tribunal ... the tribunal said".
    ("body-by-head", "The Alberta Energy Tribunal has rejected the wells.\n\nIn a 64-page decision released "
     "Wednesday, the tribunal said the plan relied on “assumptions the evidence does not support.”",
     [("assumptions the evidence does not support.", "partial", "Alberta Energy Tribunal")]),
    # 6. A characterization relayed by a source is the characterizer's: "said Democrats had dismissed it as “…”".
    ("relayed-characterization", "Two people familiar with the talks said Mr. Kirby made an offer. One of the people "
     "said Democrats had dismissed the offer as “rearranging the furniture.”",
     [("rearranging the furniture.", "partial", "Democrats")]),
    # 17. "The two ministers said": the two named together just before (the first is the speaker).
    ("pair", "Foreign Minister Ann Roe and her Danish counterpart, Lars Holm, signed the deal on Monday.\n\nIn a "
     "joint statement, the two ministers said the patrols would focus on “the monitoring of foreign traffic.”",
     [("the monitoring of foreign traffic.", "partial", "Ann Roe")]),
    ("pair", "The Keewatin Treaty Council and the Northern Cree Alliance welcomed the ruling.\n\n“For too long, Canada "
     "has made First Nations prove it in court,” the two organizations said.",
     [("For too long, Canada has made First Nations prove it in court,", "direct", "Keewatin Treaty Council")]),
    # 5. A sign's printed words are no speech: "signs that read “…”", "a banner reading “…”".
    ("sign", "About 40 teachers walked in a loop in the rain, some carrying signs that read “Class size is a kids' "
     "issue.”", [("Class size is a kids' issue.", "other", None)]),
    ("sign", "A banner reading “No more cuts to our schools, ever” hung from the balcony.",
     [("No more cuts to our schools, ever", "other", None)]),
    ("sign", "Back at Oxbow Elementary, a sign taped to the front door reads, in English and Spanish, “Everyone is "
     "welcome here.”", [("Everyone is welcome here.", "other", None)]),
    ("label", "In March, Health Minister Lorraine Castellano promised that nurses would be “at the bedside within 90 "
     "days” under a new program the government called “Ready to Care.”",
     [("at the bedside within 90 days", "partial", "Lorraine Castellano"), ("Ready to Care.", "other", None)]),
    ("sign", "The report described the signs at FreshWay’s entrances, which read “Video surveillance in use,” as "
     "inadequate.", [("Video surveillance in use,", "other", None)]),
    ("label", "The cut is part of a long-range plan the service calls “Fleet Balance 2040” that shifts money toward "
     "drones.", [("Fleet Balance 2040", "other", None)]),
    ("sign", "Several protesters carried placards reading “One Season, One Fishery” and “DFO Where Are You?”",
     [("One Season, One Fishery", "other", None), ("DFO Where Are You?", "other", None)]),
    ("label", "The bill sets a tighter definition of who counts as “actively engaged” in farming.",
     [("actively engaged", "other", None)]),
    # 5c. A name apposed to what it names, or whose own last word is what it names, is no speech.
    ("label", "The mine's safety slogan, “Home Safe, Every Shift,” was printed on a banner.",
     [("Home Safe, Every Shift,", "other", None)]),
    ("label", "He pointed to a recruitment campaign, “Your Seat in the Sky,” that he said had doubled applications.",
     [("Your Seat in the Sky,", "other", None)]),
    ("label", "Supporters call it “Ellie's Law,” after Ellie Marchetti.", [("Ellie's Law,", "other", None)]),
    ("label", "The board cut $140 million from the utility’s spending plan, which Trillium had branded “Grid Ready "
     "2030,” but approved the rest.", [("Grid Ready 2030,", "other", None)]),
    # 5b. Words in marks between the definite article and the noun they modify name the thing ("follow the “clean,
    #     drain, dry” rule"); an indefinite one characterizes it, speech ("had a “genuine and triable” claim").
    ("label", "Orr-Ewing said the province will hire more inspectors, and asked boaters to follow the “clean, drain, "
     "dry” rule.", [("clean, drain, dry", "other", None)]),
    ("label", "Justice Marchand found that the class had a “genuine and triable” claim against the bank.",
     [("genuine and triable", "partial", "Marchand")]),
    ("label", "Tom Marchuk spoke about what he called the “gaping hole” in the fleet.",
     [("gaping hole", "partial", "Tom Marchuk")]),
    ("pair", "Sens. Ann Roe (R-Utah) and Bo Lin (R-Iowa) wrote to the agency on Monday.\n\n“We object,” the two "
     "senators said.", [("We object,", "direct", "Ann Roe")]),
    # 11. A role with its "of" phrase, then the name, after the quote: the name.
    ("role-of-name", "“We are full every night,” the director of the shelter, Ann Roe, said.",
     [("We are full every night,", "direct", "Ann Roe")]),
    ("role-of-name", "“Most of the people we talk to are exhausted,” the society’s quartermaster, Lisa Matheson, said.",
     [("Most of the people we talk to are exhausted,", "direct", "Lisa Matheson")]),
    # 14. A company named in full and then by its first word alone ("Northway Grocers Inc." ... "Northway"):
    #     the short name is the company, as a speaker and as what "the company" refers back to.
    ("short-name", "Northway Grocers Inc. cut its forecast on Thursday. The Canadian Food Retail Association said "
     "margins “remain in line with norms.”\n\nNorthway also said it would close 12 stores. In a statement, the company "
     "said the closings were “a difficult but necessary step.”",
     [("remain in line with norms.", "partial", "Canadian Food Retail Association"),
      ("a difficult but necessary step.", "partial", "Northway Grocers Inc")]),
    ("short-name", "Halvorsen Foods said Tuesday it would cut 200 jobs. “We regret it deeply,” Halvorsen said in a "
     "statement.", [("We regret it deeply,", "direct", "Halvorsen Foods")]),
    ("short-name", "Carver Motors said it would cut 900 jobs. Two people familiar with the plans said Carver was also "
     "considering cuts at its plant. One of them described the mood among executives as “grim.”",
     [("grim.", "partial", "a person familiar with the plans")]),
    ("short-name", "Ingrid Halvorsen founded Halvorsen Foods in 1962. “We regret it deeply,” Halvorsen said.",
     [("We regret it deeply,", "direct", "Ingrid Halvorsen")]),
    ("short-name", "The Toronto Transit Commission restored service. “It was a long night,” Toronto Mayor Ann Vint "
     "said.",
     [("It was a long night,", "direct", "Ann Vint")]),
    # 14. Never merge two people on a shared surname alone.
    ("surnames", "Bill and Hillary Tull arrived. “We came,” Bill Tull said. “We stayed,” Hillary Tull said.",
     [("We came,", "direct", "Bill Tull"), ("We stayed,", "direct", "Hillary Tull")]),
    # 4. The subject after an opening clause; a nationality as a role.
    ("subject", "Pioneers coach Ray Lindgren spoke.\n\nAsked whether he had considered passing, Lindgren shook his "
     "head. “We were trying to run the clock.”", [("We were trying to run the clock.", "direct", "Ray Lindgren")]),
    ("roles", "Brooke Callahan, 17, left the court in tears. ‘A year ago I was playing juniors,’ the American said.",
     [("A year ago I was playing juniors,", "direct", "Brooke Callahan")]),
    ("pronouns", "Leah Bronstein moved here in 2019.\n\nFor Ms. Aldana, that argument rings hollow.\n\n"
     "“Some of us didn’t choose it,” she said.", [("Some of us didn’t choose it,", "direct", "Ms. Aldana")]),
    ("dash", "\"It was a squirrel.\"\n-- Police Chief Arlene Voss, after the outage",
     [("It was a squirrel.", "direct", "Arlene Voss")]),
    # 11. Mentions: residence appositions, possessive heads, initials, nicknames inside names.
    ("mentions", "Roe, of Dover, Del., said the plan was “a mess.”", [("a mess.", "partial", "Roe")]),
    ("mentions", "Rep. J.T. Hale said the bill was “dead.”", [("dead.", "partial", "J.T. Hale")]),
    # Initials after a lowercase word end the sentence, unless a body or an office they are part of follows.
    ("mentions", "In a 38-page opinion, Judge Patricia Nwosu of the U.S. District Court wrote that the law was "
     "“hopelessly vague.”", [("hopelessly vague.", "partial", "Patricia Nwosu")]),
    ("mentions", "Officials in the U.S. Embassy said the visa was “under review.”",
     [("under review.", "partial", "Officials in the U.S. Embassy")]),
    ("mentions", "A spokesman for the U.S. Army Corps of Engineers said the levee was “holding.”",
     [("holding.", "partial", "a spokesman for the U.S. Army Corps of Engineers")]),
    ("mentions", "Ana Ruiz, who heads the U.S. Attorney’s Office in Tucson, said the case was “closed.”",
     [("closed.", "partial", "Ana Ruiz")]),
    ("mentions", "Rivera moved to the U.S. He said it was “the best decision of my life.”",
     [("the best decision of my life.", "partial", "Rivera")]),
    ("mentions", "Tom Park grew up in the U.S. Maria Lopez said he was “a natural.”",
     [("a natural.", "partial", "Maria Lopez")]),
    ("mentions", "A spokesman for Ms. Kaminsky, Daniel Oyelaran, said the Assembly was “focused.”",
     [("focused.", "partial", "Daniel Oyelaran")]),
    ("mentions", "Ann “Annie” Roe said the bill was “dead.”", [("dead.", "partial", "Ann Roe")]),
    ("mentions", "“We won,” said Ann “Annie” Roe.", [("We won,", "direct", "Ann Roe")]),
    ("mentions", "Residents Decry ‘Eyesore’ Cell Tower Near Park", [("Eyesore", "partial", "Residents")]),
    # 12. More cue verbs.
    ("verbs", "“Please,” Ana Lee whimpered.", [("Please,", "direct", "Ana Lee")]),
    ("verbs", "“Run,” Ana Lee cried.", [("Run,", "direct", "Ana Lee")]),
    # 11. A possessive phrase is read by its head.
    ("possessive", "Roe’s family said he was “a good man.”", [("a good man.", "partial", "Roe’s family")]),
    ("possessive", "Talks began. Moravia's foreign ministry later issued a statement saying it reserved “all options.”",
     [("all options.", "partial", "Moravia's foreign ministry")]),
    # 12. More cue verbs and frames.
    ("frames", "The study found that the drug was “remarkably safe.”", [("remarkably safe.", "partial", "study")]),
    ("frames", "Ana Lee spoke. To her, “the fight is personal.”", [("the fight is personal.", "partial", "Ana Lee")]),
    ("frames", "Per the bylaws, members must “act in good faith.”", [("act in good faith.", "partial", "bylaws")]),
    ("frames", "As a memo put it, the plan was “unworkable.”", [("unworkable.", "partial", "memo")]),
    # 7. Mark pairing: a nested quote in the same family; a stray space beside a mark.
    ("marks", "“He told me “no” and left,” Ana Lee said.", [("He told me “no” and left,", "direct", "Ana Lee")]),
    ("marks", "“ We will win , ” Ana Lee said.", [("We will win ,", "direct", "Ana Lee")]),
    # 13. Role nouns: a relative is somebody else; a description is the person described.
    ("roles", "Ana Lee lost her home. “She never complains,” her husband said.",
     [("She never complains,", "direct", "husband")]),
    ("roles", "“Tonight, the city sleeps,” the narrator said.", [("Tonight, the city sleeps,", "direct", "narrator")]),
    ("roles", "“I saw it all,” a caller said.", [("I saw it all,", "direct", "a caller")]),
    # 15. Capitalised sentence openers that are not names.
    ("openers", "Two weeks ago, the plant closed. “I heard it,” he said.", [("I heard it,", "direct", "unknown")]),
    # 16. Groups with a modifier and no article.
    ("groups", "Federal prosecutors said the scheme was “brazen.”", [("brazen.", "partial", "Federal prosecutors")]),
    ("groups", "Richmond police said the driver was “cooperative.”",
     [("cooperative.", "partial", "Richmond police")]),
    ("groups", "U.S. officials said the talks were “productive.”", [("productive.", "partial", "U.S. officials")]),
    ("groups", "Western diplomats called the vote “a sham.”", [("a sham.", "partial", "Western diplomats")]),
    # 19. Backtick quotes.
    ("backtick", "`Hello,' said Ana Lee.", [("Hello,", "direct", "Ana Lee")]),
    # 20. An explicit cue wins, with an unknown role noun.
    ("explicit-cue", "Ana Lee left the tent. “Think first,” the clown said.", [("Think first,", "direct", "clown")]),
    # 11. A place or body that ends a speaker's description is not the speaker: the role before it is.
    ("described", "A teacher at Lincoln High School said the drills were “terrifying.”",
     [("terrifying.", "partial", "a teacher at Lincoln High School")]),
    ("described", "A retired poll worker from Kansas City said the count was “flawless.”",
     [("flawless.", "partial", "a retired poll worker from Kansas City")]),
    ("described", "An aide at the Department of Labor said the rule was “on hold.”",
     [("on hold.", "partial", "an aide at the Department of Labor")]),
    ("described", "A nurse at St. Mary’s Hospital told the board the wards were “at breaking point.”",
     [("at breaking point.", "partial", "a nurse at St. Mary’s Hospital")]),
    ("described", "Two paramedics with the Red Cross said the shelter was “full.”",
     [("full.", "partial", "two paramedics with the Red Cross")]),
    ("described", "Volunteers from the Red Cross said the shelter was “full.”",
     [("full.", "partial", "Volunteers from the Red Cross")]),
    ("described", "“We were never told,” said one employee at the Department of Labor.",
     [("We were never told,", "direct", "one employee at the Department of Labor")]),
    ("described", "“It was chaos,” said Omar Haddad, a volunteer with the Red Cross in Tulsa.",
     [("It was chaos,", "direct", "Omar Haddad")]),
    ("described", "Dana Ruiz, a retired poll worker from Kansas City, said the count was “flawless.”",
     [("flawless.", "partial", "Dana Ruiz")]),
    ("described", "The Moravian Embassy in London said the claims were “baseless.”",
     [("baseless.", "partial", "Moravian Embassy")]),
    # 4. A pronoun goes to the sentence's subject or the person just introduced, never to somebody named inside
    # what a speaker said ("said his client, Jamal Pryce, had ...").
    ("pronouns", "Defense attorney Paul Brenner said his client, Jamal Pryce, had been warned twice.\n\n"
     "“He did everything the officers asked,” he said.", [("He did everything the officers asked,", "direct",
                                                           "Paul Brenner")]),
    ("pronouns", "Kemal Arslan, the plant manager, said the union leader, Viktor Hale, had refused to meet.\n\n"
     "“I called him three times,” he said.", [("I called him three times,", "direct", "Kemal Arslan")]),
    ("pronouns", "“We offered a fair deal,” said Kemal Arslan, the plant manager.\n\nUnion leader Viktor Hale, who has "
     "led the local since 2015, rejected that account.\n\n“Nobody called me,” he said.",
     [("We offered a fair deal,", "direct", "Kemal Arslan"), ("Nobody called me,", "direct", "Viktor Hale")]),
    ("pronouns", "“We offered a fair deal,” said Kemal Arslan.\n\nThat account was rejected by union leader Viktor "
     "Hale, who has led the local since 2015.\n\n“Nobody called me,” he said.",
     [("We offered a fair deal,", "direct", "Kemal Arslan"), ("Nobody called me,", "direct", "Viktor Hale")]),
    ("pronouns", "Sen. Maria Kell said the bill would pass. “We have the votes,” she said.\n\nSen. Joan Ruddy, a "
     "Republican, was less certain.\n\n“We do not have the votes yet,” she said.",
     [("We have the votes,", "direct", "Maria Kell"), ("We do not have the votes yet,", "direct", "Joan Ruddy")]),
    ("pronouns", "Coach Ray Lindgren praised the defense. “They carried us,” Lindgren said.\n\nTyler Voss threw two "
     "interceptions.\n\n“That one is on me,” he said.",
     [("They carried us,", "direct", "Ray Lindgren"), ("That one is on me,", "direct", "Tyler Voss")]),
    ("pronouns", "Judge Elena Ruiz sentenced Carter Boyd to 12 years. “You showed no remorse,” she told him.\n\nBoyd, "
     "34, apologized to the family.\n\n“I am sorry for what I did,” he said.",
     [("You showed no remorse,", "direct", "Elena Ruiz"), ("I am sorry for what I did,", "direct", "Carter Boyd")]),
    ("pronouns", "Bo Ruiz runs the office.\n\nA senior agency official said the backlog was growing. “We are "
     "drowning,” she said.", [("We are drowning,", "direct", "a senior agency official")]),
    ("pronouns", "A senior agency official said the backlog was growing. “We are drowning,” she said.",
     [("We are drowning,", "direct", "a senior agency official")]),
    ("pronouns", "Officials said the backlog was growing.\n\nAna Lee, who runs the office, disagreed. “We are "
     "catching up,” she said.", [("We are catching up,", "direct", "Ana Lee")]),
    # A parent by their children's count, the tabloid way: the person just described, of the parent's gender.
    ("epithet", "Gemma Hart, 41, quit the show on Friday. Speaking to the Post, the mum-of-two said: “I found out "
     "from a text.”", [("I found out from a text.", "direct", "Gemma Hart")]),
    ("epithet", "Darren Pike was cleared on Monday. “I just want to go home,” the father-of-three said.",
     [("I just want to go home,", "direct", "Darren Pike")]),
    ("epithet", "Darren Pike was cleared on Monday. “It has been hell,” the mum-of-two said.",
     [("It has been hell,", "direct", "mum-of-two")]),
    ("epithet", "Gemma Hart has left the show. The 41-year-old had fronted it since 2016. Speaking to the Post, the "
     "mum-of-two said: “I found out from a text.”", [("I found out from a text.", "direct", "Gemma Hart")]),
    ("epithet", "Darren Pike was cleared on Monday. He had spent a year on remand. “I just want to go home,” the "
     "father-of-three said.", [("I just want to go home,", "direct", "Darren Pike")]),
    # A dateline is no subject: a quote paragraph after the lead is the lead's subject's, past "CITY, State —".
    ("dateline", "DARBY COUNTY, Ohio — Amber Kowalski drives past the shuttered clinic every day.\n\n“It’s 47 "
     "minutes to the nearest hospital.”", [("It’s 47 minutes to the nearest hospital.", "direct", "Amber Kowalski")]),
    ("dateline", "SPRINGFIELD, Ill. (AP) — Gov. Lena Marsh signed the budget on Tuesday.\n\n“This is a good day.”",
     [("This is a good day.", "direct", "Lena Marsh")]),
    # A party label, then a relative clause, before the verb: the member speaks ("D-N.M.", "R-Ohio").
    ("party-relative", "Rep. Marisol Vega, D-N.M., whose district includes the border, called that position "
     "“hostage-taking.”", [("hostage-taking.", "partial", "Marisol Vega")]),
    ("party-relative", "Sen. Tom Reese, D-Ohio, who chairs the panel, said the bill was “dead.”",
     [("dead.", "partial", "Tom Reese")]),
    # 9. A quote paragraph after a sentence whose attribution is explicit ("..., Olsen says.") is that speaker's,
    #    not the sentence's first noun phrase.
    ("attributed-before", "Ruth Olsen was alone when the storm hit.\n\nHer neighbor drove her to the shelter, "
     "Olsen says.\n\n“He did 90 the whole way.”", [("He did 90 the whole way.", "direct", "Ruth Olsen")]),
    ("attributed-before", "Ruth Olsen was alone when the storm hit.\n\nHer neighbor drove her to the shelter.\n\n"
     "“He did 90 the whole way.”", [("He did 90 the whole way.", "direct", "her neighbor")]),
    # Radio copy names the speaker after the quote, in a paragraph of its own: "That’s Darnell Pike, a paramedic."
    ("identified-after", "The clinic closed in March.\n\n“Before, you think about the patient. Now you think about "
     "the drive.”\n\nThat’s Darnell Pike, a paramedic in Darby County.",
     [("Before, you think about the patient. Now you think about the drive.", "direct", "Darnell Pike")]),
    ("identified-after", "The clinic closed in March.\n\n“Before, you think about the patient.”\n\nThat was the "
     "year Darby County lost its hospital.", [("Before, you think about the patient.", "direct", None)]),
    # 13. Somebody in the crowd: a man or a woman described by where they stand is an anonymous source.
    ("bystander", "As the senator spoke, a man in the front row shouted, “Tell them, Jack!”",
     [("Tell them, Jack!", "direct", "a man in the front row")]),
    ("bystander", "“Shame!” said a woman in the crowd.", [("Shame!", "direct", "a woman in the crowd")]),
    ("bystander", "A woman in the gallery yelled: “Justice now!”",
     [("Justice now!", "direct", "a woman in the gallery")]),
    # 3. A headline verb before the colon: the words before the verb are the speaker, not the whole prefix.
    ("headline", "Hargrove Rips Energy Rule: ‘They’re Coming for Your Stove’\n\nThe senator spoke on Sunday.",
     [("They’re Coming for Your Stove", "direct", "Hargrove")]),
    ("headline", "Mayor Tull: Budget Is ‘Dead on Arrival’\n\nThe mayor spoke on Monday.",
     [("Dead on Arrival", "partial", "Tull")]),
    # "according to" after a partial quote its own clause's verb governs names who told the story, not the speaker.
    ("according-to", "Mayor Ann Vint apologized on Tuesday, calling the remarks “careless and wrong,” according to "
     "two people at the meeting.", [("careless and wrong,", "partial", "Ann Vint")]),
    ("according-to", "The offer was “an insult,” according to the union.", [("an insult,", "partial", "union")]),
    ("according-to", "Tenants can expect “months of hearings” in housing court, according to Dana Cole.",
     [("months of hearings", "partial", "Dana Cole")]),
    ("according-to", "Many are likely to get “a flood of notices” in immigration court, according to Carmen Oyelowo, a "
     "lawyer with the Northeast Immigrant Defense Project. “Most of them don’t qualify,” she said.",
     [("a flood of notices", "partial", "Carmen Oyelowo"),
      ("Most of them don’t qualify,", "direct", "Carmen Oyelowo")]),
    ("according-to", "Mayor Ann Vint called the plan “careless” in a closed meeting, according to two aides.",
     [("careless", "partial", "Ann Vint")]),
    ("according-to", "“The talks are stalled,” according to a senior diplomat.",
     [("The talks are stalled,", "direct", "a senior diplomat")]),
    ("bystander", "The speech drew loud applause, and a woman near the stage shouted, “Go get them!”",
     [("Go get them!", "direct", "a woman near the stage")]),
    ("bystander", "LAKEVILLE, Minn. — The crowd started chanting before the governor reached the stage.\n\n"
     "“Four more years!”", [("Four more years!", "direct", "the crowd")]),
    ("headline", "‘We Were Outplayed’: Captain Apologizes After Cup Exit\nRovers skipper Liam Foley: \"No excuses\"",
     [("We Were Outplayed", "direct", "Liam Foley"), ("No excuses", "direct", "Liam Foley")]),
    # Organizations of wire copy: a ministry described by its seat is the ministry; "It" after a ministry named by its
    # country's possessive is that ministry; "the release" is whoever put out the news release.
    ("organizations", "The foreign ministry in Lorvik said the strike was “a clear provocation.”",
     [("a clear provocation.", "partial", "foreign ministry")]),
    ("organizations", "Canada urged calm on Monday.\n\nMoravia’s interior ministry said in a statement that the "
     "border was closed. It said troops had “restored order.”", [("restored order.", "partial",
                                                                  "Moravia’s interior ministry")]),
    ("organizations", "In a news release Monday, Kestrel Bay RCMP said the highway was closed.\n\n\"Avoid the "
     "area,\" the release said.", [("Avoid the area,", "direct", "Kestrel Bay RCMP")]),
    ("bystander", "Two aides to the senator said a vote was likely before the Finance Committee’s hearing, and one "
     "of them said she was “done waiting.”", [("done waiting.", "partial", "two aides to the senator")]),
    ("headline", "Schools Chief Warns of ‘Painful Choices’ Without State Aid\nSuperintendent Ravi Menon says the "
     "district faces a $12 million gap\n\nThe board meets Monday.", [("Painful Choices", "partial", "Ravi Menon")]),
    # A sentence that opens with the pronoun keeps the chain: whoever else it names (an object, a place) is not
    # the next "she"; a sentence that opens on someone else still lends its subject.
    ("pronoun chain", "Nadia Pereira runs the bakery on Elm Street. She hired Tomasz Wren as her baker last spring. "
     "“He works nights,” she said.", [("He works nights,", "direct", "Nadia Pereira")]),
    ("pronoun chain", "Omar Haddad coached the team for a decade.\n\nHe recruited Jordan Ames in 2015. “I knew right "
     "away,” he said.", [("I knew right away,", "direct", "Omar Haddad")]),
    ("pronoun chain", "Omar Haddad coached the team for a decade. He now commutes from Dresden Township. “The rent "
     "is cheaper,” he said.", [("The rent is cheaper,", "direct", "Omar Haddad")]),
    ("pronoun chain", "Omar Haddad coached the team for a decade. Then Jordan Ames took over. “I knew right away,” "
     "he said.", [("I knew right away,", "direct", "Jordan Ames")]),
    # 12. A document speaks for itself, or for whoever issued it ("a report by", "a statement from"); never for
    # who obtained or reviewed it.
    ("document", "An internal FEMA memo obtained by The Associated Press said the agency was “unprepared.”",
     [("unprepared.", "partial", "FEMA")]),  # the body its modifier names wrote it, not who obtained it
    ("document", "According to an internal FEMA memo obtained by the Daily Ledger, the agency was “unprepared.”",
     [("unprepared.", "partial", "FEMA")]),
    ("document", "A memo obtained by the Daily Ledger reached staff on Friday. The memo said the agency was "
     "“stretched thin.”", [("stretched thin.", "partial", "memo")]),
    ("document", "“The program is riddled with waste,” a report by the inspector general said.",
     [("The program is riddled with waste,", "direct", "inspector general")]),
    ("document", "A report by the inspector general said the program was “riddled with waste.”",
     [("riddled with waste.", "partial", "inspector general")]),
    ("document", "A memo from FEMA’s acting administrator said the agency was “stretched thin.”",
     [("stretched thin.", "partial", "FEMA’s acting administrator")]),
    ("document", "The lawsuit states that the company “knowingly misled investors.”",
     [("knowingly misled investors.", "partial", "lawsuit")]),
    ("document", "“The company knowingly misled investors,” the lawsuit states.",
     [("The company knowingly misled investors,", "direct", "lawsuit")]),
    ("document", "A statement released by the Moravian Foreign Ministry called the talks useful. The statement said "
     "they were “frank.”", [("frank.", "partial", "Moravian Foreign Ministry")]),
    # 3. A headline's role is named by the deck or the lead that gives the same title.
    ("headline-role", "Mayor: ‘We Will Rebuild’\n\nMayor Lena Ortiz promised on Sunday to rebuild the east side.",
     [("We Will Rebuild", "direct", "Lena Ortiz")]),
    ("headline-role", "Governor Says Cuts ‘Unavoidable’\n\nALBANY — Gov. Rachel Dunmore said Tuesday that deep cuts to "
     "school aid were unavoidable.", [("Unavoidable", "partial", "Rachel Dunmore")]),
    ("headline-role", "Coach: ‘We Were Outworked’\nNovak blames missed tackles for the loss\n\nHarbor City coach Dale "
     "Novak did not hide his frustration after Saturday’s 31-7 loss.", [("We Were Outworked", "direct", "Dale Novak")]),
    ("headline-role", "Chief Justice Warns of ‘Crisis of Trust’\n\nChief Justice Mara Quint told lawmakers on Thursday "
     "that the courts faced a crisis of trust.", [("Crisis of Trust", "partial", "Mara Quint")]),
    ("headline-role", "Police Chief: ‘No Evidence of Foul Play’\n\nInvestigators found no sign of a break-in, Police "
     "Chief Omar Reese said Friday.", [("No Evidence of Foul Play", "direct", "Omar Reese")]),
    ("headline-role", "Mayor: ‘We Will Rebuild’\n\nCouncil member Dana Ruiz said on Sunday that the city would cope.",
     [("We Will Rebuild", "direct", "Mayor")]),
    # A. A person introduced by a role between commas, a relation between commas, or a naming frame, in a
    # sentence with no quote, enters the cast with the role as title: later roles and pronouns find them.
    ("scan-apposition", "The transport minister, Helen Marsh, said the line would reopen in May. “We owe riders an "
     "apology,” the minister said.", [("We owe riders an apology,", "direct", "Helen Marsh")]),
    ("scan-apposition", "B.C.’s Minister of Mental Health and Addictions, Nadia Sohal, said she had met the chief. "
     "“I heard the grief in her voice,” the minister said.",
     [("I heard the grief in her voice,", "direct", "Nadia Sohal")]),
    ("scan-apposition", "Councilor Dan Reyes toured the site. The owner’s nephew, Tomas, who runs the kitchen, said "
     "the water rose overnight. “We lost everything in the walk-in,” he said.",
     [("We lost everything in the walk-in,", "direct", "Tomas")]),
    ("scan-apposition", "Gene Albrecht closed the store. Kaminski’s son, Peter, who runs an accounting firm, said his "
     "mother had earned her rest. “She deserves to sleep in,” he said.",
     [("She deserves to sleep in,", "direct", "Peter")]),
    ("scan-apposition", "Pastor Glen Avery opened the shelter at dawn. The first in line, a retired welder named "
     "Frank, had slept in his car. “I just want a hot meal,” he said.",
     [("I just want a hot meal,", "direct", "Frank")]),
    ("scan-apposition", "Governor Paul Stone spoke first. The driver, a friendly man named Curtis, apologized. “They "
     "cut two buses off this route,” he told me.", [("They cut two buses off this route,", "direct", "Curtis")]),
    ("scan-apposition", "Officer Tim Reed arrived later. A 23-year-old student who gave his name only as Mikel said "
     "the police fired first. “They shot at us,” he said.", [("They shot at us,", "direct", "Mikel")]),
    ("scan-apposition", "“They shot at us like we were animals,” a 23-year-old student who gave his name only as "
     "Mikel told AFP.", [("They shot at us like we were animals,", "direct", "Mikel")]),
    # ... and what is no such introduction: a list of roles, a role held for somebody else, a thing named.
    ("scan-apposition", "The mayor, the governor and the sheriff met on Monday. “We agreed on nothing,” the mayor "
     "said.", [("We agreed on nothing,", "direct", "mayor")]),
    ("scan-apposition", "A spokesman for Ms. Kaminsky, Daniel Oyelaran, said she was resting. “She is fine,” the "
     "spokesman said.", [("She is fine,", "direct", "Daniel Oyelaran")]),
    ("scan-apposition", "Ann Lee, Bo Li, and Tom Park met. A ship named Endeavour sailed. “It sank,” she said.",
     [("It sank,", "direct", "Ann Lee")]),
    ("scan-apposition", "“They shot at us,” a company called Apex said.", [("They shot at us,", "direct", None)]),
    # A2. An unnamed person described by role as a sentence's subject is who "she" is next, not an earlier
    # named woman, nor the place the description ends with.
    ("scan-described", "Mayor Ana Lee visited on Monday. A nurse at Harlow General Hospital said the ward was full. "
     "“We have no beds left,” she said.", [("We have no beds left,", "direct", "a nurse at Harlow General Hospital")]),
    ("scan-described", "Ana Lee opened the depot. A retired school bus driver from Millbrook said she had waited an "
     "hour. “Nobody came,” she said.", [("Nobody came,", "direct", "a retired school bus driver from Millbrook")]),
    ("scan-described", "Ana Lee opened the fair. A candle maker from Ferris Hill said sales were slow. “People are "
     "saving,” she said.", [("People are saving,", "direct", "a candle maker from Ferris Hill")]),
    ("scan-described", "A senior agency official said the backlog was growing. Ana Lee disagreed. “We are catching "
     "up,” she said.", [("We are catching up,", "direct", "Ana Lee")]),
    # A3. A run ending in a place's head noun is a place, never a person a pronoun could mean; a known given
    #     name before the head keeps a person ("Tom Park").
    ("scan-place", "Nora Vance swims daily.\n\nShe can tell you the temperature of Holloway Lake on any day. "
     "“It’s a curse,” she says.", [("It’s a curse,", "direct", "Nora Vance")]),
    ("scan-place", "Kwame Osei lost his flat in May.\n\nHe now commutes 40 minutes from Ashcombe Township. "
     "“It’s cheaper,” he said.", [("It’s cheaper,", "direct", "Kwame Osei")]),
    ("scan-place", "Two men argued at Town Hall. “We left,” she said.", [("We left,", "direct", "unknown")]),
    ("scan-place", "Ann Vint met Tom Park on Monday. Tom Park stayed. “It was fine,” he said.",
     [("It was fine,", "direct", "Tom Park")]),
    # ... and only after a word that places it ("from", "of", "near"): a given name the pack does not know before a
    # surname such as Hill, Park or Lane is still a person.
    ("scan-place", "Tavon Hill coached the team for a decade. “I knew right away,” he said.",
     [("I knew right away,", "direct", "Tavon Hill")]),
    ("scan-place", "Reporters met Deshawn Park at his office. “I was asleep,” he said.",
     [("I was asleep,", "direct", "Deshawn Park")]),
    # A4. A possessive is not part of the name it follows: "Principal Rosa Quint’s plan" introduces Rosa Quint,
    #     whom a later "Quint" names.
    ("scan-possessive", "The board delayed Principal Rosa Quint’s plan. Nate Oduya, a parent, objected.\n\n"
     "Quint said the school needs repairs. “Nobody enjoys this,” she said.",
     [("Nobody enjoys this,", "direct", "Rosa Quint")]),
    ("scan-possessive", "Ivo Marsh’s penalty put them ahead. Nate Oduya levelled.\n\nMarsh was furious. "
     "“We threw it away,” he said.", [("We threw it away,", "direct", "Ivo Marsh")]),
    # D. A place, team or body before a lowercase role and a name is one phrase; the name speaks.
    ("premodified-role", "“We were not good enough,” said Castlebridge skipper Liam Noor.",
     [("We were not good enough,", "direct", "Liam Noor")]),
    ("premodified-role", "“We were not good enough,” Castlebridge skipper Liam Noor said.",
     [("We were not good enough,", "direct", "Liam Noor")]),
    ("premodified-role", "Dorrance skipper Liam Noor: “We were not good enough.”",
     [("We were not good enough.", "direct", "Liam Noor")]),
    ("premodified-role", "Former Harrowgate striker and pundit Gary Finnerty on our commentary: “That has been "
     "coming.”", [("That has been coming.", "direct", "Gary Finnerty")]),
    ("premodified-role", "Marston County voters waited.\n\nCounty elections director Ray Oduya said anyone in line "
     "would vote. “That’s the law,” he said.", [("That’s the law,", "direct", "Ray Oduya")]),
    ("premodified-role", "Harrowgate beat Kieran Doyle's side 3-0 on Saturday. “We deserved it,” said Ana Lee.",
     [("We deserved it,", "direct", "Ana Lee")]),
    # E. Epithets: a nationality noun for one person, a world ranking, an age reached through another epithet.
    ("epithet", "Sofia Lind beat Ana Costa 6-2, 6-3 in the quarter-final. Lind, 24, was in tears afterwards. "
     "“I played my best tennis,” the Swede said.", [("I played my best tennis,", "direct", "Sofia Lind")]),
    ("epithet", "Top seed Mara Kessel advanced. “It was never easy,” the world No 1 said.",
     [("It was never easy,", "direct", "Mara Kessel")]),
    ("epithet", "Ingrid Solberg beat the defending champion. The Norwegian, ranked 40th, had never reached a final. "
     "“I just kept swinging,” the 24-year-old said.", [("I just kept swinging,", "direct", "Ingrid Solberg")]),
    ("epithet", "Callahan, 17, left the court in tears. ‘A year ago I was playing juniors,’ the American said.",
     [("A year ago I was playing juniors,", "direct", "Callahan")]),
    ("epithet", "“They were better,” the Americans said.", [("They were better,", "direct", None)]),
    # E2. An epithet reaches past a quote paragraph to the person the writer's last sentence was about, and
    #     a role nobody was given ("the winger") is such an epithet; never a different-gender or titled one.
    ("epithet", "Ivo Lindqvist, the 28-year-old defender, headed in.\n\n“I told them to cross,” Lindqvist said. "
     "“The boss wants it. So I did it. Maybe I listen.”\n\n“I’ve scored three,” the 28-year-old added.",
     [("I told them to cross,", "direct", "Ivo Lindqvist"), ("The boss wants it. So I did it. Maybe I listen.",
       "direct", "Ivo Lindqvist"), ("I’ve scored three,", "direct", "Ivo Lindqvist")]),
    ("epithet", "Captain Ivo Brandt crossed and Tom Harlan scored.\n\nHarlan said the team was “buzzing.”\n\n"
     "“It was a great ball,” the winger said.",
     [("buzzing.", "partial", "Tom Harlan"), ("It was a great ball,", "direct", "Tom Harlan")]),
    ("epithet", "Ivo Brandt, the visitors’ captain, said the pitch was “a bog.” “We adapted,” the skipper said.",
     [("a bog.", "partial", "Ivo Brandt"), ("We adapted,", "direct", "Ivo Brandt")]),
    ("epithet", "Winger Tom Harlan watched. Ivo Brandt said the pitch was “a bog.” “It was fine,” the winger said.",
     [("a bog.", "partial", "Ivo Brandt"), ("It was fine,", "direct", "Tom Harlan")]),
    ("epithet", "Tom Brandt said the pitch was “a bog.” “It was fine,” the actress said.",
     [("a bog.", "partial", "Tom Brandt"), ("It was fine,", "direct", "actress")]),
    ("epithet", "Two residents said the road was “a disgrace.” “We wrote letters,” the pensioner said.",
     [("a disgrace.", "partial", "two residents"), ("We wrote letters,", "direct", "pensioner")]),
    ("epithet-nickname", "Ivo “Bear” Lindqvist-Ode scored.\n\n“It was easy,” the 28-year-old said.",
     [("It was easy,", "direct", "Ivo Lindqvist-Ode")]),
    ("epithet-nickname", "Ana Lee’s partner, Tomas ‘Tiny’ Brecht, posted: ‘Proud of you.’\n\n"
     "The 33-year-old later told reporters: ‘She earned it.’",
     [("Proud of you.", "direct", "Tomas Brecht"), ("She earned it.", "direct", "Tomas Brecht")]),
    ("epithet", "“We will not pay,” the British said.", [("We will not pay,", "direct", None)]),
    # E3. A possessor before an apposition is not the subject: "X’s co-host, Y Z, shared ... with the
    #     caption:" is Y Z's line, as "X’s spokesman, Y, said:" is Y's.
    ("colon-possessor", "Ana Lee’s co-host, Tomas Brecht, shared a photo of the pair with the caption: ‘Proud of you.’",
     [("Proud of you.", "direct", "Tomas Brecht")]),
    ("colon-possessor", "Ana Lee’s co-host, Tomas ‘Tiny’ Brecht, shared a photo with the caption: ‘Proud of you.’",
     [("Proud of you.", "direct", "Tomas Brecht")]),
    ("colon-possessor", "Ana Lee’s husband shared a photo with the caption: ‘Proud of you.’",
     [("Proud of you.", "direct", "Ana Lee’s husband")]),
    # 19. Elisions open like a single mark and never open a quotation, unless their paragraph closes one.
    ("elision", "’Tis the season for giving. “We are short on volunteers,” said Ana Lee.",
     [("We are short on volunteers,", "direct", "Ana Lee")]),
    ("elision", "'Tis the season for giving. \"We are short on volunteers,\" said Ana Lee.",
     [("We are short on volunteers,", "direct", "Ana Lee")]),
    ("elision", "The ‘Tis the Season fund raised $4,000. ‘We are thrilled,’ Ana Lee said.",
     [("We are thrilled,", "direct", "Ana Lee")]),
    ("elision", "’Twas the night before the vote. ‘Nobody slept,’ Ana Lee said.",
     [("Nobody slept,", "direct", "Ana Lee")]),
    ("elision", "‘We’ll give ’em a fight,’ Ana Lee said. ‘They won’t know what hit ’em.’",
     [("We’ll give ’em a fight,", "direct", "Ana Lee"), ("They won’t know what hit ’em.", "direct", "Ana Lee")]),
    ("elision", "He grew up on rock ’n’ roll. ‘I never stopped listening,’ Ana Lee said.",
     [("I never stopped listening,", "direct", "Ana Lee")]),
    ("elision", "'Rock 'n' roll saved my life,' said Ana Lee.",
     [("Rock 'n' roll saved my life,", "direct", "Ana Lee")]),
    ("elision", "Fish ’n’ chips, they say, ’twas always the Friday meal. ‘It still is,’ Ana Lee said.",
     [("It still is,", "direct", "Ana Lee")]),
    ("elision", "''Tis nobler to forgive,' said Ana Lee.", [("'Tis nobler to forgive,", "direct", "Ana Lee")]),
    ("elision", "''Cause I said so,' Ana Lee replied.", [("'Cause I said so,", "direct", "Ana Lee")]),
    ("elision", "‘Tis the season,’ said Ana Lee.", [("Tis the season,", "direct", "Ana Lee")]),
    ("elision", "He said ''tis a pity'' and left.", [("tis a pity", "direct", "unknown")]),
    # U1. Tabloid colon leads: a phrasal reporting verb ("hit back", "fired back", "lashed out") is a cue like
    #     "said", and "a friend of the star" is the anonymous friend, not the star.
    ("tabloid-colon", "Lena Moss was dropped by the label. But a friend of the singer fired back: ‘She owes them "
     "nothing.’", [("She owes them nothing.", "direct", "a friend of the singer")]),
    ("tabloid-colon", "Lena Moss was dropped. “She owes them nothing,” a friend of the actor shot back.",
     [("She owes them nothing,", "direct", "a friend of the actor")]),
    ("tabloid-colon", "Councillor Ray Hale lashed out: ‘This is a stitch-up.’",
     [("This is a stitch-up.", "direct", "Ray Hale")]),
    ("tabloid-colon", "The running back hit back: ‘We were robbed.’", [("We were robbed.", "direct", "running back")]),
    # U2. "Another" after "one X" is another X (the head elided); with no "one X" before it names nobody.
    ("elided-head", "Lena Moss quit on Monday. One listener wrote on Facebook: ‘Good riddance.’\n\nAnother posted: "
     "‘Best news all year.’", [("Good riddance.", "direct", "one listener"),
                              ("Best news all year.", "direct", "another listener")]),
    ("elided-head", "Lena Moss quit. “Good riddance,” one caller said. “About time,” another said.",
     [("Good riddance,", "direct", "one caller"), ("About time,", "direct", "another caller")]),
    ("elided-head", "Lena Moss quit on Monday.\n\nAnother posted: ‘Best news all year.’",
     [("Best news all year.", "direct", None)]),
    # N1. A body whose number ends its name ("Allied Food Workers Local 218", "Local 7") is an organization, the
    #     same one when named again in short; a person after it ("Local 7 president Ann Roe") speaks for it.
    ("numbered-body", "Nurses are represented by Harbor Nurses Local 31, which was not consulted. In a statement, "
     "Local 31 said it was “blindsided.”", [("blindsided.", "partial", "Harbor Nurses Local 31")]),
    ("numbered-body", "“We will strike,” said Teamsters Local 7.",
     [("We will strike,", "direct", "Teamsters Local 7")]),
    ("numbered-body", "“We will strike,” said Local 7 president Ann Roe.", [("We will strike,", "direct", "Ann Roe")]),
    ("numbered-body", "Emily Post said good manners were “a kindness.”", [("a kindness.", "partial", "Emily Post")]),
    # T1. A bracketed qualifier of an office before a name ("Deputy Commissioner of Police (South)") is part of
    #     the title; a party or place in brackets after a name is not.
    ("bracketed-title", "“The bridge was unsafe,” Superintendent of Police (North) Kavita Rao told reporters.",
     [("The bridge was unsafe,", "direct", "Kavita Rao")]),
    ("bracketed-title", "“We will act,” Joint Secretary (Finance) Arun Mehta said.",
     [("We will act,", "direct", "Arun Mehta")]),
    ("bracketed-title", "“We will act,” said Ann Lee (Labour) in Leeds.", [("We will act,", "direct", "Ann Lee")]),
    # I1. Introductions the scan reads: a relation with its owner and no comma before the name ("Pathak’s
    #     cousin Dinesh, who ..."), and a name between a person's role and the full stop ("a nephew, Theo.");
    #     the next "he" is the person introduced, not the owner; a place or an animal so named is nobody.
    ("introduced", "Sunil Pathak, 34, died in the fire.\n\nPathak's cousin Dinesh, who drives a taxi, said the owner "
     "had ignored warnings.\n\n“Nobody listened to us,” he said.", [("Nobody listened to us,", "direct", "Dinesh")]),
    ("introduced", "Sunil Pathak died in the fire. His son Ravi survives him. “He was a good man,” he said.",
     [("He was a good man,", "direct", "Ravi")]),
    ("introduced", "Mira Holt, 91, died on Sunday. She is survived by a nephew, Theo. He said his aunt had told him "
     "to “always tip the drummer.”", [("always tip the drummer.", "partial", "Theo")]),
    ("introduced", "Mira Holt moved to the capital, Paris. She said it was “a dream.”",
     [("a dream.", "partial", "Mira Holt")]),
    ("introduced", "Ana Lee bought a horse, Thunder. She said it was “a bargain.”",
     [("a bargain.", "partial", "Ana Lee")]),
    # P1. A sentence that opens on the pronoun and names nobody continues the one before it: the profile's
    #     subject named after an opener ("What Lund counts ...") is who "she says" is, not an older subject.
    ("pronoun chain", "Kira Lund rows daily. Her mother, Maren, drives her to the dock. “I’m her pit crew,” she "
     "says.\n\nWhat Lund counts, obsessively, is strokes. She keeps a log of every session. “That’s not a flex,” she "
     "says.", [("I’m her pit crew,", "direct", "Maren"), ("That’s not a flex,", "direct", "Kira Lund")]),
    # U1. An unnamed person opening a sentence with "One": "One Republican senator, who was granted anonymity, said";
    #     "the senator said" then is that senator, not a senator named before.
    ("one unnamed", "Sen. Paul Dresner met the nominee on Monday. “She was impressive,” Dresner said.\n\nOne "
     "Republican senator, who was granted anonymity to speak candidly, said Albers was frustrated.\n\n“He’s annoyed,” "
     "the senator said.", [("She was impressive,", "direct", "Paul Dresner"),
                           ("He’s annoyed,", "direct", "one Republican senator")]),
    # U2. An unnamed person the copy keeps unnamed at their own request, whatever their role: "One CCA, who asked
    #     not to be named, said"; her "she said" is hers, not a woman's named before.
    ("one unnamed", "Beaton's daughter, Lorna MacIsaac, said the home was failing. “It was awful,” she said.\n\nOne "
     "CCA, who asked not to be named because she feared losing her job, said some nights she had no break.\n\n“You "
     "start at seven and you're already behind,” she said.", [("It was awful,", "direct", "Lorna MacIsaac"),
                                                               ("You start at seven and you're already behind,",
                                                                "direct", "one CCA")]),
    ("one unnamed", "Senator Joan Kettering, Republican of Maine, voted yes.\n\nOne Republican senator, who asked not "
     "to be identified, said Ms. Kettering had told colleagues that she was “still undecided.”\n\n“She keeps her own "
     "counsel,” the senator said.", [("still undecided.", "partial", "one Republican senator"),
                                      ("She keeps her own counsel,", "direct", "one Republican senator")]),
    ("one unnamed", "One longtime physician at the hospital, who asked not to be named, said doctors had raised the "
     "issue.\n\n“We all know families who skip a visit,” the doctor said.",
     [("We all know families who skip a visit,", "direct", "one longtime physician at the hospital")]),
    # U3. ... also when the request names whom it was made to ("who asked HuffPost Canada not to use her name"),
    #     after an apposed description ("Another courier, a newcomer from Nigeria who ...") and with "Another".
    ("one unnamed", "Parcelo says couriers are free to decline orders.\n\nAnother courier, a newcomer from Nigeria who "
     "asked HuffPost Canada not to use her name because she fears being deactivated, said she accepts every order."
     "\n\n“If you say no too many times, the app stops sending you the good ones,” she said.",
     [("If you say no too many times, the app stops sending you the good ones,", "direct", "another courier")]),
    ("one unnamed", "Parcelo says couriers are free.\n\nOne courier, who asked that her name not be used, said the "
     "pay had fallen.\n\n“We work for free,” she said.", [("We work for free,", "direct", "one courier")]),
    ("one unnamed", "One man on the 12th floor, who asked that his name not be used, said he complained twice.\n\n"
     "“I sent pictures,” he said.", [("I sent pictures,", "direct", "one man on the 12th floor")]),
    # C0. A numbered label before a role: "Ward 6 Coun. Luc Bertrand told", "Grade 11 student Ethan Kavanagh, 16,"
    #     (the sentence's subject, who the next "he said" is).
    ("councillor", "\"We've issued more than 4,000 tickets,\" Ward 6 Coun. Luc Bertrand told CTV News. \"That tells "
     "you everything.\"", [("We've issued more than 4,000 tickets,", "direct", "Luc Bertrand"),
                           ("That tells you everything.", "direct", "Luc Bertrand")]),
    ("pronoun chain", "Darryl Brake said teachers are posting work online.\n\nGrade 11 student Ethan Kavanagh, 16, "
     "has missed two days. His mother works nights.\n\n\"Mom gets home at six,\" he said.",
     [("Mom gets home at six,", "direct", "Ethan Kavanagh")]),
    # C1. "Coun." is a councillor's title; a bracketed ward after the name is no aside of its own.
    ("councillor", "“We paid for a plow and got a promise,” said Coun. Gail Tremblay-Ross, who brought the motion.",
     [("We paid for a plow and got a promise,", "direct", "Gail Tremblay-Ross")]),
    ("councillor", "Achebe-Clarke has been endorsed by three sitting councillors. One of them, Coun. Rajesh Pillai "
     "(Ward 12, Cedarvale), said in an interview that the ward “needs somebody.”",
     [("needs somebody.", "partial", "Rajesh Pillai")]),
    # P4. "One of them" as the subject of the writer's reported speech is one member of the group, carried on to
    #     the next "the person said".
    ("pronoun chain", "Two people familiar with the deliberations described the meeting. One of them said the counsel "
     "had warned Hale.\n\n“He didn’t like the answer,” the person said.",
     [("He didn’t like the answer,", "direct", "a person familiar with the deliberations")]),
    ("one unnamed", "“Nobody was expecting this before the spring,” said one Singapore-based trader, who asked not to "
     "be named.\n\n“Buyers are calling everyone at once,” the trader said.",
     [("Nobody was expecting this before the spring,", "direct", "one Singapore-based trader"),
      ("Buyers are calling everyone at once,", "direct", "one Singapore-based trader")]),
    # L1. A party label with a place of two words is no person: "(D-Prince William)", ", D-Oklahoma City,".
    ("party label", "House Minority Leader Alicia Greer, D-Oklahoma City, said the vote showed “the rules apply to "
     "us, too,” but she criticized the timeline.\n\n“March is a long time,” she said.",
     [("the rules apply to us, too,", "partial", "Alicia Greer"), ("March is a long time,", "direct", "Alicia Greer")]),
    ("party label", "State Rep. Annika Sorensen, DFL-Duluth, who chairs the committee, said she backed “the goal” of "
     "the bill.\n\n“I am not going to ask Minnesotans to pay,” she said.",
     [("the goal", "partial", "Annika Sorensen"), ("I am not going to ask Minnesotans to pay,", "direct",
                                                   "Annika Sorensen")]),
    # Q1. A passive quoting frame with its agent: the one quoted speaks, not the agency.
    ("quoted by", "“The defendant caused damage,” Prosecutor Aris Valchev was quoted by the state news agency MTA as "
     "saying.", [("The defendant caused damage,", "direct", "Aris Valchev")]),
    # B1. Bodies: one named by its head, "of" and a place ("the Bank of Canada"), what "the central bank" then is; a
    #     body named for its country after what it does ("Global Affairs Canada", "Air Canada"), what "It" is; a
    #     document's issuer named after "by" ("an assessment by the Department of Fisheries"), or the subject of
    #     the sentence that names it ("The tribunal ... In its decision, ..."); an opening "In a research note,"
    #     is where the words are, not who speaks.
    ("bodies", "The Bank of Canada left its rate unchanged. In its announcement, the central bank said inflation "
     "had “edged higher.”", [("edged higher.", "partial", "Bank of Canada")]),
    ("bodies", "“We are concerned,” Global Affairs Canada said in a statement. It added that “talks continue.”",
     [("We are concerned,", "direct", "Global Affairs Canada"),
      ("talks continue.", "partial", "Global Affairs Canada")]),
    ("bodies", "The stock is low, according to the latest assessment by the Department of Fisheries. The assessment "
     "said predation was “likely contributing” to mortality.",
     [("likely contributing", "partial", "Department of Fisheries")]),
    ("bodies", "Analysts were not convinced. In a research note, Harbourfront Securities analyst Priya Venkataraman "
     "cut her target and wrote that the guidance cut was “bigger than feared.”",
     [("bigger than feared.", "partial", "Priya Venkataraman")]),
    # R1. A reduced relative clause: "a decision | Canada’s trade minister | called “…”" is the minister's; "the
    #     minister" is a Treasury Board president, a Canadian cabinet minister.
    ("relative", "Ottawa is reviewing the ruling, a decision Canada’s trade minister called “punitive and "
     "unjustified.”\n\nTrade Minister Priya Sandhu spoke on Monday.",
     [("punitive and unjustified.", "partial", "Priya Sandhu")]),
    ("cabinet", "Treasury Board President Martin Okafor announced the closures on Monday.\n\n“Nobody is losing a "
     "job,” the minister said.", [("Nobody is losing a job,", "direct", "Martin Okafor")]),
    # I2. The institution in a person's title is no person: "executive director of the Sparks Street Business
    #     Improvement Area" names nobody called "Improvement Area".
    ("institution", "Sandra Whelan, executive director of the Sparks Street Business Improvement Area, said the "
     "closures hurt.\n\n“We have watched it happen,” she said.", [("We have watched it happen,", "direct",
                                                                      "Sandra Whelan")]),
    # N1. A name after its naming words is no speech even when a cue follows: "with the subject line “…,” her
    #     campaign manager wrote", "said later on CNN’s “The Lead.”".
    ("named", "In an email with the subject line “They’re scared,” her campaign manager, Alisha Brandt, wrote that "
     "“they showed you who they fear.”", [("They’re scared,", "other", None),
                                          ("they showed you who they fear.", "partial", "Alisha Brandt")]),
    # G2. French given names tell gender as English ones do ("Émile" is a man, so "she" is his daughter); a
    #     residence after a name and an age is a place, never the "she" ("Geraldine Moss, 71, of Pine Bluff,").
    ("given names", "“My father built this house,” said Émile Baptiste, 78, as his daughter, Nadège, packed a car."
     "\n\n“He said the same thing in 1979,” she said.", [("My father built this house,", "direct", "Émile Baptiste"),
                                                         ("He said the same thing in 1979,", "direct", "Nadège")]),
    ("residence", "One of the plaintiffs, Geraldine Moss, 71, of Pine Bluff, testified on Monday.\n\n“I’ve voted in "
     "every election,” she said.", [("I’ve voted in every election,", "direct", "Geraldine Moss")]),
    # D1. A document speaks for whoever issued it: the body a post was "posted" by, the passive agent of its sentence
    #     ("was posted online Tuesday by the Department of ..."), the name after "by" with its owner's possessive
    #     ("a report by the city’s Community Services Department"); never who only read it ("obtained by").
    ("issuer", "The Tidewater Manor Family Council posted on Facebook on Tuesday night that it welcomed the freeze."
     "\n\n“We have been the ones watching,” the post said.",
     [("We have been the ones watching,", "direct", "Tidewater Manor Family Council")]),
    ("issuer", "The inspection report on Tidewater Manor, a home in Westville, was posted online Tuesday by the "
     "Department of Seniors. It lists 14 areas.\n\n“Residents were left in bed,” the report said.",
     [("Residents were left in bed,", "direct", "Department of Seniors")]),
    ("issuer", "The committee voted to close the pools after a report by the city’s Community Services Department "
     "found they needed repairs.\n\nThe report said “the cost per swim is now the highest.”",
     [("the cost per swim is now the highest.", "direct", "Community Services Department")]),
    # D2. A body named by its acronym as a subject ("ICE said in a statement ...") issues "the statement"; a lawsuit
    #     is the words of who sued ("The Justice Department sued ..." then "the complaint says"); a title-case name
    #     in marks before the thing it names is no speech ("the county's “Community Trust” ordinance").
    ("issuer", "Other news came first.\n\nICE said in a statement that its officers had lodged the detainer.\n\n"
     "“Had the county honored the detainer, officers would have taken custody,” the statement said.",
     [("Had the county honored the detainer, officers would have taken custody,", "direct", "ICE")]),
    ("issuer", "The Justice Department sued an Oregon county on Tuesday.\n\nThe lawsuit, filed in federal court, "
     "accuses the county of “deliberately obstructing” enforcement and asks a judge to strike down its “Community "
     "Trust” ordinance.", [("deliberately obstructing", "partial", "Justice Department"),
                           ("Community Trust", "other", None)]),
    ("bodies", "Talks ended on Friday.\n\nIndustry groups welcomed the delay. The International Council of Plastics "
     "Producers said in a statement that a cap would “raise costs.”\n\n“We remain committed to a treaty,” the "
     "council said.", [("raise costs.", "partial", "International Council of Plastics Producers"),
                       ("We remain committed to a treaty,", "direct", "International Council of Plastics Producers")]),
    ("issuer", "The audit, conducted by the department’s Office of Audit and Evaluation, said the program was “badly "
     "run.”", [("badly run.", "partial", "Office of Audit and Evaluation")]),
    ("issuer", "Other news came first.\n\nIn a written statement, the plan's board of trustees said it had "
     "“strengthened oversight” of its investments.\n\n“The board takes its responsibility seriously,” the statement "
     "said.", [("strengthened oversight", "partial", "the plan's board of trustees"),
               ("The board takes its responsibility seriously,", "direct", "the plan's board of trustees")]),
    # D3. A document's issuer: a body's name holds "and" ("Fisheries and Oceans Canada"); the name after "by" may
    #     follow the document's own "of" phrase ("The audit of the department, conducted by ...", "The statement of
    #     claim, filed by ..."); "its report" is the body last named; an acronym before the noun issued it ("an
    #     internal DHS memo"); one document goes by several names ("the audit" then "the report"); a document
    #     "found" what it says, a person or the police do not.
    ("issuer", "Stocks are low, according to the most recent stock assessment by Fisheries and Oceans Canada. The "
     "assessment, released in March, said seals were “likely contributing” to the decline.",
     [("likely contributing", "partial", "Fisheries and Oceans Canada")]),
    ("issuer", "The audit of the department, conducted by its Office of Audit and Evaluation, was tabled on Tuesday."
     "\n\n“Nobody asked what it was for,” the report says.",
     [("Nobody asked what it was for,", "direct", "Office of Audit and Evaluation")]),
    ("issuer", "The Criminal Conviction Review Commission sent the case back. In its report to the minister, the "
     "commission found that a witness had been promised a deal.\n\n“It should never have gone to a jury,” the "
     "report said.", [("It should never have gone to a jury,", "direct", "Criminal Conviction Review Commission")]),
    ("issuer", "The crossings handle few vehicles, according to an internal DHS memo obtained by CNN.\n\n“Staffing "
     "these facilities cannot be justified,” the memo says.",
     [("Staffing these facilities cannot be justified,", "direct", "DHS")]),
    ("issuer", "Owners are suing the developer.\n\nThe statement of claim, filed by Toronto Standard Condominium "
     "Corporation No. 2961, alleges the windows were “negligently installed,” and seeks damages.",
     [("negligently installed,", "partial", "Toronto Standard Condominium Corporation No. 2961")]),
    ("document finding", "The audit, conducted by the department’s Office of Audit and Evaluation, found “a pattern "
     "of deliberate contract splitting” in the files.",
     [("a pattern of deliberate contract splitting", "partial", "Office of Audit and Evaluation")]),
    ("document finding", "A report by the Idaho Jail Standards Board was released on Friday. The report found the "
     "jail was “chronically understaffed.”", [("chronically understaffed.", "partial", "Idaho Jail Standards Board")]),
    ("document finding", "Police found “drugs” in the car.", [("drugs", "other", None)]),
    # D9. A document named again as a subject is its issuer's mouth, and so is its "It" ("The memo, signed by deputy
    #     chairperson Adrienne Kowal, ... It warns that"); a person issuer with a role ("by Toronto lawyer Margaret
    #     Hollis"); "It found" is speech of what "it" is.
    ("document finding", "The 118-page review, by Toronto lawyer Margaret Hollis, was commissioned by the federation’s "
     "board in January. It found that the head coach created “a culture of fear.”",
     [("a culture of fear.", "partial", "Margaret Hollis")]),
    ("issuer", "The memo, signed by deputy chairperson Adrienne Kowal, was sent to staff. It warns that caseloads are "
     "“not sustainable.”", [("not sustainable.", "partial", "Adrienne Kowal")]),
    # D8. A judge's or an arbitrator's finding is what they say ("..., Justice Paul Trudel, found ... “…”"); an opening
    #     phrase's document may hold two asides before its issuer ("In a memo to staff in February, obtained by CNN,
    #     the prison’s warden acknowledged").
    ("document finding", "The Superior Court judge who later heard the company’s challenge, Justice Paul Trudel, found "
     "the syrup had been sold “in full knowledge of the rules.”",
     [("in full knowledge of the rules.", "partial", "Paul Trudel")]),
    ("document finding", "The arbitrator found the university had been “in a rush.”",
     [("in a rush.", "partial", "arbitrator")]),
    ("issuer", "In a memo to staff in February, obtained by CNN, the prison’s warden acknowledged that the facility "
     "was short of officers.\n\n“I recognize the burden,” the memo said.",
     [("I recognize the burden,", "direct", "prison’s warden")]),
    # B9. A committee, commission or council is named for its subject with "on" ("the Senate Special Committee on
    #     Aging", "the Standing Committee on Finance"); a day after "on" is no part of the name.
    ("body on", "The report by the Senate Special Committee on Aging says the chain cut staff.\n\n“Leadership was "
     "told,” the report says.", [("Leadership was told,", "direct", "Senate Special Committee on Aging")]),
    ("body on", "The House of Commons Standing Committee on Finance heard from bankers. “Rates are too high,” the "
     "committee said in its report.", [("Rates are too high,", "direct", "House of Commons Standing Committee on "
                                                                          "Finance")]),
    ("body on", "The Senate Finance Committee on Tuesday released its report. “Rates are too high,” the committee "
     "said.", [("Rates are too high,", "direct", "Senate Finance Committee")]),
    # D5. "the report says" far down an article is the report the article named, followed back through its
    #     mentions ("The report quotes dozens of emails", "The report says that commitment came late").
    ("document chain", "The report by the Senate Special Committee on Aging says the chain cut staff at 40 homes."
     "\n\nThe company disputes that. Its chief executive, Mara Hollis, said the chain had hired more aides, paid them "
     "more and trained them better than any of its rivals, and that its homes were safe for the people who lived "
     "in them. She said families had been told of every fall.\n\nThe report quotes dozens of internal emails sent "
     "by managers to the head office. Many of them describe nights when a single aide was left to look after two "
     "floors of residents, some of whom needed help to stand. The company said the emails were taken out of "
     "context and did not reflect its policies.\n\nFamilies told the committee that they had complained for "
     "years. Several said they had been ignored.\n\n“In at least 14 instances, residents who fell were not found "
     "until morning,” the report says.",
     [("In at least 14 instances, residents who fell were not found until morning,", "direct",
       "Senate Special Committee on Aging")]),
    # D6. A contact clause gives a document's issuer ("a letter the company sent residents"), read among the bodies
    #     named before it (not an outlet named later in the sentence); a place's "-based" opens no body's name.
    ("issuer", "Willowbank Terrace, which is owned by Toronto-based Evergreen Living Communities, raised its fees, "
     "according to a letter the company sent residents in November and reviewed by HuffPost Canada. The letter said "
     "staffing costs had risen “significantly.”", [("significantly.", "partial", "Evergreen Living Communities")]),
    ("bodies", "“We acted at all times to protect the mine,” said Calgary-based Stellhorn Resources.",
     [("We acted at all times to protect the mine,", "direct", "Stellhorn Resources")]),
    # D7. A body's possessive owns its document: "The bureau’s application describes ... as “…”" (the bureau is the
    #     Competition Bureau named before).
    ("issuer", "The Competition Bureau went to the tribunal on Monday. The bureau’s application describes that "
     "pledge as “temporary, unenforceable and beside the point.”",
     [("temporary, unenforceable and beside the point.", "partial", "Competition Bureau")]),
    # D4. ... whatever names the document's own subject: a body's name in its "of" phrase ("The audit of Public
    #     Services and Procurement Canada, conducted by ..., found"), its issuer after "by" ("An audit conducted by
    #     the Office of Audit and Evaluation found"); a document's word inside a body's name ("Office of Audit and
    #     Evaluation") is not the document "the report" refers to.
    ("document finding", "The audit of Public Services and Procurement Canada, conducted by the department’s Office "
     "of Audit and Evaluation and tabled on Tuesday, found “a pattern of deliberate contract splitting.”\n\n“Nobody "
     "asked what it was for,” the report says.",
     [("a pattern of deliberate contract splitting.", "partial", "Office of Audit and Evaluation"),
      ("Nobody asked what it was for,", "direct", "Office of Audit and Evaluation")]),
    ("document finding", "An audit conducted by the Office of Audit and Evaluation found “a pattern of deliberate "
     "contract splitting.”", [("a pattern of deliberate contract splitting.", "partial",
                                "Office of Audit and Evaluation")]),
    ("document finding", "A report released by the Idaho Jail Standards Board on Friday found the jail was "
     "“chronically understaffed.”\n\n“Staff worked double shifts,” the report said.",
     [("chronically understaffed.", "partial", "Idaho Jail Standards Board"),
      ("Staff worked double shifts,", "direct", "Idaho Jail Standards Board")]),
    ("document finding", "A lawyer for the Office of Audit and Evaluation found the files “incomplete.”",
     [("incomplete.", "other", None)]),
    ("document finding", "The Commerce Department raised duties.\n\nThe department said in a statement that its "
     "review had found producers benefited from “below-market stumpage fees” for timber.",
     [("below-market stumpage fees", "partial", "Commerce Department")]),
    ("issuer", "The Criminal Conviction Review Commission sent the case back on Monday.\n\n“It should never have "
     "gone to a jury,” its report said.",
     [("It should never have gone to a jury,", "direct", "Criminal Conviction Review Commission")]),
    # G0. An honorific past a link belongs to somebody else ("a retired teacher from Prince Albert", "a spokesperson
    #     for Mr. Lindqvist"): it tells nothing of the person described.
    ("relation gender", "Doreen Ostrowski, a retired teacher from Prince Albert who has owned shares since 2004, was "
     "the first.\n\n“You closed the mill,” she said, addressing Mr. Lindqvist directly.",
     [("You closed the mill,", "direct", "Doreen Ostrowski")]),
    # G1. A relation tells the gender of the one it names, never the owner's honorific: "Mr. Jessup’s wife, Bonnie".
    ("relation gender", "“People left,” the nurse said.\n\nMr. Jessup’s wife, Bonnie, who drove him to the hospital "
     "that night, stood up.\n\n“I’m not a nurse,” she said.",
     [("People left,", "direct", "nurse"), ("I’m not a nurse,", "direct", "Bonnie")]),
    # T1. Two titles of one person joined by "and" before the name: "the company's president and CEO, X, said".
    ("joined titles", "“We do not make a decision like this lightly,” the company's president and CEO, Warren "
     "Haldane, said in a statement.", [("We do not make a decision like this lightly,", "direct", "Warren Haldane")]),
    # A1. "One of them", "one of the diplomats": one member of the group named before, in the singular.
    ("one of them", "Two Western diplomats said the gap had narrowed. One of the diplomats, who spoke on condition "
     "of anonymity, described the atmosphere as “poisonous.”", [("poisonous.", "partial", "a Western diplomat")]),
    ("one of them", "Two Liberal sources said Aubry had waited.\n\n“It was always going to be Claire,” one of the "
     "sources said.", [("It was always going to be Claire,", "direct", "a Liberal source")]),
    ("one of them", "Several Prairie Liberal MPs met the minister. “It was close,” one of them said.",
     [("It was close,", "direct", "a Prairie Liberal MP")]),
    # A2. Unnamed lawmakers are a group as sources are, in the case copy writes them ("Two Liberal MPs", "Three
    #     Democrats"); "the source" or "that Democrat" after such a group is one member of it.
    ("one of them", "Two Republican senators said the vote was close. “It was close,” one of them said.",
     [("It was close,", "direct", "a Republican senator")]),
    ("one of them", "Three Democrats, who were granted anonymity, said the count had slipped.\n\n“It was close,” that "
     "Democrat said.", [("It was close,", "direct", "a Democrat")]),
    ("one of them", "Two sources familiar with the talks said the vote was close.\n\n“It was close,” the source said.",
     [("It was close,", "direct", "a source familiar with the talks")]),
    # N4. A legislator's title is no part of the name: "Liberal MP Jane Doe", "NDP MPP", "Wildrose MLA".
    ("legislator", "“It was close,” said Liberal MP Jane Doe.", [("It was close,", "direct", "Jane Doe")]),
    ("legislator", "NDP MPP Raj Gill called the bill “a mess.”", [("a mess.", "partial", "Raj Gill")]),
    ("legislator", "“We were not told,” Nunavut MP Sarah Kuptana said.\n\n“Nobody called,” the MP said.",
     [("We were not told,", "direct", "Sarah Kuptana"), ("Nobody called,", "direct", "Sarah Kuptana")]),
    ("legislator", "Conservative health critic Tom Krahn said the minister had been warned.\n\n“We support dental "
     "care,” the Conservative MP said.", [("We support dental care,", "direct", "Tom Krahn")]),
    ("legislator", "“It was close,” said Cllr Anita Sharma.", [("It was close,", "direct", "Anita Sharma")]),
    ("legislator", "“It was close,” Reeve Dwight Klassen said.", [("It was close,", "direct", "Dwight Klassen")]),
    ("legislator", "“The river remembers,” said Elder Mary Rae.", [("The river remembers,", "direct", "Mary Rae")]),
    # O2. One body's name may hold "and" or a list's commas: a country's department ("Fisheries and Oceans Canada",
    #     "Immigration, Refugees and Citizenship Canada") and an "of" part ("Department of Fisheries and Oceans");
    #     two people joined by "and" stay two.
    ("body with and", "“Stocks are low,” Fisheries and Oceans Canada said in a statement.",
     [("Stocks are low,", "direct", "Fisheries and Oceans Canada")]),
    ("body with and", "“Files are late,” Immigration, Refugees and Citizenship Canada said.",
     [("Files are late,", "direct", "Immigration, Refugees and Citizenship Canada")]),
    ("body with and", "The Department of Fisheries and Oceans said stocks were “critically low.”",
     [("critically low.", "partial", "Department of Fisheries and Oceans")]),
    # S5. A video's caption ("Click to play video: '…'", as Global News copy carries them) and a title apposed to the
    #     thing it names ("The column, called “…”,") are no speech; a person "called “…” by peers" is characterised.
    ("caption", "Towns may leave the RCMP.\n\nClick to play video: 'Rural Alberta towns weigh leaving the RCMP'\n\n"
     "The mayor spoke on Monday.", [("Rural Alberta towns weigh leaving the RCMP", "other", None)]),
    ("apposed title", "The column, called “Straight Talk From the Lakes,” ran for a decade.",
     [("Straight Talk From the Lakes,", "other", None)]),
    ("apposed title", "Smith, called “the best in the business” by peers, retired.",
     [("the best in the business", "partial", "Smith")]),
    # A3. A role held for somebody keeps their name in its description ("said a spokesperson for Health Minister Carla
    #     Reyes"), and a name apposed to it is the speaker ("A spokesperson for Immigration Minister Aldous Penner,
    #     Kiran Bhatti, said").
    ("held role", "“We share the concerns,” said a spokesperson for Health Minister Carla Reyes.",
     [("We share the concerns,", "direct", "a spokesperson for Health Minister Carla Reyes")]),
    ("held role", "A spokesperson for Immigration Minister Aldous Penner, Kiran Bhatti, said the minister “shares the "
     "concerns” raised by workers.", [("shares the concerns", "partial", "Kiran Bhatti")]),
    ("held role", "“We share the concerns,” said a spokesperson for Immigration Minister Aldous Penner, Kiran Bhatti.",
     [("We share the concerns,", "direct", "Kiran Bhatti")]),
    # D4. "In a statement, the group said ..." then "the statement said": the subject after the opening phrase
    #     issued it.
    ("issuer", "The Arizona Growers Council called the rule costly. In a statement, the group said the data was flawed."
     "\n\n“Our members want good data,” the statement said.",
     [("Our members want good data,", "direct", "Arizona Growers Council")]),
    ("issuer", "The rink closed in January.\n\nIn an emailed statement, a spokesperson for the province said the "
     "program was open.\n\n“The province values rinks,” the statement said.",
     [("The province values rinks,", "direct", "a spokesperson for the province")]),
    # 4. The subject of the cue is never the object of a restrictive "who" clause before it.
    ("subject", "In Tamarack Flats, one councillor who voted against it said the decision had been “rushed through.”",
     [("rushed through.", "partial", "one councillor")]),
    # P4. A person the copy names by a given name alone ("Miguel, 38,", "Miguel said") is mentioned by each lone
    #     "Miguel" after, so a later "he" goes back to them, not to a speaker named since.
    ("given name alone", "Miguel, 38, works on a farm. “It is hard,” Miguel said.\n\nA spokesperson, Kiran Bhatti, "
     "said the minister “shares the concerns.”\n\nMiguel is fine now. He flies back in April.\n\n“Where else would I "
     "go?” he said.", [("It is hard,", "direct", "Miguel"), ("shares the concerns.", "partial", "Kiran Bhatti"),
                       ("Where else would I go?", "direct", "Miguel")]),
    ("body with and", "“It is fine,” said Energy and Minerals Minister Scott Lafrenière.",
     [("It is fine,", "direct", "Scott Lafrenière")]),
    ("body with and", "“It is fine,” said Smith and Minister Jones.", [("It is fine,", "direct", "Smith")]),
    # O3. A body named by its initials speaks as a body ("the CBSA said", "the FBI said"), and is the body whose
    #     name makes them when the copy gave it ("The International Monetary Fund ..." then "The IMF said").
    ("initials", "“We take this seriously,” the FBI said.", [("We take this seriously,", "direct", "FBI")]),
    ("initials", "“We take this seriously,” the CBSA said in a statement.",
     [("We take this seriously,", "direct", "CBSA")]),
    ("initials", "The International Monetary Fund approved a loan on Monday.\n\nThe IMF said the loan would support "
     "“urgent reconstruction.”", [("urgent reconstruction.", "partial", "International Monetary Fund")]),
    ("initials", "The Canada Border Services Agency seized the goods.\n\n“We take this seriously,” the CBSA said.",
     [("We take this seriously,", "direct", "Canada Border Services Agency")]),
    ("initials", "NEW YORK (AP) — The company said sales would “recover.”", [("recover.", "partial", "company")]),
    # O5. "The agency" is the agency the copy named, not the newspaper that obtained the documents.
    ("agency", "OTTAWA — Executives at the Canada Border Services Agency collected bonuses, according to documents "
     "obtained by the National Post.\n\nIn an emailed statement, the agency said pay is “determined by a rigorous "
     "framework.”", [("determined by a rigorous framework.", "partial", "Canada Border Services Agency")]),
    # O6. A body its own capitalized modifier names is that body, not the last body named ("The Veldrani embassy"
    #     after the RCMP); a placing modifier ("The Elk Prairie-based company") names none.
    ("body by its modifier", "The RCMP said two diplomats were expelled.\n\nThe Veldrani embassy called the "
     "expulsions “a hostile act.”", [("a hostile act.", "partial", "Veldrani embassy")]),
    ("body by its modifier", "Halvorsen Foods Inc. will close its plant.\n\nThe Elk Prairie-based company said the "
     "plant was “not suited” to its products.", [("not suited", "partial", "Halvorsen Foods Inc")]),
    # O7. A body nobody names is described as a source is ("A coalition of farm groups said", "An ad hoc committee of
    #     bondholders said"); a description apposed to a named body stays its description.
    ("unnamed body", "A coalition of farm groups said the plan was “unworkable.”",
     [("unworkable.", "partial", "a coalition of farm groups")]),
    ("unnamed body", "The National Center for Senior Housing, an industry trade group, said mandates would “force "
     "closures.”", [("force closures.", "partial", "National Center for Senior Housing")]),
    # O4. A web page's "Published Tuesday, ..." line names nobody, so "the company" is the company the copy named.
    ("company", "Mill to close\n\nPublished Tuesday, November 18, 2025 5:42PM AST\n\nRestigouche Fibre Products "
     "will close its mill.\n\nThe company said the mill was “not economically viable.”",
     [("not economically viable.", "partial", "Restigouche Fibre Products")]),
    # 11. Stacked appositions: a body a role serves, then an aside about the body; the person before them speaks.
    ("stacked apposition", "Rabia Mahmood, policy director at the Income Justice Network, an advocacy group, called "
     "the arrangement “a shell game.”", [("a shell game.", "partial", "Rabia Mahmood")]),
    ("stacked apposition", "The Income Justice Network, an advocacy group, called it “a shell game.”",
     [("a shell game.", "partial", "Income Justice Network")]),
    ("given name alone", "Ayesha Qureshi was 15 when she testified.\n\nSixteen Counts, the group she founded, called "
     "the bill “overdue.”\n\nAyesha said she isn’t worried.\n\n“We’ve been patient,” she said.",
     [("overdue.", "partial", "Sixteen Counts"), ("We’ve been patient,", "direct", "Ayesha Qureshi")]),
    ("anonymous", "A senior Liberal staffer, who spoke on the condition they not be named, said the government was "
     "wary of moving “for partisan advantage.”", [("for partisan advantage.", "partial", "a senior Liberal staffer")]),
    # P5. Who said the writer's sentence ("..., said Jean-Marc Boudreau, an economist with ...") is its subject for the
    #     "he" after it, and a province placed by a modifier ("Northern New Brunswick mills") is a place.
    ("pronoun chain", "Northern New Brunswick mills pay the highest fibre costs in the country, said Jean-Marc "
     "Boudreau, a forestry economist with the Atlantic Institute for Resource Economics.\n\n“They’re competing,” he "
     "said.", [("They’re competing,", "direct", "Jean-Marc Boudreau")]),
    # N5. An unnamed speaker named in the next paragraph by the description's own noun: "said one millwright" then
    #     "The millwright, Rodney Caissie, said".
    ("named later", "“I’ve got 26 years in there,” said one millwright, still in his hard hat.\n\nThe millwright, "
     "Rodney Caissie, said he would look for work out west.", [("I’ve got 26 years in there,", "direct",
                                                                "Rodney Caissie")]),
    ("named later", "An older man in a straw hat walks the edge of a dry ditch.\n\n“My family has farmed this "
     "ground,” the man says.\n\nThe man is Ernesto Zamudio, 67.", [("My family has farmed this ground,", "direct",
                                                                      "Ernesto Zamudio")]),
    # N6. ... or in the same sentence by a naming frame after the description: 'said one father watching a game,
    #     who would give only his first name, Vince'; the elder the copy just quoted is "the elder" (an epithet when
    #     nobody holds the title); "Insp." is a title.
    ("named later", "“There’s a lot of bad refereeing,” said one father watching an under-13 game at Earl Bales Park, "
     "who would give only his first name, Vince. “You can’t say anything anymore.”",
     [("There’s a lot of bad refereeing,", "direct", "Vince"), ("You can’t say anything anymore.", "direct", "Vince")]),
    ("named later", "“It’s cold,” said one fan.\n\nAnother fan, a retired welder named Frank, disagreed. “It’s "
     "fine,” he said.", [("It’s cold,", "direct", "one fan"), ("It’s fine,", "direct", "Frank")]),
    ("epithet", "Her mother, Agnes Sutherland, who is 74, said she had waited “since before Corinne was born.”\n\n"
     "“The government took my brothers,” the elder said.",
     [("since before Corinne was born.", "partial", "Agnes Sutherland"),
      ("The government took my brothers,", "direct", "Agnes Sutherland")]),
    ("titles", "“These were not kids joyriding,” said Insp. Marc-André Lepage, who heads the unit.",
     [("These were not kids joyriding,", "direct", "Marc-André Lepage")]),
    ("titles", "“Nathan went there to do what reporters do,” Dispatch Global editor-in-chief Monique Avery said.",
     [("Nathan went there to do what reporters do,", "direct", "Monique Avery")]),
    # B10. "the district" is a school district, a body told apart by its head, and may speak inside a clause
    #     ("after the district argued"); the parents "in" it are not the district.
    ("bodies", "Parents in the Millbrook Area School District are demanding answers after the district argued the "
     "classes had become a “two-track system” that kept students apart.\n\nIn a statement, the district said it "
     "would add seats.\n\n“Every student deserves a chance,” the statement said.",
     [("two-track system", "partial", "Millbrook Area School District"),
      ("Every student deserves a chance,", "direct", "Millbrook Area School District")]),
    # N7. The spokesperson a cue named is named right after a later quote: '“…,” the spokesperson, Ciara Moody, said'.
    ("named later", "A spokesperson for Housing Minister Gordon Pryce said the province is “reviewing the AGI "
     "framework.”\n\n“We will have more to say,” the spokesperson, Ciara Moody, said in a statement.",
     [("reviewing the AGI framework.", "partial", "Ciara Moody"), ("We will have more to say,", "direct",
                                                                   "Ciara Moody")]),
    ("bodies", "A group representing app-based couriers, the Gig Workers Alliance of Ontario, said the ban would "
     "“push riders into even riskier situations.”",
     [("push riders into even riskier situations.", "partial", "Gig Workers Alliance of Ontario")]),
    # B13. "the city" is the city's government, the one so named ("the City of Barrie lowered the speed limit").
    ("bodies", "After the collision, the City of Barrie lowered the speed limit. In a statement, the city said Kessel "
     "\"represented the very best of us.\"\n\n\"Crossing guards are the front line,\" the statement said.",
     [("represented the very best of us.", "partial", "City of Barrie"),
      ("Crossing guards are the front line,", "direct", "City of Barrie")]),
    # B14. A dotted abbreviation is one word of a name ("the U.S. Department of Agriculture", not "S. Department of
    #     Agriculture"), and its letters make the body's acronym ("the USDA").
    ("bodies", "The U.S. Department of Agriculture halted shipments.\n\nIn a statement, the USDA said its decision "
     "was \"a precautionary measure.\"", [("a precautionary measure.", "partial", "U.S. Department of Agriculture")]),
    # B12. A body its kind names before its name ("budget airline Borealis Air") is what "the airline" later means,
    #     not the court named since; "Pacific Crest Airlines" is an airline by its name.
    ("bodies", "Calgary-based budget airline Borealis Air grounded its fleet. It filed for protection in the Court "
     "of King's Bench.\n\nIn a statement, the airline said it had \"exhausted every available option.\"\n\nOne "
     "carrier, Pacific Crest Airlines, said it would fly passengers home.\n\n\"We want to help,\" the airline said.",
     [("exhausted every available option.", "partial", "Borealis Air"),
      ("We want to help,", "direct", "Pacific Crest Airlines")]),
    # B11. "the agency" is a government agency whose head stands before its place ("Public Health Agency of Canada"),
    #     not the wire service whose name ends the story.
    ("bodies", "MONTREAL -- The Public Health Agency of Canada said in an email that cases were rising.\n\n\"Two "
     "doses are about 97 per cent effective,\" the agency said.\n\n(The Canadian Press)",
     [("Two doses are about 97 per cent effective,", "direct", "Public Health Agency of Canada")]),
    # S4. A naming word after an auxiliary foretells, it does not gloss: 'would mean “jailing people for being poor.”'
    ("naming", "Kamal Rahimi warned that expanding the reverse onus would mean “jailing people for being poor.”",
     [("jailing people for being poor.", "partial", "Kamal Rahimi")]),
    # R3. An honorific tells which of two relatives sharing a surname is meant: "Mr. Lindqvist" is Carl, not his
    #     sister Annika Lindqvist, who was named after him.
    ("relatives", "Harbourview has been run by the same family since Carl Lindqvist’s grandfather opened its first "
     "home. Mr. Lindqvist, the company’s president, said the family agreed to sell. His sister, Annika Lindqvist, said "
     "she was relieved. “I’m worried,” Ms. Lindqvist said.\n\nOlivier Brassard, a spokesperson, said in an email "
     "that the minister “respects the independence of the Commissioner.”\n\nMr. Lindqvist said he would wait for "
     "the tribunal to decide.\n\n“I’ve learned to be patient,” he said.",
     [("I’m worried,", "direct", "Annika Lindqvist"),
      ("respects the independence of the Commissioner.", "partial", "Olivier Brassard"),
      ("I’ve learned to be patient,", "direct", "Carl Lindqvist")]),
    ("relatives", "The Aces have lost money for years.\n\n“Nobody wanted to make this call,” co-owner Darren Lutz "
     "said.\n\nLutz said the family had looked for a buyer.\n\n“My dad bought this team when I was nine,” Lutz said."
     "\n\nHis sister, co-owner Shannon Lutz, said the family spent a year looking.\n\n“Everybody wanted the team "
     "to stay,” she said.",
     [("Nobody wanted to make this call,", "direct", "Darren Lutz"),
      ("My dad bought this team when I was nine,", "direct", "Darren Lutz"),
      ("Everybody wanted the team to stay,", "direct", "Shannon Lutz")]),
    ("relatives", "Jenna Marsh rowed for Canada.\n\nGretchen Marsh, a professor of sport policy and no relation to "
     "Jenna Marsh, studies funding.\n\n“Sport Canada can’t fire a coach,” Prof. Marsh said.",
     [("Sport Canada can’t fire a coach,", "direct", "Gretchen Marsh")]),
    # R4. A lone surname shared by a mother and her son is the one its own reported clause gives: "Harkavy said she".
    ("relatives", "Glenda Harkavy, 68, owns the house.\n\nHarkavy's son, Mike Harkavy, said he has driven up most "
     "weekends.\n\nA spokesperson for Gov. Dwight Albrecht said the governor would review the bill.\n\nHarkavy "
     "said she still has a key to the front door.\n\n\"I just want my house back,\" she said.",
     [("I just want my house back,", "direct", "Glenda Harkavy")]),
    # R5. "the younger Mr. Dekker" is the one given as somebody's child, "the elder" the other; a lone surname is one
    #     of the two quoted before, not one only described ("For Abdi, ..." is the mother, not her son).
    ("relatives", "The well on Henk Dekker’s farm went dry.\n\n“My grandfather dug the first well,” Mr. Dekker, 67, "
     "said.\n\nMr. Dekker’s son, Tom Dekker, 38, "
     "runs the dairy.\n\n“That’s a press release,” the younger Mr. Dekker said.\n\nThe elder Mr. Dekker walked to "
     "the well.\n\n“I’m not against jobs,” he said.",
     [("My grandfather dug the first well,", "direct", "Henk Dekker"),
      ("That’s a press release,", "direct", "Tom Dekker"), ("I’m not against jobs,", "direct", "Henk Dekker")]),
    ("relatives", "Nasra Abdi heard the pop. “It was loud,” said Abdi.\n\nHer older son, Yusuf Abdi, 15, takes two "
     "buses to school.\n\nCoun. Marisol Teixeira said she expects the committee to support her motion.\n\n“It will "
     "pass,” she said.\n\nFor Abdi, the debate is about more than rules.\n\n“I don’t hate the man,” she said.",
     [("It was loud,", "direct", "Nasra Abdi"), ("It will pass,", "direct", "Marisol Teixeira"),
      ("I don’t hate the man,", "direct", "Nasra Abdi")]),
    # A6. A title abbreviation inside a relative's apposition does not end the name ("Her husband, Staff Sgt. Andre
    #     Wilkins,"); a body apposed to its role and followed by an auxiliary is the sentence's subject ("The monitor,
    #     Birchall Restructuring Ltd., has told the court ...", then "it described").
    ("apposition", "Her husband, Staff Sgt. Andre Wilkins, said the house made him sick.\n\n“I fix aircraft for a "
     "living,” he said.", [("I fix aircraft for a living,", "direct", "Andre Wilkins")]),
    ("apposition", "The monitor, Birchall Restructuring Ltd., has told the Ontario Superior Court of Justice that the "
     "records are incomplete. In its most recent report, it described the record-keeping as “inconsistent at best.”",
     [("inconsistent at best.", "partial", "Birchall Restructuring Ltd")]),
    ("relatives", "Dale Jorgensen has farmed here since 1978.\n\nHis son, Cody Jorgensen, who farms with him, is "
     "less sure.\n\n\"Once you stop watering a field, it goes to weeds,\" the younger Jorgensen said.",
     [("Once you stop watering a field, it goes to weeds,", "direct", "Cody Jorgensen")]),
    # R6. "Her son" opening a sentence is the son named before ("Ms. Whitted’s son, Darnell Whitted"), whom the next
    #     "he said" means.
    ("relatives", "The smell reached Loretha Whitted’s house.\n\n“I know what a flood smells like,” Ms. Whitted, 74, "
     "said.\n\n“So where did the list go?” said Ms. "
     "Whitted’s son, Darnell Whitted, a paramedic.\n\nState Senator Wayne Hollister said he would oppose the plan."
     "\n\nBack on her porch, Ms. Whitted said she had stopped counting storms.\n\nHer son shook his head.\n\n"
     "“She’s not going anywhere,” he said.", [("I know what a flood smells like,", "direct", "Loretha Whitted"),
                                                ("So where did the list go?", "direct", "Darnell Whitted"),
                                                ("She’s not going anywhere,", "direct", "Darnell Whitted")]),
    # A5. A body's apposition holding a relative clause, then an aside with the body's own verb: "The College Athletes
    #     Alliance, a group that represents current and former players, blasted the bill in a statement, saying".
    ("apposition", "The College Athletes Alliance, a group that represents current and former players, blasted the "
     "bill in a statement, saying it was “written by the people who profit.”",
     [("written by the people who profit.", "partial", "College Athletes Alliance")]),
    # N9. A caption's or a deck's unnamed description whose words the body quotes from a named speaker: "WATCH: ...
    #     One North End mother says she keeps her kids’ shoes by the door “in case we have to run.”"
    ("named later", "Winnipeg crews fight vacant-building fires\n\nWATCH: Firefighters have been called to 300 fires. "
     "One North End mother says she keeps her kids’ shoes by the front door “in case we have to run.”\n\nShania Beardy "
     "rents a house there.\n\n“I keep their shoes by the front door in case we have to run,” Beardy told Global News.",
     [("in case we have to run.", "partial", "Shania Beardy"),
      ("I keep their shoes by the front door in case we have to run,", "direct", "Shania Beardy")]),
    # N10. A headline's first clause without its article is a bare role too ("Provincial body says ..."), not a name.
    ("headline role", "Referees are quitting youth soccer\n\nProvincial body says abuse has reached ‘a breaking "
     "point’\n\nTORONTO -- The Ontario Youth Soccer Association says abuse is rising.",
     [("a breaking point", "partial", "Provincial body")]),
    # N11. A line that is only a name under the deck is the writer's byline, never the deck's "minister".
    ("headline role", "Buyback collects fewer than 4,000 guns\n\nInternal figures show the program is behind; "
     "minister says numbers will ‘climb steeply’ before the deadline\n\nRyan Tremblay-Okafor\n\nOTTAWA — Owners have "
     "handed in fewer than 4,000 guns.\n\nPublic Safety Minister Danielle Okonkwo said Tuesday that numbers would "
     "“climb steeply” by the fall.", [("climb steeply", "partial", "Danielle Okonkwo"),
                                      ("climb steeply", "partial", "Danielle Okonkwo")]),
    ("named later", "They Have Jobs. They’re Still Lining Up At The Food Bank.\n\nOne in four people using Calgary’s "
     "largest food bank now has a job, up from one in seven five years ago. “I work 40 hours a week and I still have "
     "to do this,” one mother says.\n\nShauna Pelletier works at a daycare.\n\n“I work 40 hours a week and I still "
     "have to do this,” Pelletier told HuffPost Canada.",
     [("I work 40 hours a week and I still have to do this,", "direct", "Shauna Pelletier"),
      ("I work 40 hours a week and I still have to do this,", "direct", "Shauna Pelletier")]),
    # N12. A crosshead in marks speaks with the later quote it was lifted from, not the paragraph before it.
    ("crosshead", "Growers lost $38 million, Ingrid Vos said.\n\n“We are being punished,” she "
     "said.\n\n'Science must guide every decision'\n\nIn an emailed statement, the Canadian Food "
     "Inspection Agency said that \"science must guide every decision about where the disease is.\"",
     [("We are being punished,", "direct", "Ingrid Vos"), ("Science must guide every decision", "direct",
                                                         "Canadian Food Inspection Agency"),
      ("science must guide every decision about where the disease is.", "partial", "Canadian Food Inspection Agency")]),
    # N8. A role of a body named in the next paragraph by the same office of that body: "The president of the
    #     Millbrook Education Association ... said" and then "wrote Karen Sobieski, the union's president".
    ("named later", "The president of the Millbrook Education Association, the local teachers union, said in an email "
     "that the union supports “the goal of expanding access.”\n\n“We want every student to succeed,” wrote Karen "
     "Sobieski, the union's president.", [("the goal of expanding access.", "partial", "Karen Sobieski"),
                                          ("We want every student to succeed,", "direct", "Karen Sobieski")]),
    # 12. "pressed" reports a question as "asked" does: "One reporter pressed her: “…”".
    ("cue verbs", "The press secretary faced questions.\n\nOne reporter pressed her: “Why not release it?”",
     [("Why not release it?", "direct", "one reporter")]),
    ("named later", "“There are people in those beds,” said the town supervisor, shaking her head.\n\nThe "
     "supervisor, Ruth Ann Kessler, 66, has lived there all her life.",
     [("There are people in those beds,", "direct", "Ruth Ann Kessler")]),
    # T3. "Del." before a name is a delegate (Maryland, Virginia); after a town, Delaware.
    ("titles", "“You’re going to have a 15-year-old from Dundalk,” said Del. Marcus Tillery (D-Baltimore County).",
     [("You’re going to have a 15-year-old from Dundalk,", "direct", "Marcus Tillery")]),
    ("titles", "Roe, of Dover, Del., said the plan was “a mess.”", [("a mess.", "partial", "Roe")]),
    # T2. A title may carry a hyphenated prefix: "co-owner Darren Lutz", "ex-premier Jo Ames".
    ("titles", "“Nobody wanted this,” co-owner Darren Lutz said at a news conference.",
     [("Nobody wanted this,", "direct", "Darren Lutz")]),
    # D5. "a statement posted to Facebook" is how it came out, no cue; the sentence's subject after the opening
    #     phrase issued it, a pronoun too; "The White House issued a statement" is the subject's with its article.
    ("issuer", "Coun. Derek Ambrose was docked pay.\n\nIn a statement posted to Facebook on Monday night, he "
     "apologized but said the report left out “years of context.”\n\n“I should have handled this differently,” the "
     "statement said.", [("years of context.", "partial", "Derek Ambrose"),
                         ("I should have handled this differently,", "direct", "Derek Ambrose")]),
    ("issuer", "The White House issued a statement of administration policy on Tuesday. The statement called the "
     "strikes “limited, lawful and necessary.”", [("limited, lawful and necessary.", "partial", "White House")]),
    # R2. A party the titles do not give counts only against titles that give one: "the Republican governor" is
    #     "Louisiana Gov. Clay Prejean"; "the Liberal MP" is not "Conservative MP Bo Li".
    ("party role", "Louisiana Gov. Clay Prejean signed a bill on Monday.\n\nThe Republican governor called the "
     "credit “a check we can no longer afford.”", [("a check we can no longer afford.", "partial", "Clay Prejean")]),
    ("party role", "Liberal MP Ann Vint spoke first. Conservative MP Bo Li spoke next.\n\n“It is fine,” the Liberal "
     "MP said.", [("It is fine,", "direct", "Ann Vint")]),
    ("stacked apposition", "Several Republicans opposed the bill. One of those Republicans, Rep. Andrew Pellerin of "
     "Kenner, said he had “nothing against fixing roads.”", [("nothing against fixing roads.", "partial",
                                                              "Andrew Pellerin")]),
    # P6. "the man" or "the woman" is the one, named or not, the writer's last sentences were about.
    ("the man", "One longtime season-ticket holder, who asked not to be named, said the team had struggled.\n\n"
     "“You’d look around the stands and count heads,” the man said.",
     [("You’d look around the stands and count heads,", "direct", "one longtime season-ticket holder")]),
    # P3. A pronoun after a quotation of several sentences reads from the quotation's start: the sentence before it
    #     is the one before the quotation, not the quotation's own first sentence.
    ("pronoun chain", "“It’s a mess,” Brent Kowalchuk said.\n\nIts chair, Gordon Plaskett, a retired civil engineer "
     "who lives on one of the streets that would have been rezoned, said the group has never opposed housing.\n\n"
     "“We’re not against anybody moving here. We’re against a rule written in Ottawa,” he said.",
     [("It’s a mess,", "direct", "Brent Kowalchuk"),
      ("We’re not against anybody moving here. We’re against a rule written in Ottawa,", "direct", "Gordon Plaskett")]),
    # P2. "He"/"she" as the subject of the writer's reported speech is resolved where it stands, so a later
    #     "he said" goes on with that person, not with a name the sentence only mentioned ("Asked about X’s ...").
    ("pronoun chain", "“It works,” Carl Moss said.\n\nColin Reid said the board would watch premiums. Asked about "
     "Moss’s figures, he said the province had done its own modelling.\n\n“We checked,” he said.",
     [("It works,", "direct", "Carl Moss"), ("We checked,", "direct", "Colin Reid")]),
    ("pronoun chain", "“It works,” Carl Moss said.\n\nColin Reid said the board would watch premiums. In a reply to "
     "Moss’s letter, she wrote that the figures were wrong.\n\n“We checked,” she said.",
     [("It works,", "direct", "Carl Moss"), ("We checked,", "direct", "unknown")]),
    # N8. The spokesperson a cue named is named after a later quote's inverted cue: '“…,” wrote the spokesperson,
    #     Chantelle Morin.', and by a name whose apposition is a spokesperson's office ('“…,” wrote Chantelle Dubois,
    #     the minister’s press secretary.').
    ("named later", "In an emailed statement, a spokesperson for Transit Minister Trent Halloway said the province "
     "had paid and that “cities are responsible for their transit systems.”\n\n“We expect results,” wrote the "
     "spokesperson, Chantelle Morin.",
     [("cities are responsible for their transit systems.", "partial", "Chantelle Morin"),
      ("We expect results,", "direct", "Chantelle Morin")]),
    ("named later", "In an emailed statement, a spokesperson for Education Minister Trevor Lindgren said the "
     "government is “building schools faster than anyone.”\n\n“The modular units will help,” wrote Chantelle "
     "Dubois, the minister’s press secretary.",
     [("building schools faster than anyone.", "partial", "Chantelle Dubois"),
      ("The modular units will help,", "direct", "Chantelle Dubois")]),
    ("named later", "A spokesperson for House Speaker Glenn Arbuckle said the House has “no plans” to act.\n\nAn "
     "Interior Department spokesperson, Jake Morrow, said the vote “changes nothing.”",
     [("no plans", "partial", "a spokesperson for House Speaker Glenn Arbuckle"),
      ("changes nothing.", "partial", "Jake Morrow")]),
    # B15. "the force" is the police service named before ("The RCMP ... the force said"), and so is its statement.
    ("bodies", "The RCMP began the rollout in 2023.\n\nIn a statement, the force said it was slowed by "
     "“connectivity limitations.”\n\n“We remain committed,” the statement said.",
     [("connectivity limitations.", "partial", "RCMP"), ("We remain committed,", "direct", "RCMP")]),
    # D14. A document's issuer named past who read it: 'An internal memo obtained by POLITICO, written by career
    #     staff in the EPA’s Office of Water in June, warned ...' then 'the memo says' (not POLITICO).
    ("documents", "An internal memo obtained by POLITICO, written by career staff in the EPA’s Office of Water in "
     "June, warned of risks.\n\n“Staff do not believe the record supports it,” the memo says.",
     [("Staff do not believe the record supports it,", "direct", "EPA’s Office of Water")]),
    # B16. A body's acronym is the body its name spells out, wherever the text named it, even as a modifier ("an
    #     Immigration and Customs Enforcement detainer" then "ICE said"); a name joined by "and" ending in a body's
    #     head is one body ("Immigration and Customs Enforcement agents"), whom "the agency" then means.
    ("bodies", "Officials ignored an Immigration and Customs Enforcement detainer.\n\nICE said in a statement that "
     "it had “acted fast.”", [("acted fast.", "partial", "Immigration and Customs Enforcement")]),
    ("bodies", "Immigration and Customs Enforcement (ICE) said Ruiz was “held.”\n\nICE said in a statement that it "
     "had “acted fast.”", [("held.", "partial", "Immigration and Customs Enforcement"),
                           ("acted fast.", "partial", "Immigration and Customs Enforcement")]),
    ("bodies", "Immigration and Customs Enforcement agents detained 212 workers. The agency said in a statement that "
     "they were “present unlawfully.”", [("present unlawfully.", "partial", "Immigration and Customs Enforcement")]),
    # R1. Trades and roles the copy gives people ("one educator on the Rosemont picket line", "said groom Lorraine
    #     Desjardins", "State Auditor Joan Petrakis" named without her title).
    ("roles", "“I make $24 an hour,” said one educator on the Rosemont picket line, a coffee in each hand.",
     [("I make $24 an hour,", "direct", "one educator on the Rosemont picket line")]),
    ("roles", "“She never missed a morning,” said groom Lorraine Desjardins.",
     [("She never missed a morning,", "direct", "Lorraine Desjardins")]),
    ("roles", "“The numbers do not add up,” State Auditor Joan Petrakis said.",
     [("The numbers do not add up,", "direct", "Joan Petrakis")]),
    # N13. A deck's unnamed speaker, by a pronoun or "one of them" too, is whoever the body gives the deck's words
    #     to, within a longer quote and past its cue ('“Seven weeks with nothing,” Robichaud said. “We’re not asking
    #     for charity. ...”').
    ("named later", "They Lost Their Crops.\n\nA Saskatchewan grain farmer got a cheque for zero dollars. “I did the "
     "math three times,” she says.\n\nDana Kowalyk farms near Kindersley.\n\n“I did the math three times. Zero,” "
     "Kowalyk said.",
     [("I did the math three times,", "direct", "Dana Kowalyk"),
      ("I did the math three times. Zero,", "direct", "Dana Kowalyk")]),
    ("named later", "Navy splits Republicans\n\nA bloc of shipyard-state Republicans is threatening to rewrite the "
     "request. “I don’t care whose budget it is,” one of them said.\n\nRep. Hollis Grady of Maine spoke on "
     "Tuesday.\n\n“I don’t care whose budget it is. We build the boats,” Grady said.",
     [("I don’t care whose budget it is,", "direct", "Hollis Grady"),
      ("I don’t care whose budget it is. We build the boats,", "direct", "Hollis Grady")]),
    ("named later", "They Process Snow Crab.\n\nFish plant workers say the gap is getting longer. “We’re not asking "
     "for charity,” one worker says.\n\nJosée Robichaud has worked at the plant for 19 years.\n\n“Seven weeks with "
     "nothing,” Robichaud said. “We’re not asking for charity. We’re asking for the weeks to line up.”",
     [("We’re not asking for charity,", "direct", "Josée Robichaud"),
      ("Seven weeks with nothing,", "direct", "Josée Robichaud"),
      ("We’re not asking for charity. We’re asking for the weeks to line up.", "direct", "Josée Robichaud")]),
    # 12b. A cue of two words after a lone surname: "Halvorsen shot back." ("back" is no running back there).
    ("cue verbs", "“It is fair,” Vettori said.\n\n“You said that about the spring,” Halvorsen shot back.",
     [("It is fair,", "direct", "Vettori"), ("You said that about the spring,", "direct", "Halvorsen")]),
    # B17. "the company" is the latest company, a bare name with nothing personal about it, never a party's members.
    ("bodies", "Republicans, who voted against the bill, said it would drive up fares.\n\nSwiftride called the bill "
     "“a 1930s labor law.”\n\n“Drivers value flexibility,” the company said in a statement.",
     [("a 1930s labor law.", "partial", "Swiftride"), ("Drivers value flexibility,", "direct", "Swiftride")]),
    # N14. "one of those patients" is one of the group named before, as "one of the patients" is, named next.
    ("named later", "Several patients were recorded without consent.\n\n“I talked to my doctor about things,” one of "
     "those patients said in an interview.\n\nThe patient, Charlene MacPhee, 61, said she was never told.",
     [("I talked to my doctor about things,", "direct", "Charlene MacPhee")]),
    # N15. "The president of <a numbered local>" is the role, not the local, and a new name with no role of its own
    #     speaking in the next paragraph is who holds it.
    ("named later", "The president of United Northern Mine Workers Local 4120, which represents about 600 workers, "
     "called the new timeline “a gut punch.”\n\n“These are people who gave their lives to this mine,” said Rhonda "
     "Kakfwi-Ross.",
     [("a gut punch.", "partial", "Rhonda Kakfwi-Ross"),
      ("These are people who gave their lives to this mine,", "direct", "Rhonda Kakfwi-Ross")]),
    ("named later", "The president of Teamsters Local 7 called the plan “a mistake.”",
     [("a mistake.", "partial", "president of Teamsters Local 7")]),
    # D15. A rule or a set of findings speaks for who made it: its contact clause names the maker past a long name
    #     ("a rule the Department of Homeland Security published"), its owner's possessive ("The Justice Department’s
    #     findings ... said" and then "the report said").
    ("documents", "The department cited a rule the Department of Homeland Security published on Thursday.\n\n“The "
     "absence of a fixed period has hindered oversight,” the rule states.",
     [("The absence of a fixed period has hindered oversight,", "direct", "Department of Homeland Security")]),
    ("documents", "The Justice Department’s findings, released in March, said officers used dogs on children.\n\n“In "
     "several cases, the handler continued,” the report said.",
     [("In several cases, the handler continued,", "direct", "Justice Department")]),
    # N16. An unnamed person who is a clause's subject after an opening phrase ("At a ranch on the south side of
    #     Bridge Lake, a man in a smoke-stained ball cap was running ...") is the next "he said", and "The rancher,
    #     Wes Halvorsen-Duke," opening the next paragraph names him by another noun.
    ("named later", "“Move out early,” Sokolowski said.\n\nNot everyone left. At a ranch on the south side of Bridge "
     "Lake, a man in a smoke-stained ball cap was running a sprinkler line.\n\n“I’ve got 60 head of cattle,” he "
     "said.\n\nThe rancher, Wes Halvorsen-Duke, 61, said he would stay.",
     [("Move out early,", "direct", "Sokolowski"), ("I’ve got 60 head of cattle,", "direct", "Wes Halvorsen-Duke")]),
    ("named later", "“Move out early,” Sokolowski said.\n\nAt a ranch near Bridge Lake, a man in a ball cap was "
     "running a sprinkler line.\n\n“I’ve got 60 head of cattle,” he said.",
     [("Move out early,", "direct", "Sokolowski"), ("I’ve got 60 head of cattle,", "direct",
                                                    "a man in a ball cap")]),
    # N17. An unnamed man's description ends before his own verb ("a man loading groceries into the back of his
    #     pickup | shook his head"), and "He gave his name as Harold Pardy" opening the next paragraph names him.
    ("named later", "Back at the wharf, a man loading groceries into the back of his pickup shook his head when asked "
     "about the schedule.\n\n“Once a day,” he said.\n\nHe gave his name as Harold Pardy, 66, a retired fisherman.",
     [("Once a day,", "direct", "Harold Pardy")]),
    ("named later", "Back at the wharf, a man in a ball cap shook his head.\n\n“Once a day,” he said.",
     [("Once a day,", "direct", "a man in a ball cap")]),
    # N18. "One of the <group> ..." opening a sentence is one of them, its subject, whom the next "he said" means
    #     (never a "they" for the last person), named in the next paragraph ("That farmer, Lyle Okerstrom,").
    ("named later", "“I answer to them,” Heinrichs said.\n\nOne of the ratepayers who spoke that night, a grain "
     "farmer, said the roads are bad.\n\n“My combine has been on a detour,” he said.\n\nThat farmer, Lyle "
     "Okerstrom, said he still shops in town.",
     [("I answer to them,", "direct", "Heinrichs"), ("My combine has been on a detour,", "direct", "Lyle Okerstrom")]),
    ("named later", "“We are reviewing it,” Gwendolyn Harcourt-Ibe said.\n\nOne of the students there, a master's "
     "student from Hyderabad, said she had paid a deposit.\n\n“My parents asked me about Canada,” she said.",
     [("We are reviewing it,", "direct", "Gwendolyn Harcourt-Ibe"),
      ("My parents asked me about Canada,", "direct", "one of the students")]),
    # B18. "the department" is the body named as a department, not the last body named; and a department's name runs
    #     over its "and" ("Department of Transportation and Infrastructure").
    ("bodies", "The Department of Transportation and Infrastructure cut the ferry.\n\nThe Marine Workers Union has 300 "
     "members.\n\nIn a statement, the union said it had warned the department “four times.”\n\nIn an emailed "
     "statement, the department said the cut was temporary.\n\n“We understand this is a difficult change,” the "
     "email said.",
     [("four times.", "partial", "Marine Workers Union"),
      ("We understand this is a difficult change,", "direct", "Department of Transportation and Infrastructure")]),
    # 11b. A party label's place may be a town of any length ("D-Winooski"), never the speaker.
    ("mentions", "Rep. Marcus Delacroix-Hunt, D-Winooski, the bill's lead sponsor, said he was “disappointed.”",
     [("disappointed.", "partial", "Marcus Delacroix-Hunt")]),
    # D16. Who "says in a report" issued it ("..., Auditor-General Nadine Arsenault-Rocha says in a report tabled
    #     Thursday."), and an issuer may stand past the participle's own phrase ("The lawsuit, filed in Commonwealth
    #     Court by the Pennsylvania Department of State,").
    ("documents", "The government paid $86-million in rebates, Auditor-General Nadine Arsenault-Rocha says in a report "
     "tabled Thursday.\n\n“Transport Canada did not know,” the report says.",
     [("Transport Canada did not know,", "direct", "Nadine Arsenault-Rocha")]),
    ("documents", "The lawsuit, filed in Commonwealth Court by the Pennsylvania Department of State, asks a judge to "
     "order the board to certify the results “immediately.”\n\n“The duty is ministerial,” the lawsuit says.",
     [("immediately.", "partial", "Pennsylvania Department of State"),
      ("The duty is ministerial,", "direct", "Pennsylvania Department of State")]),
    # N19. A street after "on" is a place, never the "he" of the man a naming frame named ("A man who gave his name
    #     only as Dale, ... losing his apartment on Gottingen Street").
    ("named later", "A man who gave his name only as Dale, and who said he has been living outside since losing his "
     "apartment on Gottingen Street in 2024, sat on a milk crate.\n\n“I am tired of moving,” he said.",
     [("I am tired of moving,", "direct", "Dale")]),
    ("named later", "“I've been robbed twice at knifepoint,” one convenience store owner told council. “I'm asking for "
     "somebody to show up.”\n\nHe later identified himself to reporters as Harjit Dhaliwal, who owns a store on "
     "Sargent Avenue.",
     [("I've been robbed twice at knifepoint,", "direct", "Harjit Dhaliwal"),
      ("I'm asking for somebody to show up.", "direct", "Harjit Dhaliwal")]),
    # N20. "One of the foremen" is one of a group too, named by "The foreman, X,"; and "one heavy-equipment operator"
    #     after an opening phrase's comma is the clause's subject, whom the next "he said" means.
    ("named later", "“Cargo is moving,” Melissa Tran-Hobbs said.\n\nOne of the foremen on the picket line, who has "
     "worked at Burrard Gate for 22 years, said the dispute was not about money.\n\n“I could retire next year,” he "
     "said.\n\nThe foreman, Gurpreet Sandhu-Lalonde, said he had cut back.",
     [("Cargo is moving,", "direct", "Melissa Tran-Hobbs"),
      ("I could retire next year,", "direct", "Gurpreet Sandhu-Lalonde")]),
    ("named later", "“The governments have the consultant,” said Hugh Armitage-Rae.\n\nAt the Yellowknife airport, "
     "where workers board charter flights, one heavy-equipment operator said he worried about the dispute.\n\n"
     "“Nobody up here wants rumours,” he said.",
     [("The governments have the consultant,", "direct", "Hugh Armitage-Rae"),
      ("Nobody up here wants rumours,", "direct", "one heavy-equipment operator")]),
    # R2. "the judge" is the Justice named before.
    ("roles", "“The harm is plain,” Ms. Lalonde-Haddad told Justice Pierre-Luc Charbonneau.\n\nJustice Charbonneau "
     "pressed him on the evidence.\n\n“Where is the harm to a child?” the judge asked.",
     [("The harm is plain,", "direct", "Ms. Lalonde-Haddad"),
      ("Where is the harm to a child?", "direct", "Pierre-Luc Charbonneau")]),
    # N21. A dateline opens the first sentence, whose subject is then its name's; a role after "as" is the subject's
    #     own ("works ... as a home health aide"); a name after a possessive is a thing ("her Medicaid coverage").
    ("named later", "Indiana’s Medicaid work rules are here\n\nINDIANAPOLIS — Denise Mattingly works 32 hours a week "
     "as a home health aide in Muncie. So when a letter arrived saying her Medicaid coverage would end, she figured it "
     "was a mistake.\n\n“I thought they’d fix it,” she says.",
     [("I thought they’d fix it,", "direct", "Denise Mattingly")]),
    # B19. A headline's acronym is the body the story spells out after it ("COC says ..." and "The Canadian Olympic
    #     Committee has frozen ..."), and the name then joins the acronym's body.
    ("bodies", "COC says money will flow\n\nThe Canadian Olympic Committee has frozen $3.8-million in funding."
     "\n\n“We remain committed,” the COC said in a statement.",
     [("We remain committed,", "direct", "Canadian Olympic Committee")]),
    # R3. An office's lowercase field between a role and the name holding it: '“…,” SHA vice-president of acute care
    #     Dr. Naveen Pillai-Strand said'.
    ("roles", "“We are out of options,” SHA vice-president of acute care Dr. Naveen Pillai-Strand said Tuesday.",
     [("We are out of options,", "direct", "Naveen Pillai-Strand")]),
    # S9. An answer to a question just asked is the one questioned, not the last one who spoke before the question.
    ("exchange", "Rep. Dolores Quintanar-Vey said the hearing was “the first time.”\n\nWrayburn pressed EPA official "
     "Lena Marchetti-Obi on the phaseout.\n\n“Did anybody sit down with a grower?” he asked.\n\n“We met with "
     "growers in seven states,” she replied.",
     [("the first time.", "partial", "Dolores Quintanar-Vey"),
      ("Did anybody sit down with a grower?", "direct", "Wrayburn"),
      ("We met with growers in seven states,", "direct", "Lena Marchetti-Obi")]),
    # B20. Bracketed initials stand for the name before them, whatever its words ("the Société de transport de
    #     l'Outaouais (STO)"); an acronym's possessive owns a document as a body ("The EPA’s draft risk assessment").
    ("bodies", "Crews closed the bridge, according to the Société de transport de l'Outaouais (STO).\n\nThe STO "
     "said buses would be “20 to 40 minutes” late.", [("20 to 40 minutes", "partial",
                                                  "Société de transport de l'Outaouais")]),
    ("bodies", "A top Environmental Protection Agency official faced questions.\n\nThe EPA’s draft risk assessment "
     "found that exposure exceeded the threshold “by a wide margin.”",
     [("by a wide margin.", "partial", "Environmental Protection Agency")]),
    # N22. "a cyclist in a yellow rain jacket" after an opening phrase's comma is its clause's subject, never the
    #     outlet another speaker told.
    ("named later", "“People are going to be late,” Coun. Ariane Sinclair-Moreau told CTV News Ottawa.\n\nAt the "
     "Ottawa end of the bridge, a cyclist in a yellow rain jacket stopped at the barricades.\n\n“I cross this "
     "bridge twice a day,” he said.\n\nThe cyclist, Mathieu Gravel-Osei, said he works in Gatineau.",
     [("People are going to be late,", "direct", "Ariane Sinclair-Moreau"),
      ("I cross this bridge twice a day,", "direct", "Mathieu Gravel-Osei")]),
    # A role with a description of places and things before its verb: the role speaks, never the place.
    ("described-role", "“We lost half our bookings,” the owner of a small motel on Water Street said Tuesday.",
     [("We lost half our bookings,", "direct", "owner")]),
    ("described-role", "“We lost half our bookings,” the owner of a small motel on Water Street said Tuesday.\n\n"
     "The owner, Joan Amirault, 68, has run the motel since 1990.",
     [("We lost half our bookings,", "direct", "Joan Amirault")]),
    ("described-role", "“We are done,” the daughter of a farmer near Eston said.",
     [("We are done,", "direct", "daughter of a farmer")]),
    ("described-role", "The manager of a motel on Main Street said the season was “a write-off.”",
     [("a write-off.", "partial", "manager")]),
    ("described-role", "When the mayor read the result, people in the gallery chanted, “Shame!”",
     [("Shame!", "direct", "people")]),
    ("described-role", "Leader of Opposition in the Assembly Harish Chaudhary claimed the building was “unsafe.”",
     [("unsafe.", "partial", "Harish Chaudhary")]),
    ("described-role", "The provincial Ministry of Municipal Affairs said the vote is “a matter for the city.”",
     [("a matter for the city.", "partial", "Ministry of Municipal Affairs")]),
    ("label", "Ann Roe told the paper that the trouble was a program of hand-written “staff picks” cards.",
     [("staff picks", "other", None)]),
    # A name between commas after a role whose office names a body or place holds the office; a name before a
    # role held for another person speaks, whatever aside follows.
    ("office-apposition", "Ontario's minister responsible for Ontario Power, Tara Lind, said the plan was “on track.”",
     [("on track.", "partial", "Tara Lind")]),
    ("office-apposition", "Fraser Health's medical health officer for the north Valley, Dr. Omar Saleh, said the rule "
     "is “sensible.”", [("sensible.", "partial", "Omar Saleh")]),
    ("office-apposition", "Lea Park, a spokesperson for Gov. Tom Reyes, a Republican, said the governor “backs the "
     "deal.”", [("backs the deal.", "partial", "Lea Park")]),
    # A document speaks for whoever its own words give it to: "by" after a participle and its object or before the
    # issuer's description, a possessive pronoun or owner before its modifiers, the body the story calls it.
    ("document-issuer", "A 2019 study by Winnipeg engineering firm Tallgrass Geo, commissioned by the city, found the "
     "bank was “eroding fast.”", [("eroding fast.", "partial", "Tallgrass Geo")]),
    ("document-issuer", "A report prepared for council by Pell Advisory, the firm hired to value the deal, found the "
     "offer was “well above market value.”", [("well above market value.", "partial", "Pell Advisory")]),
    ("document-issuer", "Gov. Bill Whit commuted the sentence on Thursday. His clemency order says the witness “has "
     "since recanted.”", [("has since recanted.", "partial", "Bill Whit")]),
    ("document-issuer", "The Reyes campaign went to court. Its petition, filed Wednesday, calls the decision “an "
     "invitation to chaos.”", [("an invitation to chaos.", "partial", "Reyes campaign")]),
    ("document-issuer", "The city’s report says the storms were “relentless.”", [("relentless.", "partial", "city")]),
    ("document-issuer", "The Social Security Administration restored service Monday. An agency timeline released "
     "ahead of the hearing says the outage “triggered a cascading failure.”",
     [("triggered a cascading failure.", "partial", "Social Security Administration")]),
    ("document-issuer", "A 2019 study found the bank was “eroding fast.”",
     [("eroding fast.", "partial", "2019 study")]),
    # A person titled by an office of a body named with "of" is a person, not part of the body's name.
    ("institution-title", "Lena Ortiz said the fees were too high.\n\nUniversity of Toronto marketing professor Nadia "
     "Rahimi said most such deals are “with banks.”\n\n“A bank on an arena is a choice,” she said.",
     [("with banks.", "partial", "Nadia Rahimi"), ("A bank on an arena is a choice,", "direct", "Nadia Rahimi")]),
    # An unnamed person kept unnamed at their own request inside a sentence is a speaker the next pronoun reaches,
    # and a participle cue after that "who" clause is theirs.
    ("unnamed-inside", "“We cannot sell a soft potato,” Tom Bale said.\n\nOne of the farms belongs to a grower who "
     "spoke to The Canadian Press on condition that he not be named, saying the rules were “unfair.”\n\n“People are "
     "looking for somebody to blame,” he said.", [("We cannot sell a soft potato,", "direct", "Tom Bale"),
                                                  ("unfair.", "partial", "a grower"),
                                                  ("People are looking for somebody to blame,", "direct", "a grower")]),
    ("unnamed-inside", "Tom Haas posted about the students who had disrupted a lecture, calling them “a mob.”",
     [("a mob.", "partial", "Tom Haas")]),
    # An answer after a question: the one asked, when the pronoun cannot mean the one who asked.
    ("answer", "Sen. Ted Wexford chaired the hearing.\n\n“You came to this committee in 2023,” Sen. Diane Cole told "
     "Martin Oduya. “What did you learn?”\n\n“We learned a great deal, senator,” he said.",
     [("You came to this committee in 2023,", "direct", "Diane Cole"), ("What did you learn?", "direct", "Diane Cole"),
      ("We learned a great deal, senator,", "direct", "Martin Oduya")]),
    ("office-apposition", "A structural engineer retained by the Ministry of Labour, Sunita Rao, told the jury the "
     "crane was “overloaded.”\n\nMark Bell, a foreman, said he heard nothing.\n\n“It would have made a loud noise,” "
     "the engineer said.", [("overloaded.", "partial", "Sunita Rao"),
                            ("It would have made a loud noise,", "direct", "Sunita Rao")]),
    # A body's name after a role for a body names the body; a person's name names the role's holder.
    ("role-of-body", "A lawyer for the company, Kestrel Point Developments, said the pour was “safe.”",
     [("safe.", "partial", "a lawyer for the company")]),
    ("role-of-body", "The chief executive of the company, Jane Doe, said the pour was “safe.”",
     [("safe.", "partial", "Jane Doe")]),
    # A closing "according to" after a partial in an apposition is the source, not the main clause's cue.
    ("according-appositive", "Arlene Sobczak heads the union.\n\nOperators reported 212 assaults in 2025, a number "
     "that is “almost certainly low,” according to Sobczak.", [("almost certainly low,", "partial", "Arlene Sobczak")]),
    # Words in marks that name a thing: a name a verb gives after "the", a slogan between a modifier and its noun, a
    # one-word term a verb gives a plural noun; a characterization before a clause goes on being speech.
    ("label", "It used a computer-generated draw, which it calls the “Grade 1 Immersion Placement Process,” to decide "
     "who got in, Ann Roe said.", [("Grade 1 Immersion Placement Process,", "other", None)]),
    ("label", "“It is a step,” Colette Hart said at a news conference, where teachers still wore the orange “Kids "
     "Can’t Wait” buttons.", [("It is a step,", "direct", "Colette Hart"), ("Kids Can’t Wait", "other", None)]),
    ("label", "Tasha Moss said about 600 of those jobs were what utilities call “partial” replacements.",
     [("partial", "other", None)]),
    ("label", "Tasha Moss called the plan “reckless” as it cuts corners.", [("reckless", "partial", "Tasha Moss")]),
    ("label", "An FAA spokesperson said that the agency “shares the urgency” lawmakers expressed.",
     [("shares the urgency", "partial", "an FAA spokesperson")]),
    ("document-issuer", "Judge Ann Hale ruled Friday. Her 46-page order says the board “acted without authority.”",
     [("acted without authority.", "partial", "Ann Hale")]),
    ("document-issuer", "In an 84-page award released Wednesday, arbitrator Douglas Wiebe wrote that the cuts were "
     "“unjustified.”\n\nThe award says the committee “may not use the money.”",
     [("unjustified.", "partial", "Douglas Wiebe"), ("may not use the money.", "partial", "Douglas Wiebe")]),
    ("office-apposition", "The third executive, Raymond Dubois of Lakeshore Savings Bank, said the cap was "
     "“manageable.”", [("manageable.", "partial", "Raymond Dubois")]),
    # An adjective opening a sentence is no one ("Federal rules require"); an unnamed person's request to stay
    # unnamed may follow a clause of its own and "and".
    ("unnamed-inside", "Federal rules require an observer on every boat.\n\nOne observer, who has worked in the "
     "program for six years and spoke on condition of anonymity because she is not allowed to talk to reporters, said "
     "many colleagues had left.\n\n“I love the work,” she said.", [("I love the work,", "direct", "one observer")]),
    # A role after a place's possessive is a role ("Washington's insurance commissioner"); a panel is a body.
    ("possessed-role", "Washington's insurance commissioner on Thursday rejected a request for a 31 percent increase, "
     "saying the model was “a black box.”\n\nInsurance Commissioner Teresa Valdi said the model was “flawed.”",
     [("a black box.", "partial", "Teresa Valdi"), ("flawed.", "partial", "Teresa Valdi")]),
    ("possessed-role", "An independent panel appointed to review the draft says the document is “not ready for "
     "classrooms.”", [("not ready for classrooms.", "partial", "an independent panel")]),
    ("office-apposition", "Karim Roy, president of the Regroupement des garderies non subventionnées du Québec, which "
     "represents about 600 private operators, said the freeze came “without a word of consultation.”",
     [("without a word of consultation.", "partial", "Karim Roy")]),
    # A titled name after a role and a comma is the subject, its article and a second apposition apart.
    ("subject-apposition", "Darnell Hobbs was convicted in 2004.\n\nHis father, the Rev. Calvin Ruffin, a retired "
     "minister in Jackson, wrote to the governor in March asking him to spare Hobbs’ life. In the letter, he wrote "
     "that another execution “will not bring my son home.”",
     [("will not bring my son home.", "partial", "Calvin Ruffin")]),
    # A document from a person, or one a person sent, speaks for them, whoever reads or shows it.
    ("document-issuer", "Senator Tom Wex displayed a 2023 email from the company's chief financial officer, Dennis "
     "Roarke, to its lawyers.\n\n“If we do this right, nobody sues,” the email read.",
     [("If we do this right, nobody sues,", "direct", "Dennis Roarke")]),
    ("document-issuer", "A letter to the committee from Gail Tran, president of the union local, supported the plan."
     "\n\n“We are librarians,” the letter says.", [("We are librarians,", "direct", "Gail Tran")]),
    ("document-issuer", "Counsel Fraser Lev then read into the record a text message the director of care, Lorraine "
     "White, sent to the administrator.\n\n“We are not safe tonight,” the message read.",
     [("We are not safe tonight,", "direct", "Lorraine White")]),
    # A question in the quote a pronoun closes is not one its speaker answers; a hyphenated name is no modifier.
    ("answer", "Jim Ostrowski, 74, has worked the polls in Mill Run for three decades. He was at the meeting, too."
     "\n\n“Hand counting? In this county?” he says, laughing.",
     [("Hand counting? In this county?", "direct", "Jim Ostrowski")]),
    ("label", "A spokeswoman for the governor, Carla Hoyt, said in an email that Ashby-Crowe “does not consider "
     "political support” when weighing pardons.", [("does not consider political support", "partial", "Carla Hoyt")]),
    # A pause of one short paragraph between a speaker's quotes keeps the speaker.
    ("beat", "Kaylee Calloway is 15.\n\n“Honestly, a lot of kids are excited,” she says.\n\nThen she pauses.\n\n“But "
     "my little brother is going to be at that church program.”",
     [("Honestly, a lot of kids are excited,", "direct", "Kaylee Calloway"),
      ("But my little brother is going to be at that church program.", "direct", "Kaylee Calloway")]),
    ("document-issuer", "Chief Warren Hal was fired Monday.\n\nIn a statement read outside city hall by his lawyer, "
     "Greg Paquin, he said he was “deeply disappointed.”\n\n“I accepted responsibility,” the statement said.",
     [("deeply disappointed.", "partial", "Warren Hal"), ("I accepted responsibility,", "direct", "Warren Hal")]),
    ("label", "A report from Edmonton Transit found ambassadors made more than 38,000 “wellness checks” last year.",
     [("wellness checks", "other", None)]),
    ("label", "Ann Lee said 40 “were not consulted.”", [("were not consulted.", "partial", "Ann Lee")]),
    ("label", "The bridge has been rated in “poor” condition since 2019, Ann Lee said.", [("poor", "other", None)]),
    ("document-issuer", "The evaluation, led by University of Prince Edward Island nursing professor Colleen MacAulay, "
     "found 41 of the 50 participants were housed.\n\n“Stable housing came first,” the report says.",
     [("Stable housing came first,", "direct", "Colleen MacAulay")]),
    ("naming", "“I drive in from Eastern Passage every morning,” said one woman, who works at the Halifax "
     "Infirmary.\n\nShe gave her name afterward as Tara Boutilier, a respiratory therapist.",
     [("I drive in from Eastern Passage every morning,", "direct", "Tara Boutilier")]),
    # A passer-by described by "a man" or "a woman" is the new full name with an age that opens the next paragraph,
    # when the given name tells the same gender; never one kept unnamed at their request, nor "Another ...".
    ("naming", "A man leaving with an armful of DVDs said the screening takes 30 seconds.\n\n“I don't love it, but I "
     "get it,” he said.\n\nRon Pelletier, 66, a retired machinist, said he has used the library for 20 years.",
     [("I don't love it, but I get it,", "direct", "Ron Pelletier")]),
    ("naming", "“They told us to pay in cash,” said a woman who spoke on condition she not be named.\n\nAnother "
     "victim, Chidinma Okeke, 31, paid $16,000 for a job offer.",
     [("They told us to pay in cash,", "direct", "a woman")]),
    # A document's own words name its issuer: a lowercase body ("A city staff report" is no staff member's), a word
    # of an earlier body's name ("An inspection report" after the Canadian Food Inspection Agency), a kind named by
    # a verb's word ("The agency’s recall notice"); the participle phrase of how it came out is not its subject.
    ("document modifier", "The Arbutus Coast School District closed two schools.\n\nA district staff report said "
     "the closures “will save money.”", [("will save money.", "partial", "Arbutus Coast School District")]),
    ("document modifier", "Kelowna council voted on the ban.\n\nThe Okanagan Hotel Association welcomed it.\n\n"
     "According to a city staff report, listings rose. The report says the ban “may not free up many units.”",
     [("may not free up many units.", "partial", "city")]),
    ("document modifier", "The Canadian Food Inspection Agency ordered a recall of the pies on Monday.\n\nAn "
     "inspection report dated Feb. 11 says the plant had “condensation dripping onto product.”",
     [("condensation dripping onto product.", "partial", "Canadian Food Inspection Agency")]),
    ("document modifier", "The Canadian Food Inspection Agency issued a recall on Monday.\n\nThe agency’s recall "
     "notice says the products “should not be consumed.”",
     [("should not be consumed.", "partial", "Canadian Food Inspection Agency")]),
    ("document participle", "The Saskatchewan Health Authority closed the ward.\n\nAn authority memo sent to "
     "staff warns that “nobody should expect overtime.”",
     [("nobody should expect overtime.", "partial", "Saskatchewan Health Authority")]),
    ("document participle", "The Saskatchewan Health Authority closed the ward.\n\nA letter sent to parents on "
     "Monday says the closures “will save money.”",
     [("will save money.", "partial", "Saskatchewan Health Authority")]),
    ("document participle", "The Saskatchewan Health Authority closed the ward.\n\nAn email sent to staff Tuesday "
     "by the authority warns that “nobody should expect overtime.”",
     [("nobody should expect overtime.", "partial", "Saskatchewan Health Authority")]),
    # A body named in French is the one "the university" or "the union" means; its French head makes it a body.
    ("french body", "About 120 students at Université Mont-Bellevue in Sherbrooke, Que., have been moved out.\n\n"
     "In a statement, the university said it moved students “as soon as the results were in.”",
     [("as soon as the results were in.", "partial", "Université Mont-Bellevue")]),
    # "The group" is the body described as one, not the tribunal its sentence only spoke of.
    ("described body", "The Mountain Air Coalition, a residents’ group formed in 2023, said it would ask the province "
     "to send the application to the Ontario Land Tribunal.\n\n“Council has chosen a cheque,” the group said.",
     [("Council has chosen a cheque,", "direct", "Mountain Air Coalition")]),
    # A place's bare role noun speaks for the place's government: the province or state named last, the county
    # named with its word; never an employee described by the word, nor a body named for the place.
    ("place government", "A county employee who works in the assessments office in Lindenwood County said staff "
     "were told to wait.\n\nIn a statement, the county said appeals are “generally more complex.”",
     [("generally more complex.", "partial", "Lindenwood County")]),
    ("place government", "Under the Ontario Student Assistance Program, grants will shrink.\n\nThe province says "
     "the changes keep the program “sustainable.” Malik Desmarais, chair of the College Student Federation of "
     "Ontario, called them “a tax on ambition.”",
     [("sustainable.", "partial", "Ontario"), ("a tax on ambition.", "partial", "Malik Desmarais")]),
    # A country's mission is that country's: "the Chinese embassy" is never the last body named.
    ("national mission", "Prime Minister Mark Doyle’s office declined to comment. The Chinese Canadian Civic "
     "Association welcomed the registry.\n\nThe Chinese embassy in Ottawa said the registry was “a Cold War "
     "mentality.”", [("a Cold War mentality.", "partial", "Chinese embassy")]),
    # A month that is also a given name opens a woman's name when no date word stands before it.
    ("month name", "Walter Pemberton spoke first.\n\nHis wife, June Pemberton, 77, keeps the paperwork.\n\n"
     "“We filed in March,” she said.", [("We filed in March,", "direct", "June Pemberton")]),
    ("month name", "In June Pemberton said the filing was “late.”", [("late.", "partial", "Pemberton")]),
    # A trade no lexicon holds before a full name after the quote; an affiliation's possessive and its lowercase
    # unit between the name and its verb.
    ("trade before name", "\"We need gas,\" hunter Simon Qavvik said in Inuktitut through an interpreter.",
     [("We need gas,", "direct", "Simon Qavvik")]),
    ("affiliation", "“These are 80,000-pound vehicles,” Supt. Gordon Achterberg-Lyle of Peel Regional Police’s "
     "fraud bureau told a news conference.",
     [("These are 80,000-pound vehicles,", "direct", "Gordon Achterberg-Lyle")]),
    # What a sign promised is printed, however long the sign's description; a word defined is glossed, not spoken.
    ("sign", "A decal on the window of the Maple Route office, which was closed Thursday, still promised “Pass First "
     "Time, Every Time.”", [("Pass First Time, Every Time.", "other", None)]),
    ("term", "Leah Okonjo-Brandt said much will depend on the law’s definition of an “arrangement,” which she "
     "described as “very broad.”", [("arrangement,", "other", None), ("very broad.", "partial", "Leah Okonjo-Brandt")]),
    # A contact clause's named subject characterizes: "a decision Harwood-Pike called “...”" is speech.
    ("contact clause", "Louis Whitcomb-Ray declined to testify, a decision Harwood-Pike called “disappointing, but not "
     "surprising.”", [("disappointing, but not surprising.", "partial", "Harwood-Pike")]),
    # An opening clause ("When ...,") holds no subject of the main verb; a frame ("As a memo put it,") does.
    ("opening clause", "When the mayor signed the veto Monday afternoon, a few dozen musicians gathered on the steps "
     "of City Hall played “Didn’t He Ramble” and chanted “Let it blow!”",
     [("Didn’t He Ramble", "other", None), ("Let it blow!", "partial", "a few dozen musicians")]),
    # A policy and a suit are documents their owner or filer speaks through.
    ("document kind", "The Wichita Police Department runs the program.\n\nThe department’s draft policy says that "
     "footage “not associated with an incident” will be deleted.",
     [("not associated with an incident", "partial", "Wichita Police Department")]),
    # Initials before a party's name and a role's lowercase words stay inside the sentence.
    ("initials", "Kelowna-Mission MLA Brent Oyelaran-Haig, the B.C. Conservative health critic, described the "
     "increase as “a cash grab.”", [("a cash grab.", "partial", "Brent Oyelaran-Haig")]),
    # "which" after a body's description speaks for the body, not the description.
    ("relative", "The drones are made by Skyward Response Systems, a company based in Arizona, which says on its "
     "website that its system “puts eyes on scene in under 90 seconds.”",
     [("puts eyes on scene in under 90 seconds.", "partial", "Skyward Response Systems")]),
    # An outlet whose name holds "and" is one body, never a person "Mail"; a note obtained by it speaks, not it.
    ("outlet name", "The inmate spoke to The Globe and Mail about the herd.\n\nAn internal briefing note obtained "
     "by The Globe and Mail says the program “does not produce employment outcomes.”",
     [("does not produce employment outcomes.", "partial", "internal briefing note")]),
    # An unnamed source's request for anonymity after a clause of its own, a comma and "and who".
    ("unnamed by request", "An inmate who has worked in the barn for three years, and who asked that his name not be "
     "used because he fears it could affect his parole, said it was his first job.\n\n“You can’t call in sick to a "
     "cow,” he said.", [("You can’t call in sick to a cow,", "direct", "an inmate")]),
    # Title-case words a naming verb gives a thing the sentence names are its name; so is the next name of a list.
    ("thing named", "The tower, the centrepiece of a project its developer has branded “Les Quais Riveneuve,” would "
     "be the tallest building.", [("Les Quais Riveneuve,", "other", None)]),
    ("thing named", "The developer is marketing the project as \"Les Lofts du Parvis.\"",
     [("Les Lofts du Parvis.", "other", None)]),
    ("thing named", "The Ontario Provincial Police ran a parallel criminal probe it called “Project Hookline.”",
     [("Project Hookline.", "other", None)]),
    ("thing named", "The Legislative Division of Post Audit found that the lottery sold tickets in games whose top "
     "prizes were gone, including \"Prairie Gold Millions\" and \"Cash Blizzard.\"",
     [("Prairie Gold Millions", "other", None), ("Cash Blizzard.", "other", None)]),
    # A month that is a given name opens a name after a quote too; a document's addressee is a person of their own.
    ("month name", "“I have wanted this since the Carter administration,” June Pettibone said.",
     [("I have wanted this since the Carter administration,", "direct", "June Pettibone")]),
    ("addressee", "Darren Whitcomb-Ashe said in a letter to Gov. Marian Castellano-Reyes that he was stepping "
     "down.\n\n\"Kansans deserve better,\" the governor said.",
     [("Kansans deserve better,", "direct", "Marian Castellano-Reyes")]),
    # A document by an office holder named by the office alone; a finding verb of projections.
    ("document author", "A 2025 report by the Parliamentary Budget Officer projected the tax would raise “roughly "
     "$7.2-billion.”", [("roughly $7.2-billion.", "partial", "Parliamentary Budget Officer")]),
    # "The agency" is a government agency named before, never an outlet that is no news agency; a body's name that
    # holds "and" and ends in its head is one body.
    ("agency", "Trucks waited for hours at the bridge, CTV News reported. U.S. Customs and Border Protection added "
     "officers on Monday.\n\nThe agency said officers were working “around the clock.”",
     [("around the clock.", "partial", "U.S. Customs and Border Protection")]),
    # Ratings, counted terms, terms a thing is filed under and a sheet's printed words are not speech.
    ("rating", "A 2023 city report rated 41 outdoor rinks in “poor” or “critical” condition.",
     [("poor", "other", None), ("critical", "other", None)]),
    ("counted term", "Corvex reported 1,480 “completions,” but auditors found that about 600 of them were not real.",
     [("completions,", "other", None)]),
    ("term", "The audit found the contract let the company return 48% of the revenue to the department as a \"site "
     "commission.\"", [("site commission.", "other", None)]),
    ("sign", "A sheet of paper taped to the clinic’s front door on Wednesday read \"Closing Aug. 29. Please see your "
     "letter.\"", [("Closing Aug. 29. Please see your letter.", "other", None)]),
    # In an exchange of questions and replies, a quote paragraph with no cue is the other party's turn; the asker may
    # have asked in the writer's words.
    ("exchange", "Rep. Dale Hutchens (R-Kan.) asked how many states had switched.\n\n“Two,” Ransome-Diaz replied."
     "\n\n“Two out of 53?”\n\n“Two have completed the transition. Eleven more have started.”",
     [("Two,", "direct", "Ransome-Diaz"), ("Two out of 53?", "direct", "Dale Hutchens"),
      ("Two have completed the transition. Eleven more have started.", "direct", "Ransome-Diaz")]),
    ("exchange", "“Can a transit agency keep a battery off a train?” Holm asked.\n\n“They can,” Noreen Castellanos "
     "replied. “What they can’t do is inspect every battery.”\n\n“So in practice they ban all of them,” Holm said."
     "\n\n“In practice, yes.”",
     [("Can a transit agency keep a battery off a train?", "direct", "Holm"), ("They can,", "direct",
       "Noreen Castellanos"), ("What they can’t do is inspect every battery.", "direct", "Noreen Castellanos"),
      ("So in practice they ban all of them,", "direct", "Holm"), ("In practice, yes.", "direct",
                                                                   "Noreen Castellanos")]),
    # A naming frame in the sentence right after an unnamed speaker's quote names them; "she" is never a group.
    ("naming", "On Broad Street, a man selling phone chargers said he had not decided.\n\n“If I go to the parking "
     "lot, nobody comes,” he said. He gave his name only as Jorge.",
     [("If I go to the parking lot, nobody comes,", "direct", "Jorge")]),
    ("group pronoun", "Anne Marie Coady lives on a farm.\n\nCoady is one of the organizers of a Facebook group. "
     "She said the group will appeal.\n\n\"The review was not thorough,\" she said.",
     [("The review was not thorough,", "direct", "Anne Marie Coady")]),
    # A plural role both people of a pair hold is the pair: "the ministers" after two ministers named together.
    ("pair", "Heritage Minister Sophie Brunet-Akande and Industry Minister Raj Malhotra-Keane said in a joint "
     "statement that the government would “get this right.”\n\n“Creators deserve to be paid,” the ministers said.",
     [("get this right.", "partial", "Sophie Brunet-Akande"),
      ("Creators deserve to be paid,", "direct", "Sophie Brunet-Akande")]),
    # A name that opens with "St." or "Fort" is a place, never the "she" of the next paragraph.
    ("place", "Among those who testified was Bernice Holloway, 74, of north St. Louis, who uses an oxygen "
     "concentrator.\n\n\"Three days,\" she said Wednesday by phone.", [("Three days,", "direct", "Bernice Holloway")]),
    # A listing is a document its lister speaks through.
    ("document kind", "Public Services and Procurement Canada listed the lighthouse on Monday.\n\nThe listing "
     "describes the property as \"a rare coastal acquisition opportunity.\"",
     [("a rare coastal acquisition opportunity.", "partial", "Procurement Canada")]),
    # A name's gloss after ", or" is a name too; a term a naming verb files a thing under, however far its "as".
    ("gloss", "The committee has collected 1,400 names on a petition titled \"Pas dans notre cour d'école,\" or "
     "\"Not in our schoolyard.\"", [("Pas dans notre cour d'école,", "other", None),
                                      ("Not in our schoolyard.", "other", None)]),
    ("term", "The county will end a policy of writing off the balance, a practice known in fire departments as “soft "
     "billing.”", [("soft billing.", "other", None)]),
    # One of a group, described by a participle up to the cue, named later by the group's singular noun.
    ("named later", "\"I was walking an hour each way,\" one of the riders waiting at the Main Street stop said "
     "Monday. \"I lost that job.\"\n\n\"This bus is how I got my job back.\"\n\nThe rider, Darlene "
     "Cormier-Blaine, 51, has been staying at the shelter.",
     [("I was walking an hour each way,", "direct", "Darlene Cormier-Blaine"),
      ("I lost that job.", "direct", "Darlene Cormier-Blaine"),
      ("This bus is how I got my job back.", "direct", "Darlene Cormier-Blaine")]),
    # "she" after a sentence about a woman and one that opens on "Her"; a contractor's name is a company's.
    ("pronoun", "Highways Minister Corbin Achterberg-Lunn announced the timeline. The province and its contractor, "
     "Prairie Grade Constructors, disagreed.\n\nFor Sheila Marchuk-Dyck of Estevan, the new date landed hard. Her "
     "husband, Tom, was killed in March.\n\n“Every time they push it back, I think about it,” she said.",
     [("Every time they push it back, I think about it,", "direct", "Sheila Marchuk-Dyck")]),
    # Names and printed words, not speech: a so-called term, a title something was published as, a pilot's brand, a
    # card's words and a sign's after a colon.
    ("term", "Sen. Naomi Castellano (D-Nev.) pressed him on the so-called “fast lane” the agency set up in January.",
     [("fast lane", "other", None)]),
    ("thing named", "The city’s own inventory, published last year as “Portrait de la canopée lévisienne,” found "
     "that canopy cover fell.", [("Portrait de la canopée lévisienne,", "other", None)]),
    ("thing named", "The units opened last July under a pilot the municipality branded “Go Here HFX.”",
     [("Go Here HFX.", "other", None)]),
    ("sign", "A card taped to his kennel read “Hi! I’ve been here 61 days.”",
     [("Hi! I’ve been here 61 days.", "other", None)]),
    ("sign", "By Monday evening, someone had taped a handwritten sign to the door of the store: “Thanks for 61 years. "
     "Now where do we go?”", [("Thanks for 61 years. Now where do we go?", "other", None)]),
    # "Other" opening a sentence is no name; "One of them" after a sentence that described a group of people (no
    # anonymous source) is one of that group, named later by its singular noun.
    ("not a name", "Other sales would need approval from the commission.\n\n“It is wrong,” she said.",
     [("It is wrong,", "direct", "unknown")]),
    ("named later", "Standing behind the minister were about a dozen young farmers in green caps. One of them said "
     "she had been outbid three times.\n\n“Each time, it was a numbered company,” she said.\n\nThe farmer, Justine "
     "Beaulieu-Nakamura, 29, rents 60 hectares near Saint-Hyacinthe.",
     [("Each time, it was a numbered company,", "direct", "Justine Beaulieu-Nakamura")]),
    # One of a group a possessive names ("One of Lumen Ledger's users"), described by an apposition, named later.
    ("named later", "One of Lumen Ledger's users, a bakery owner in Moncton, N.B., said she stopped using it.\n\n"
     "\"I was doing my books by hand again,\" she said.\n\nThe owner, Hélène Arsenault-Boyd, said she would return.",
     [("I was doing my books by hand again,", "direct", "Hélène Arsenault-Boyd")]),
    ("described-role", "One of its members said the vote was \"a sham.\"",
     [("a sham.", "partial", "one of its members")]),
    # "It" after a document is never the outlet that obtained it.
    ("document", "An analysis by the Governor's Finance Office, dated in May and obtained by The Associated Press, "
     "found that agencies lacked desks. It said the Reno office \"could not accommodate\" a full return.",
     [("could not accommodate", "partial", "Governor's Finance Office")]),
    # A body's update speaks for the body.
    ("document", "The territory's Department of Infrastructure said in an update Wednesday that the ice was thin.\n\n"
     "The department's update said dates are \"to be confirmed as conditions allow.\"",
     [("to be confirmed as conditions allow.", "partial", "Department of Infrastructure")]),
    # A document by a body's staff, the body named by its bare noun, is the body's.
    ("document", "The City of Saskatoon owns the land.\n\nA report by city administration described the parcel as "
     "\"the most significant site.\"", [("the most significant site.", "partial", "City of Saskatoon")]),
    # A city named only by the place before its lowercase noun ("Saskatoon city council") is the City of Saskatoon.
    ("place", "Saskatoon city council approved the deal.\n\nA report by city administration described the parcel "
     "as \"the most significant site.\" It warned the project could be \"deferred indefinitely.\"",
     [("the most significant site.", "partial", "City of Saskatoon"),
      ("deferred indefinitely.", "partial", "City of Saskatoon")]),
    # Printed words, not speech: a label's words before the noun "labels", a status a record lists a thing as.
    ("sign", "Food makers ask Ottawa for more time as ‘high in’ labels become mandatory\n\nBy Ann Roe\n\nThe rule "
     "takes effect Jan. 1.", [("high in", "other", None)]),
    ("term", "The review found that more than 60% of the businesses were listed as “delinquent” or had not filed.",
     [("delinquent", "other", None)]),
    # "the company" is never a body whose name says it is another kind ("the city's Department of ...").
    ("company", "The council ended its contract with Zipway Mobility. The report, prepared by the city's "
     "Department of Transportation and Environmental Services, found that Zipway had missed its targets.\n\nIn a "
     "statement, the company said it was “disappointed” by the vote.",
     [("disappointed", "partial", "Zipway Mobility")]),
    # A deck's lowercase description is no body's name: "the group" below is the body the story names.
    ("deck", "Moncton's bus hub is moving\n\nRiders worry about a longer walk; downtown business group calls the move "
     "'overdue'\n\nBy Ann Roe\n\nMoncton city council has voted to move the terminal.\n\nThe Downtown Moncton "
     "Merchants' Alliance welcomed the vote. In a statement, the group said the relocation was \"overdue.\"",
     [("overdue", "partial", "Downtown Moncton Merchants' Alliance"),
      ("overdue.", "partial", "Downtown Moncton Merchants' Alliance")]),
    # A naming frame in the sentence of an unnamed person's reported speech names them, quoted or not yet.
    ("named later", "A teenager waiting for the 61 to Riverview, who gave his name only as Tyson, said he rides to "
     "school.\n\n\"It's the showing up that's the problem,\" he said.",
     [("It's the showing up that's the problem,", "direct", "Tyson")]),
    # ... and one quoted before, named in a sentence that opens on their description's noun.
    ("named later", "A nurse who rents a basement suite in Brocklehurst welcomed the decision.\n\n“I’ve been looking "
     "for a year,” she said.\n\nThe nurse, who asked that only her first name, Kirsten, be used, said she drives.",
     [("I’ve been looking for a year,", "direct", "Kirsten")]),
    # "Ste." ends no sentence: "Sault Ste. Marie Transit" is no woman named Marie.
    ("place", "Sandra Nicholls-Bray runs Sault Ste. Marie Transit.\n\n\"We run empty buses,\" she said.",
     [("We run empty buses,", "direct", "Sandra Nicholls-Bray")]),
    # A name a group calls itself, and the line a ticket carries: names and print, not speech.
    ("thing named", "A group calling itself “Grey Heron” claimed responsibility on Monday.",
     [("Grey Heron", "other", None)]),
    ("sign", "The back of every ticket carries the line \"Void if misprinted, altered or unreadable.\"",
     [("Void if misprinted, altered or unreadable.", "other", None)]),
    # "his wife" is the woman named with him by the surname they share.
    ("relative", "Glen and Linda Haverkamp, who farm near Hays, pay $1,640 a month for a plan.\n\n\"It is more than "
     "our land payment,\" Glen Haverkamp said.\n\n\"We're not sick people,\" his wife said.",
     [("It is more than our land payment,", "direct", "Glen Haverkamp"),
      ("We're not sick people,", "direct", "Linda Haverkamp")]),
    ("thing named", "The company’s plans, laid out in a proposal it calls “Kempenfelt Landing,” include a restaurant.",
     [("Kempenfelt Landing,", "other", None)]),
    # A document with a contact clause before its verb is its issuer's: the clause's subject.
    ("document", "The Alberta Union of Provincial Employees represents the workers.\n\nA bargaining update the union "
     "sent to members Wednesday says the notice is \"the minimum notice required.\"",
     [("the minimum notice required.", "partial", "Alberta Union of Provincial Employees")]),
    ("term", "The study also says turbines of this size can produce \"amplitude modulation,\" a pulsing quality that "
     "standard measurements miss.", [("amplitude modulation,", "other", None)]),
    ("document", "An internal review completed in March and obtained by CBC News found that patients waited 41 hours."
     "\n\nThe review called the unit's capacity \"inadequate for the population served.\"",
     [("inadequate for the population served.", "partial", "review")]),
    # A document named for the first time is the subject of a clause of its own.
    ("document", "The hearing came three months after a Government Accountability Office report found that the "
     "services “lack reliable data” on homes.",
     [("lack reliable data", "partial", "Government Accountability Office")]),
    ("according to", "The program is “the single largest source of seasonal staff” for camps, according to a 2025 "
     "survey by Camps Canada Network, which represents 400 camps.",
     [("the single largest source of seasonal staff", "partial", "Camps Canada Network")]),
    # A letter is its writer's: one who "wrote to" someone, one it was "signed by", named by the office alone.
    ("document", "A lawyer for the First Nation, Priya Vandersluis, wrote to the ministry last week. The letter "
     "warns of “a failure to act.”", [("a failure to act.", "partial", "Priya Vandersluis")]),
    ("document", "Archbishop Gaétan Bérubé-Lévesque leads the archdiocese.\n\nThe letter, signed by the archbishop, "
     "asks parishioners to “look at the numbers with us.”",
     [("look at the numbers with us.", "partial", "Gaétan Bérubé-Lévesque")]),
    # A product's name its owner gives it; a term some people use, glossed after a dash.
    ("thing named", "Her top-selling product, an eyeshadow she calls “Northern Lights,” contains polyester glitter.",
     [("Northern Lights,", "other", None)]),
    ("term", "The rules cap a crew's time at 12 hours, including what railroaders call \"limbo time\" — the hours "
     "spent waiting for a relief crew.", [("limbo time", "other", None)]),
    # A place's state after it closes no apposition: the name before the role speaks.
    ("residence", "Dr. Imani Castellanos-Reid, a pediatric pulmonologist in Sacramento, Calif., told senators that "
     "smoke particles “go past the nose.”", [("go past the nose.", "partial", "Imani Castellanos-Reid")]),
    ("document", "In a memo to staff obtained by CBC News, the ministry said the change would \"protect quality.\""
     "\n\n\"No patient will lose access,\" the memo said.",
     [("protect quality.", "partial", "ministry"), ("No patient will lose access,", "direct", "ministry")]),
    # A document's "of" phrase names what it is about, not who speaks; an office holder ends the sentence it issued.
    ("document", "The stadium authority spent $3 million without bids, according to an audit released Wednesday by "
     "the state comptroller.\n\nThe audit of the Chattanooga-Hamilton County Sports Authority found that the board "
     "had \"failed to exercise meaningful oversight\" of its director.",
     [("failed to exercise meaningful oversight", "partial", "state comptroller")]),
    # Found by rewriting the corpus in ways that keep its gold (fragility, not new phrasing): a longer role before
    # an apposed name; a middle initial inside an apposed name; relatives who share a surname and an initial; a
    # sentence that ends "in an interview." before an anonymous source opens the next.
    ("apposed name", "“We are not going to leave any child behind,” the school board’s director-general, Sylvain "
     "Ortiz, said.", [("We are not going to leave any child behind,", "direct", "Sylvain Ortiz")]),
    ("initial", "The area manager, Claire R. Nuttall, praised the crews. “Some of them were in that water for six "
     "hours,” she said.\n\nRoger Lane, the chief, agreed.",
     [("Some of them were in that water for six hours,", "direct", "Claire R. Nuttall")]),
    ("relatives", "Staff Sgt. Andre R. Wilkins was deployed in May. “It was hard,” he said.\n\nTasha R. Wilkins said "
     "her son is fine. “He sleeps through the night now,” she said.",
     [("It was hard,", "direct", "Andre R. Wilkins"), ("He sleeps through the night now,", "direct",
                                                        "Tasha R. Wilkins")]),
    ("anonymous", "Environment Minister Gilles Thériault-Boyd said the plan is sound.\n\n“We are paying to clean up,” "
     "he said in an interview.\n\nA provincial official, who briefed reporters on condition they not be named, said "
     "the sludge will go to Quebec.\n\n“There is nowhere in this province that can accept it,” the official said.",
     [("We are paying to clean up,", "direct", "Gilles Thériault-Boyd"),
      ("There is nowhere in this province that can accept it,", "direct", "a provincial official")]),
    # A body named with its "of" phrase after a quote; a trade before a known title and a name; a patrol is a body;
    # a name as the subject of a document's contact clause.
    ("body of", "“Any cost-sharing formula has to be fair,” the Saskatchewan Ministry of Government Relations said.",
     [("Any cost-sharing formula has to be fair,", "direct", "Saskatchewan Ministry of Government Relations")]),
    ("body of", "“The department remains committed,” the Department of Energy, Mines and Resources said.",
     [("The department remains committed,", "direct", "Department of Energy, Mines and Resources")]),
    ("trade", "“Either it leaves through Sept-Îles or it leaves through somewhere else,” port authority chief "
     "executive Martin Ouellet-Barnes said.",
     [("Either it leaves through Sept-Îles or it leaves through somewhere else,", "direct",
       "Martin Ouellet-Barnes")]),
    ("body", "A spokesperson for the New Hampshire Marine Patrol said the agency has seen “a noticeable increase” in "
     "new operators.", [("a noticeable increase", "partial", "a spokesperson for the New Hampshire Marine Patrol")]),
    ("document", "The regulatory impact analysis Transport Canada published with the rules says the fines will "
     "“create a meaningful deterrent.”", [("create a meaningful deterrent.", "partial", "Transport Canada")]),

    # An unnamed speaker named right after their words: "Her name is ...", "She later identified herself as ...",
    # "The woman, a retired nurse named ...", "One of those exhibitors is 14-year-old ..."; never a source kept
    # anonymous by role, nor the next new name alone.
    ("named after", "A woman watering tomatoes looks up.\n\n“They come over here two, three times a week,” she says."
     "\n\nHer name is Rosa Villalobos, and she has lived on this street for 31 years.",
     [("They come over here two, three times a week,", "direct", "Rosa Villalobos")]),
    ("named after", "One speaker told the council she parks there. “I know all of you,” she said.\n\nShe later "
     "identified herself to a reporter as Frances Kaminski-Dole, 77.",
     [("I know all of you,", "direct", "Frances Kaminski-Dole")]),
    ("named after", "One of the people at the camp said she had driven up from Nanaimo.\n\n“I’ve never been "
     "arrested,” she said.\n\nThe woman, a retired nurse named Heather Doukas-Bryce, said she would decide “on the "
     "day.”", [("I’ve never been arrested,", "direct", "Heather Doukas-Bryce"),
               ("on the day.", "partial", "Heather Doukas-Bryce")]),
    ("named after", "One of those exhibitors is 14-year-old Kaylee Brandenburg, who showed a hog. “It could have "
     "been anybody’s,” she says.", [("It could have been anybody’s,", "direct", "Kaylee Brandenburg")]),
    ("named after", "A grower near Souris said the rules came too late. “We’re the ones who lose,” she said.\n\nMarie "
     "Arsenault, who chairs the growers’ board, said the province had been warned.",
     [("We’re the ones who lose,", "direct", "a grower near Souris")]),
    ("name", "The airline offers what it calls “Family Together” seating for children under 14.",
     [("Family Together", "other", None)]),
    ("body", "The Ministry of Seniors, Community and Social Services said the rules are “under review.”",
     [("under review.", "partial", "Ministry of Seniors, Community and Social Services")]),
    ("named after", "One of the apprentices said the shop was unsafe. “It was loud,” she said.\n\nThe apprentice, "
     "Rachel Dunmore-Tsai, said she called the ministry.", [("It was loud,", "direct", "Rachel Dunmore-Tsai")]),
    ("title", "“People can read the petition for themselves,” former Undersheriff Gilbert Armijo said.",
     [("People can read the petition for themselves,", "direct", "Gilbert Armijo")]),
    ("name", "The zoo plans a pavilion, to be called “Les Tropiques,” with a rain-forest exhibit.",
     [("Les Tropiques,", "other", None)]),
    # Found by review, each against a rule of the same change: a habit of "taking to" a place is no habit of naming; a
    # person's trade is no body; a title in a body's "of" words before a name is a person's; a naming sentence names
    # only in title case and never a possessor; "what she calls" is her characterization; "father-son" is no title.
    ("review", "Premier Ann Roe took to social media to say the plan was “a disaster.”",
     [("a disaster.", "partial", "Ann Roe")]),
    ("review", "“We lost,” said Ann Roe, the paper’s publisher. “It hurts,” the publisher said.",
     [("We lost,", "direct", "Ann Roe"), ("It hurts,", "direct", "Ann Roe")]),
    ("review", "The Bank of Canada Governor Tiff Macklem said rates were “too high.”",
     [("too high.", "partial", "Tiff Macklem")]),
    ("review", "The Chamber of Commerce president Ann Roe said rates were “too high.”",
     [("too high.", "partial", "Ann Roe")]),
    ("review", "A woman in a red coat said the bus was late. “It is fine,” she said.\n\nShe’s glad Ann Roe came.",
     [("It is fine,", "direct", "a woman in a red coat")]),
    ("review", "A woman in a red coat said the bus was late. “It is fine,” she said.\n\nShe is Ann Roe’s neighbour.",
     [("It is fine,", "direct", "a woman in a red coat")]),
    ("review", "Rep. Ann Roe railed against what she calls “Big Government” spending.",
     [("Big Government", "partial", "Ann Roe")]),
    ("review", "The father-son duo said the shop was “done.”", [("done.", "partial", "father-son duo")]),
    ("title", "“We will act,” First Selectman Dennis Marsh said.", [("We will act,", "direct", "Dennis Marsh")]),
    ("title", "“We will act,” Selectwoman Ann Roe said.", [("We will act,", "direct", "Ann Roe")]),
    ("title", "“We will act,” said Alderperson Ann Roe.", [("We will act,", "direct", "Ann Roe")]),
    ("title", "“We will act,” Assemblymember Ann Roe said.", [("We will act,", "direct", "Ann Roe")]),
    ("title", "“We will act,” Mayor-elect Ann Roe said.", [("We will act,", "direct", "Ann Roe")]),
    ("document", "The health authority said in an e-mail that residents would move.\n\n“Each resident will be "
     "assessed,” the e-mail said.", [("Each resident will be assessed,", "direct", "health authority")]),
    ("gender", "Tom Falk chaired the panel.\n\nPatrice Umeadi-Lowry said her office found no exit.\n\n“Most leases "
     "have a way out,” she said.", [("Most leases have a way out,", "direct", "Patrice Umeadi-Lowry")]),
    ("gender", "Gideon Falk chaired the panel.\n\nZorbine Umeadi-Lowry said her office found no exit.\n\nTom Roe spoke "
     "next.\n\n“Most leases have a way out,” she said.",
     [("Most leases have a way out,", "direct", "Zorbine Umeadi-Lowry")]),
    ("body", "The City of Brandon hired Lakehead Slag Services in March.\n\nA report from the city’s engineering "
     "department said the rule “substantially reduces” the risk.",
     [("substantially reduces", "partial", "City of Brandon engineering department")]),
    ("body", "Lakehead Slag Services won the contract in March.\n\nA memo from the city’s finance department, released "
     "last week, warned of “a significant increase in fees.”",
     [("a significant increase in fees.", "partial", "finance department")]),
    ("body", "“It reduces the risk,” the City of Victoria said.",
     [("It reduces the risk,", "direct", "City of Victoria")]),
    ("body", "The Canadian Pet Nutrition Council said in a statement that it supports the rule.\n\nMeanwhile, the "
     "U.S.-based Pet Food Exporters Alliance warned that the rule could “disrupt trade.”",
     [("disrupt trade.", "partial", "Pet Food Exporters Alliance")]),
    ("document", "Last week, the Lenape Immigrant Justice Project and three county residents sued the commissioners. "
     "The complaint says the commissioners met “with no legally permitted purpose.”",
     [("with no legally permitted purpose.", "partial", "Lenape Immigrant Justice Project")]),
    ("document", "Walter Dunsmore is one of 46 members of the Argyle Street Residents’ Association, which filed a "
     "complaint with Transport Canada in May.\n\nThe complaint describes the noise as “a sustained health hazard.”",
     [("a sustained health hazard.", "partial", "Argyle Street Residents’ Association")]),
    ("document", "Pinelands Highway Services LLC billed the authority $4 million.\n\nThe audit by the Office of the "
     "State Comptroller found that Pinelands Highway Services LLC charged overtime that was “not substantiated by "
     "records.”", [("not substantiated by records.", "partial", "Office of the State Comptroller")]),
    ("according-to", "Overtime billed in July was higher than in January and, according to Ann Roe, “cannot be "
     "explained by seasonal workload.”", [("cannot be explained by seasonal workload.", "partial", "Ann Roe")]),
    ("partial", "Ann Roe said in a statement that the hospital “consulted extensively” before construction and that "
     "the path was approved by Transport Canada, “not chosen by the hospital.”",
     [("consulted extensively", "partial", "Ann Roe"), ("not chosen by the hospital.", "partial", "Ann Roe")]),
    ("partial", "Ann Roe said the review found producers used “below-market fees” for timber and had sold lumber in "
     "the U.S. “at less than fair value.”",
     [("below-market fees", "partial", "Ann Roe"), ("at less than fair value.", "partial", "Ann Roe")]),
    ("initials", "Curtis Faldane, a B.C. Liberal, called the offer “a polite way of saying no.”",
     [("a polite way of saying no.", "partial", "Curtis Faldane")]),
    ("body", "CUPE Local 46 represents 80 workers at the utility. In a statement, the local said the deal “expires the "
     "day the deal closes.”", [("expires the day the deal closes.", "partial", "CUPE Local 46")]),
    ("pronoun", "Coun. Priya Wendland said she would move to strike it.\n\n“We’re talking about a floodplain,” she "
     "said.\n\nThe most pointed testimony came from Jolene Wachowski of Carthage, Mo. The driver had his license 11 "
     "days.\n\n“I am not here to blame every driver,” she said.",
     [("We’re talking about a floodplain,", "direct", "Priya Wendland"),
      ("I am not here to blame every driver,", "direct", "Jolene Wachowski")]),
    ("document", "The bridge needs a new deck, according to the study by the Halifax engineering firm Brackley "
     "Marine & Civil.\n\nThe study says the toll option is “the only scenario.”",
     [("the only scenario.", "partial", "Brackley Marine & Civil")]),
    ("document", "Dale Wickstrom-Oake, chief executive of Saltspray Air, said the rule would cut two departures.\n\n"
     "Saltspray said in a statement that it had moved its first departure.\n\n“We want to be good neighbours,” the "
     "statement said.", [("We want to be good neighbours,", "direct", "Saltspray")]),
    ("exchange", "The panel met Tuesday.\n\nMembers pressed the witnesses.\n\nSeveral said the program was late.\n\n"
     "Rep. Tom Greer asked how many providers the agency had removed.\n\n“Forty-one,” Ellery-Obi replied.\n\n"
     "“Forty-one out of 38,000,” Greer said.\n\n“How many investigators do you have?”\n\n“Fourteen.”",
     [("Forty-one,", "direct", "Ellery-Obi"), ("Forty-one out of 38,000,", "direct", "Tom Greer"),
      ("How many investigators do you have?", "direct", "Tom Greer"), ("Fourteen.", "direct", "Ellery-Obi")]),
    ("exchange", "The panel met Tuesday.\n\nMembers pressed the witnesses.\n\nSeveral said the program was late.\n\n"
     "Sen. Tobias Lindgren asked her what would happen to her farm.\n\n“We’d sell the cows,” Gretchen Diaz said.\n\n"
     "“Within how long?”\n\n“A week. Maybe two.”",
     [("We’d sell the cows,", "direct", "Gretchen Diaz"), ("Within how long?", "direct", "Tobias Lindgren"),
      ("A week. Maybe two.", "direct", "Gretchen Diaz")]),
    ("exchange", "The panel met Tuesday.\n\nMembers pressed the witnesses.\n\nSeveral said the program was late.\n\n"
     "“Twenty-six,” Ashby-Krueger replied.\n\n“For the entire country?” Kittridge asked.\n\n“For the entire country.”",
     [("Twenty-six,", "direct", "Ashby-Krueger"), ("For the entire country?", "direct", "Kittridge"),
      ("For the entire country.", "direct", "Ashby-Krueger")]),
    ("review-split-quote", BODY + "\"We will fight this decision,\" said Councillor Maria Santos, \"and we will win in "
     "court.\"\n\n\"It is a sad day for the city,\" Santos said, \"but not the end of the story.\"",
     [('We will fight this decision,', 'direct', 'Maria Santos'),
      ('and we will win in court.', 'direct', 'Maria Santos'),
      ('It is a sad day for the city,', 'direct', 'Maria Santos'),
      ('but not the end of the story.', 'direct', 'Maria Santos')]),
    ("review-exchange", BODY +
     "\"The board had no choice given the enrolment numbers,\" said trustee Ken Park.\n\n\"How do you "
     "tell a seven-year-old that her school is closing?\" said parent Maria Lopez.\n\n\"You can't. You "
     "just hold her and tell her it will be OK.\"",
     [('The board had no choice given the enrolment numbers,', 'direct', 'Ken Park'),
      ('How do you tell a seven-year-old that her school is closing?', 'direct', 'Maria Lopez'),
      ("You can't. You just hold her and tell her it will be OK.", 'direct', 'Maria Lopez')]),
    ("review-exchange", BODY + "\"Is the project dead?\" asked Councillor Ann Lee.\n\n\"Not at all,\" Mayor Tom Hale "
     "said.\n\n\"Why would we walk away from $40 million in federal money?\"",
     [('Is the project dead?', 'direct', 'Ann Lee'), ('Not at all,', 'direct', 'Tom Hale'),
      ('Why would we walk away from $40 million in federal money?', 'direct', 'Tom Hale')]),
    ("review-pronoun", BODY +
     "\"The plant will close in June, and there is nothing the town can do about it,\" said Mayor Dan "
     "Ortiz.\n\nThe mill, founded by Jim Hale in 1952, employs 300 people. Its sales fell 40 per cent "
     "last year. \"It's a blow to every family in this town,\" he said.",
     [('The plant will close in June, and there is nothing the town can do about it,', 'direct', 'Dan Ortiz'),
      ("It's a blow to every family in this town,", 'direct', 'Dan Ortiz')]),
    ("review-pronoun", BODY +
     "\"We will appeal this ruling,\" said defence lawyer Mark Stein outside the courthouse.  Police "
     "arrested Tom Reed at his home in 2019 after a two-year investigation.  The charges were stayed "
     "last spring. \"This was never about the evidence,\" he said.",
     [('We will appeal this ruling,', 'direct', 'Mark Stein'),
      ('This was never about the evidence,', 'direct', 'Mark Stein')]),
    ("review-gender", BODY + "Police identified the victim as Linda Moore, 54, a retired nurse who lived alone on Elm "
     "Street.\n\nHer neighbour Terry Wells warned her about the wiring last year, according to court "
     "records.\n\n\"I told her that panel was going to start a fire one day,\" he said.",
     [('I told her that panel was going to start a fire one day,', 'direct', 'Terry Wells')]),
    ("review-title", BODY +
     "Marie-Claude Provost, who has run the bakery on Rue Principale for 30 years, said the detour has "
     "cut her sales in half.\n\n\"People just don't come downtown anymore,\" Provost said.\n\nJeremy "
     "Alderman, a spokesman for the company, said the work would finish by August.\n\n\"We understand "
     "the frustration,\" Alderman said.\n\nNina Rector, a parent of two, said the school board never "
     "asked families.\n\n\"It was decided before we got there,\" said Rector.",
     [("People just don't come downtown anymore,", 'direct', 'Marie-Claude Provost'),
      ('We understand the frustration,', 'direct', 'Jeremy Alderman'),
      ('It was decided before we got there,', 'direct', 'Nina Rector')]),
    ("review-subject", BODY +
     "Fire Chief Ron Adams said the blaze started in the kitchen.\n\nThe fire killed a longtime "
     "resident, Tom Reed and his dog, Max. Neighbours said the house had no working smoke alarm. \"We "
     "knocked on every door on the street,\" he said.",
     [('We knocked on every door on the street,', 'direct', 'Ron Adams')]),

    ("document", BODY + "The union issued a statement that says the offer is “an insult.”",
     [("an insult.", "partial", "union")]),
    ("document", BODY + "The town relied on a report by Halvern Engineering that says the dock is “beyond repair.”",
     [("beyond repair.", "partial", "Halvern Engineering")]),
    ("named-after", BODY + "One man asked officials why the dock was still closed. “Who is paying for this?” he "
     "asked.\n\nThe man, retired harbour pilot Gerald Foote, said he had used the dock for 40 years.",
     [("Who is paying for this?", "direct", "Gerald Foote")]),
    ("relative-subject", BODY + "The union that represents workers at the plant, Prairie Food Workers Local 40, said "
     "it raised the crowding “at least four times” since winter.",
     [("at least four times", "partial", "Prairie Food Workers Local 40")]),
    ("relative-subject", BODY + "The woman who runs the food bank on Main Street said the shelves were “bare by noon.”",
     [("bare by noon.", "partial", "the woman")]),
    ("relative-subject", BODY + "Another resident, Luis Ortega, who came to Brandon from Jalisco, Mexico, in 2024, "
     "said the housing was “temporary, until something better comes.”",
     [("temporary, until something better comes.", "partial", "Luis Ortega")]),
    ("relative-subject", BODY + "Mayor Ruth Okafor, who met the minister in Ottawa, Ont., on Monday, said the deal was "
     "“a good start.”", [("a good start.", "partial", "Ruth Okafor")]),
    ("body-office", BODY + "“We found conditions that would put lives at risk,” Brandon Fire and Emergency Services "
     "Chief Todd Kowalchuk said Tuesday.",
     [("We found conditions that would put lives at risk,", "direct", "Todd Kowalchuk")]),
    ("participle-role", BODY + "On Monday, a woman walking her dog along Christina Street said she had closed her "
     "windows “because I’ve lived here long enough to know.”",
     [("because I’ve lived here long enough to know.", "partial", "a woman")]),
    ("participle-role", BODY + "A man leaving the Maple Leaf plant said the shift was “the worst in years.”",
     [("the worst in years.", "partial", "a man")]),
    ("relative-subject", BODY + "Lachance, a Democrat who won office promising to “clean out the back rooms,” called "
     "the bill “unworkable.”",
     [("clean out the back rooms,", "partial", "Lachance"), ("unworkable.", "partial", "Lachance")]),
    ("relative-subject", BODY + "The county has a formula for sharing taxes, which its president, Gerald Fehr, called "
     "“long overdue.”", [("long overdue.", "partial", "Gerald Fehr")]),
    ("relative-subject", BODY + "Rosa Quintanilla, whose husband, Edgar, was held for a month, waited outside.\n\nHer "
     "husband, who stood beside her holding their daughter, said he was grateful.\n\n“Now my daughter is not "
     "afraid,” he said.", [("Now my daughter is not afraid,", "direct", "Edgar")]),
    ("document-opening", BODY + "A 2020 directive from the Quebec Health Ministry on hospital parking says hospitals "
     "must offer “reduced rates for users who must come frequently.”",
     [("reduced rates for users who must come frequently.", "partial", "Quebec Health Ministry")]),
    ("document-opening", BODY + "The Regional District of Nanaimo runs the Greater Nanaimo Pollution Control Centre."
     "\n\nA staff report to the board says the pipe shows “joint separation at two locations.”",
     [("joint separation at two locations.", "partial", "Regional District")]),
    ("document-opening", BODY + "A memo from County Administrator Roberta Sayre to the board says the plan is “the "
     "only option” left.", [("the only option", "partial", "Roberta Sayre")]),
    ("document-opening", BODY + "The ministry wrote to the mill on Monday. An inspection report attached to the letter "
     "said emissions exceeded the limit “by wide margins.”",
     [("by wide margins.", "partial", "ministry")]),
    ("staff-of-body", BODY + "The Missouri Lottery Commission wants to sell tickets online.\n\nA fiscal analysis "
     "prepared by lottery staff says online sales would “complement rather than replace” store sales.",
     [("complement rather than replace", "partial", "Missouri Lottery Commission")]),
    ("staff-of-body", BODY + "The Oklahoma Ethics Commission fined the committee on Monday.\n\nA report by commission "
     "staff found that the treasurer “did not understand or apply” the rules.",
     [("did not understand or apply", "partial", "Oklahoma Ethics Commission")]),
    ("place-region", BODY + "A worker from Guanajuato, Mexico, said the housing was “temporary, until something better "
     "comes.”", [("temporary, until something better comes.", "partial", "a worker from Guanajuato")]),
    ("object-not-role", BODY + "The agency rejected the neighbours' request for a hearing last month, saying the yard "
     "was “operating within its permits.”", [("operating within its permits.", "partial", "agency")]),
    ("number-compound", BODY + "The Executive Branch Ethics Commission ruled on Friday.\n\n“The governor may use the "
     "aircraft for state business,” the commission's 22-page order says.",
     [("The governor may use the aircraft for state business,", "direct", "Executive Branch Ethics Commission")]),
    ("state-not-name", BODY + "Ray Dunnigan, chief executive of a small hospital in Coffey County, Kan., said his "
     "hospital spends $3 million a year on travel nurses, which he called “a tax on being rural.”",
     [("a tax on being rural.", "partial", "Ray Dunnigan")]),
    ("caption-signoff", BODY + "Dana Roe, a lawyer in Halifax, filed the claim in June.\n\nWATCH: A Stellarton woman "
     "is the lead plaintiff in a class action. Her lawyer says the closures have become ‘a schedule, not an "
     "emergency.’ Shauna MacKinnon-Reyes reports.",
     [("a schedule, not an emergency.", "partial", "Dana Roe")]),
    ("relative-subject", BODY + "A woman who lives in Moncton, N.B., said the rent was “out of reach.”",
     [("out of reach.", "partial", "a woman")]),
    ("relative-subject", BODY + "The CEO of the firm that built the bridge said the cables were “sound.”",
     [("sound.", "partial", "CEO")]),
    ("staff-of-body", BODY + "The Canadian Medical Association met in June.\n\nA letter from medical staff says the "
     "ward is “unsafe at night.”", [("unsafe at night.", "partial", "staff")]),
    ("body-office", BODY + "Sarah Chen and Police Chief Mary Jones told reporters the road was “closed for good.”",
     [("closed for good.", "partial", "Sarah Chen")]),
    ("site-not-person", BODY + "The committee heard from Luis Carmona-Pratt, who owns a hauling company in North "
     "Charleston and testified that he lost money.\n\n“I need my February,” he said.",
     [("I need my February,", "direct", "Luis Carmona-Pratt")]),
    ("site-not-person", BODY + "Councillors heard from Tamika Greer, who has waited for the bus every morning for six "
     "years on Chilhowee Drive.\n\n“Put that on the radio,” she said.", [("Put that on the radio,", "direct",
                                                                          "Tamika Greer")]),
    ("named-thing-nobody", BODY + "Across the bay, Lorraine Szabo-Finch started a Facebook group called “Keep the Bay "
     "Quiet” last summer. It now has 900 members.\n\n“It's a nightclub with a mooring,” she said.",
     [("Keep the Bay Quiet", "other", None), ("It's a nightclub with a mooring,", "direct", "Lorraine Szabo-Finch")]),
    ("document-role-issuer", BODY + "Correctional Service Canada has run the dairy barn at the prison farm since "
     "2018.\n\nIn a statement, the correctional service said it was reviewing the future of the dairy operation.\n\n"
     "“Any changes will be guided by evidence,” the statement said.",
     [("Any changes will be guided by evidence,", "direct", "Correctional Service Canada")]),
    ("document-role-issuer", BODY + "In a post on its Facebook page Sunday, the market said it was “heartbroken” to "
     "be leaving some vendors behind.\n\n“These are the people who made Saturday mornings what they are,” the post "
     "said.", [("heartbroken", "partial", "market"),
               ("These are the people who made Saturday mornings what they are,", "direct", "market")]),
    ("two-word-body-title", BODY + "“Every dollar that goes into that district is a dollar lost,” says school board "
     "president Geraldine Mattox.", [("Every dollar that goes into that district is a dollar lost,", "direct",
                                      "Geraldine Mattox")]),
    ("elided-particle", BODY + "Marcel d'Entremont has run the clinic for 20 years.\n\n\"We were never asked,\" "
     "d'Entremont said in French.", [("We were never asked,", "direct", "Marcel d'Entremont")]),
    ("elided-particle", BODY + "His wife, Jeannine d’Entremont, works at the front desk.\n\n“We were never asked,” "
     "she said.", [("We were never asked,", "direct", "Jeannine d’Entremont")]),
    ("body-head", BODY + "Transit manager Kyle Dufresne-Moar said the bus schedule was set in June. Under it, Brandon "
     "Transit's last evening run leaves the plant at 10:15.\n\n“We can't stretch it any further,” he said.",
     [("We can't stretch it any further,", "direct", "Kyle Dufresne-Moar")]),
    ("document-reader-not-issuer", BODY + "The mayor obtained a copy of the memo on Friday.\n\n“Staff will not be "
     "replaced,” the memo said.", [("Staff will not be replaced,", "direct", "memo")]),
    ("named-person-not-thing", BODY + "A teacher dubbed “Mr. Chemistry” by his students has run the lab for 30 years."
     "\n\n“I never wanted a nickname,” he said.", [("Mr. Chemistry", "other", None),
                                                  ("I never wanted a nickname,", "direct", "a teacher")]),
    # A document no sentence gives an issuer is the last body's the text named (a news medium is nobody's issuer; the
    # subject of that body's sentence before a body it only names).
    ("document-last-body", BODY + "In October, the Department of Agriculture turned him down.\n\nThe denial letter "
     "says the program requires growers to have taken “all reasonable measures.”",
     [("all reasonable measures.", "partial", "Department of Agriculture")]),
    ("document-last-body", BODY + "The Department of Agriculture turned him down, he told CBC News.\n\nThe denial "
     "letter says his claim was “not eligible.”", [("not eligible.", "partial", "Department of Agriculture")]),
    ("document-last-body", BODY + "Transport Canada published the draft rules in the Canada Gazette on Saturday.\n\n"
     "The regulatory impact analysis says the fines would be “modest.”",
     [("modest.", "partial", "Transport Canada")]),
    # "the company" is the body described as one, past the relative clause of its description, and never a court,
    # an office of government or a regulator's board named since.
    ("company-described", BODY + "The Ohio Power Siting Board approved the setback on Monday.\n\nThe project is being "
     "developed by Prairie Sun Renewables, an Indianapolis-based company that has signed leases with 14 landowners. "
     "The company said the setback would leave “fewer than 400 buildable acres.”",
     [("fewer than 400 buildable acres.", "partial", "Prairie Sun Renewables")]),
    ("company-not-court", BODY + "Déneigement Laurentien Inc. lost the snow-clearing contract in March.\n\nThe "
     "Quebec Superior Court dismissed its challenge on Friday. The company said the city's reasons were “a "
     "pretext.”", [("a pretext.", "partial", "Déneigement Laurentien Inc")]),
    # A body's French name is spelled out by its lowercase words too: "the STQ" is the Société des traversiers du
    # Québec, with or without the initials in brackets.
    ("french-initials", BODY + "The Société des traversiers du Québec cancelled the crossing on Monday.\n\nDelays "
     "were “more frequent and longer,” according to the STQ.",
     [("more frequent and longer,", "partial", "Société des traversiers du Québec")]),
    ("french-initials", BODY + "The Société des traversiers du Québec (STQ) cancelled the crossing on Monday.\n\n"
     "“We had no choice,” the STQ said.", [("We had no choice,", "direct", "Société des traversiers du Québec")]),
    # "the hospital" is the body whose name makes it one: a health centre, a medical center.
    ("hospital-health-centre", BODY + "The Royal Victoria Regional Health Centre raised its parking fees on Monday."
     "\n\nIn a statement, the hospital said the money “stays at the hospital.”",
     [("stays at the hospital.", "partial", "Royal Victoria Regional Health Centre")]),
    # "It" is a news medium only as the subject of its sentence or the one before, never one only named since (nor a
    # body whose name makes it one: "... Agency").
    ("it-not-outlet", BODY + "The Canadian Transportation Agency, which will enforce the rule, received 11,800 "
     "complaints last year.\n\nThe regulatory impact analysis Transport Canada published with the amendments "
     "estimates the cost at $38-million. It acknowledges that the allowance “may be subject to a degree of abuse.”",
     [("may be subject to a degree of abuse.", "partial", "Transport Canada")]),
    # A ministry's two fields joined by "and" are one name, and a province's possessive before it is no part of it.
    ("ministry-fields", BODY + "Alberta's Ministry of Children and Family Services cut the shelter's grant in "
     "October.\n\nThe ministry's letter says the grant is being reduced “as part of a realignment.”",
     [("as part of a realignment.", "partial", "Ministry of Children and Family Services")]),
    # A place is nobody "she" means: after a place's possessive ("in Oregon's Hood River Valley") or an article
    # ("manages the Kearney Street store").
    ("place-not-person", BODY + "The committee heard from Rosalba Quintanar-Hoyt, who has picked pears in Oregon’s "
     "Hood River Valley for 19 years.\n\n“The foreman gave us paper masks,” she said.",
     [("The foreman gave us paper masks,", "direct", "Rosalba Quintanar-Hoyt")]),
    # A place is nobody "she" means when a direction and "of" place it, or when a place's opening word names it.
    ("place-not-person", BODY + "The inquiry heard from Dana Whitford on Tuesday. The camp where she cooked sits two "
     "hours north of Grande Cache.\n\n“We were sick for days,” she said.",
     [("We were sick for days,", "direct", "Dana Whitford")]),
    ("place-not-person", BODY + "The inquiry heard from Dana Whitford on Tuesday. Fort McMurray sits an hour south of "
     "the camp.\n\n“We were sick for days,” she said.", [("We were sick for days,", "direct", "Dana Whitford")]),
    # A document's own relative clause is its words, past how it came out: "a staff report presented in May, which
    # says".
    ("document-relative", BODY + "Lakeshore Parks Authority approved the beach fee on Monday.\n\nThe figure comes "
     "from a staff report presented in May, which says the beach is “at capacity most weekends.”",
     [("at capacity most weekends.", "partial", "Lakeshore Parks Authority")]),
    # An office that ends with its body's name holds no name after a head inside it: "president of the Rail Freight
    # Carriers Association, the trade group for the industry," is the president's title.
    ("office-of-body", BODY + "Bradford Ashcombe, president of the Rail Freight Carriers Association, the trade group "
     "for the industry, called her loss “a tragedy.”", [("a tragedy.", "partial", "Bradford Ashcombe")]),
    ("place-not-person", BODY + "Dana Whitford spoke at the hearing on Monday. Pendle County officials declined to "
     "comment.\n\n“We did the work,” she said.", [("We did the work,", "direct", "Dana Whitford")]),
    ("document-national-owner", BODY + "Health Canada proposed the rules on Monday. The rules, published in the Canada "
     "Gazette, require importers to name a representative.\n\nHealth Canada’s regulatory impact analysis says the "
     "department “cannot reliably trace” some formulas.", [("cannot reliably trace", "partial", "Health Canada")]),
    # A reporter's question is answered by the next "he said", not continued by the reporter.
    ("answer-not-questioner", BODY + "“My troopers work 60-hour weeks,” Col. Desmond Hartigan said.\n\n“Are you saying "
     "the shifts were real?” a reporter asked.\n\n“I'm saying I don't know yet,” he said.",
     [("My troopers work 60-hour weeks,", "direct", "Desmond Hartigan"),
      ("Are you saying the shifts were real?", "direct", "a reporter"),
      ("I'm saying I don't know yet,", "direct", "Desmond Hartigan")]),
    # A company is named by the trade its name ends with: "... Refining", "... Heavy Civil", "... Remote Sensing".
    ("company-trade-name", BODY + "The refinery's owner, Fundy Tidewater Refining, flared gas for six hours on Sunday."
     "\n\nIn a statement Tuesday, the company said the flaring was “highly visible.”",
     [("highly visible.", "partial", "Fundy Tidewater Refining")]),
    ("document-response", BODY + "Corrections Secretary Burl Thibodeaux said in a written response included in the "
     "report that the department has begun a new procurement.\n\n“Contract monitoring fell short,” the response "
     "states.", [("Contract monitoring fell short,", "direct", "Burl Thibodeaux")]),
    # A headline's opening word is no subject a pronoun falls back on ("Cook tells inquiry ..."): with nobody named,
    # "she" stays unknown.
    ("headline-word-not-subject", "Cook tells inquiry she warned chicken had been out for hours\n\nThe inquiry "
     "resumed on Tuesday.\n\n“I said it out loud,” she told the inquiry.",
     [("I said it out loud,", "direct", "unknown")]),
    # A dateline's place is nobody: "It" after the report is not "JEFFERSON CITY".
    ("dateline-not-body", "JEFFERSON CITY, Mo. (AP) — Inspectors found problems in 11 prison kitchens, the report "
     "says.\n\nIt says inspectors found “evidence of rodent activity in dry storage.”",
     [("evidence of rodent activity in dry storage.", "partial", None)]),
    # Near misses of this session's rules, from a review that ran invented passages through the session's first and
    # last engines: each went wrong before the review's fixes.
    ("review-near-miss", "Court Square Developments, a Toronto firm that owns the building, said it would repair the "
     "elevators by June. Tenants said they have heard that before. “We take our obligations "
     "seriously,” the firm said.",
     [("We take our obligations seriously,", "direct", "Court Square Developments")]),
    ("review-near-miss", "The Société des alcools du Québec reported record sales. Meanwhile, the Sûreté "
     "du Québec said "
     "it had seized 300 litres of bootleg liquor. “This was a sophisticated operation,” the SQ "
     "said.",
     [("This was a sophisticated operation,", "direct", "Sûreté du Québec")]),
    ("review-near-miss", "The Valley Sentinel first reported the layoffs on Friday. Three managers later confirmed the "
     "numbers to other outlets. The mayor called the story “irresponsible.” In a note to readers "
     "Sunday, it said: “We stand by every word of our reporting.”",
     [("irresponsible.", "partial", "mayor"),
      ("We stand by every word of our reporting.", "direct", "Valley Sentinel")]),
    ("review-near-miss", "Officials from the Ministry of Health and Alberta Health Services met Tuesday. “We are "
     "working closely together,” Alberta Health Services said in a statement.",
     [("We are working closely together,", "direct", "Alberta Health Services")]),
    ("review-near-miss", "A late goal from Canada's Tavon Hill sealed the win on Saturday. “I just closed my eyes and "
     "kicked,” he said.",
     [("I just closed my eyes and kicked,", "direct", "Tavon Hill")]),
    ("review-near-miss", "Tavon Hill and his wife have farmed near Corbett for 30 years. “We have never seen a spring "
     "this dry,” he said.",
     [("We have never seen a spring this dry,", "direct", "Tavon Hill")]),
    ("review-near-miss", "Councillor Imani Cole tabled a motion on Tuesday, which says the city “must "
     "declare a housing "
     "emergency.”",
     [("must declare a housing emergency.", "partial", "Imani Cole")]),
    ("review-near-miss", "“We need more beds,” said executive director of UNICEF Oksana Varga, speaking in Geneva on "
     "Tuesday.",
     [("We need more beds,", "direct", "Oksana Varga")]),
    # A company called by its name less its company words: "Alder Peak" after "Alder Peak Resources".
    ("company-stem", BODY + "Alder Peak Resources reported a leak at its mine on Thursday.\n\nIn a statement, Alder "
     "Peak said the seepage had been “contained within hours.”",
     [("contained within hours.", "partial", "Alder Peak Resources")]),
    ("company-stem", BODY + "Tetagouche Resources Ltd. runs the mine.\n\n“We are concerned,” Tetagouche Resources "
     "said.",
     [("We are concerned,", "direct", "Tetagouche Resources Ltd")]),
    # A person described first is named by a longer description in the next paragraph: "The retired officer, X,",
    # "The café owner, X,", "The bookseller, X," (the description's noun need not be the first one's).
    ("described-then-named", BODY + "A man who spent 31 years as a correctional officer says he found out from a "
     "newspaper.\n\n\"Nobody from the government called,\" he said.\n\nThe retired officer, Clifford Ostrander, is "
     "one of about 40 former staff who guide visitors.",
     [("Nobody from the government called,", "direct", "Clifford Ostrander")]),
    ("described-then-named", BODY + "A woman who has run a café on the harbour since 2015 said her weekends depend on "
     "the boat.\n\n\"When the Belle comes in, I get 80 people in an hour,\" she said.\n\nThe café owner, Rosalind "
     "Tenbroek, has collected about 1,100 signatures.",
     [("When the Belle comes in, I get 80 people in an hour,", "direct", "Rosalind Tenbroek")]),
    ("described-then-named", BODY + "A woman who has run a bookstore on Fourth Street since 2009 told the council "
     "that office workers park in front of her shop.\n\n\"My customers circle the block three times,\" she said."
     "\n\nThe bookseller, Henrietta Pfeiffer, said she has asked the city for years to enforce the limit.",
     [("My customers circle the block three times,", "direct", "Henrietta Pfeiffer")]),
    # ... never one of the other gender: a woman described, a man named.
    ("described-then-named", BODY + "A woman who has run a bookstore on Fourth Street since 2009 told the council "
     "that office workers park in front of her shop.\n\n\"My customers circle the block three times,\" she said."
     "\n\nThe city clerk, Thomas Pfeiffer, said the city has no money for enforcement.",
     [("My customers circle the block three times,", "direct", "a woman")]),
    # "One of the <words> <group>": the group's noun may come after words that describe it ("One of the former
    # laundry workers"), and the one of them is the subject a later "she said" means.
    ("one-of-described-group", BODY + "A surgeon at the hospital, who asked not to be identified, said the rooms ran "
     "“on whatever the truck brought.”\n\n“We had drapes for two cases,” the surgeon said.\n\nOne of the former "
     "laundry workers was on shift the morning the first truck arrived.\n\n“I stood in the hallway and watched them,” "
     "she said.",
     [("on whatever the truck brought.", "partial", "a surgeon at the hospital"),
      ("We had drapes for two cases,", "direct", "a surgeon at the hospital"),
      ("I stood in the hallway and watched them,", "direct", "one of the former laundry workers")]),
    # An unnamed person opening a sentence, described by a relative clause ("A grandmother who has walked ..."), is
    # its subject whatever the verb; the next paragraph's "she told the board" means them, not a woman named earlier,
    # and "The woman, X," names them.
    ("relative-described", BODY + "Chair Deborah Nakamura said the board had no choice.\n\nA grandmother who has "
     "walked her grandchildren to the branch every Saturday for nine years was the first of 14 people to speak.\n\n"
     "\"My grandkids learned to read in that building,\" she told the board.\n\nThe woman, Evangeline Sutherland, "
     "said afterward that she would keep fighting.",
     [("My grandkids learned to read in that building,", "direct", "Evangeline Sutherland")]),
    ("relative-described", BODY + "Spokeswoman Kelsey Marsh said the department is reviewing the audit.\n\nA "
     "blackjack dealer from Henderson who was laid off in 2024 received a letter saying she owed $9,840.\n\n\"I "
     "reported every week,\" she said.",
     [("I reported every week,", "direct", "a blackjack dealer from Henderson")]),
    # A name after a possessive pronoun and its relation or role is its sentence's subject: "Her co-worker Patricia
    # Kowal ... said" and then "she said" is Kowal, not the nurse before her.
    ("owned-role-subject", BODY + "The nurse, Rosalind Baptiste, works in the intensive care unit.\n\nHer co-worker "
     "Patricia Kowal said parking near the hospital costs about $16 a shift.\n\n\"That's $80 a week,\" she said.",
     [("That's $80 a week,", "direct", "Patricia Kowal")]),
    # The description that names a person described first may itself have been read as theirs ("The resident");
    # the paragraph it opens still follows theirs. Capitalized words may describe them too ("An Air Force spouse").
    ("described-then-named", BODY + "Council member Beth Sorensen said the bill was needed.\n\nA woman who has "
     "lived on the road for 43 years told council that she no longer leaves her house.\n\n\"I tell them the ocean "
     "is free,\" she said.\n\nThe resident, Marjorie Publicover, said her family has lived there since the 1880s.",
     [("I tell them the ocean is free,", "direct", "Marjorie Publicover")]),
    ("described-then-named", BODY + "Council member Beth Sorensen said the bill was needed.\n\nAn Air Force spouse "
     "who has lived at Grand Forks for three years said the closure would hurt.\n\n\"The commissary isn't a perk "
     "out here,\" she said.\n\nThe spouse, Brittany Olsen, said 600 families had signed a letter.",
     [("The commissary isn't a perk out here,", "direct", "Brittany Olsen")]),
    # "It" opening the sentence after one a document opens as its subject, naming who made it, is that document:
    # its maker speaks ("A report by Foothills Economic Research says ... . It says").
    ("document-it", BODY + "The Tamarack Coal Ltd. mine closed in June.\n\nA report by Foothills Economic Research "
     "says 400 workers lost their jobs. It says older workers are \"the least likely to complete retraining.\"",
     [("the least likely to complete retraining.", "partial", "Foothills Economic Research")]),
    # "recommends" reports what a document or a body says, as "warns" does.
    ("recommends", BODY + "The Legislative Audit Division reviewed the loan program.\n\nThe audit recommends that the "
     "department inspect each loaned vehicle, \"with priority given to units more than 25 years old.\"",
     [("with priority given to units more than 25 years old.", "partial", "Legislative Audit Division")]),
    # "that" before a plural is a clause's conjunction, never the determiner of its subject.
    ("that-not-determiner", BODY + "A Parks Canada spokesperson, Geneviève Lam, said in an email that operators who "
     "are not on the list can still be called \"in exceptional circumstances.\"",
     [("in exceptional circumstances.", "partial", "Geneviève Lam")]),
    # A time zone after a dateline's time is nobody's name ("5:00 AM ET"): a "she" with nobody before stays unknown.
    ("time-not-name", "A Vermont town votes on its library\n\nMarch 6, 2028 5:00 AM ET\n\nNORTH TOLLAND, Vt. — The "
     "library is one room.\n\n“People think a library is books,” she says.",
     [("People think a library is books,", "direct", "unknown")]),
    # ... or by where they are from, at a place ("A housekeeper at Whitehorse General Hospital who ..."), or before a
    # reporting verb ("A mother from Westerville, Ohio, told the panel").
    ("relative-described", BODY + "Coun. Dana Whitfield said the plan was overdue.\n\nA housekeeper at Whitehorse "
     "General Hospital who lives in Porter Creek said the bus is her only way to work.\n\n\"I leave at 5:40,\" she "
     "said.", [("I leave at 5:40,", "direct", "a housekeeper at Whitehorse General Hospital")]),
    ("relative-described", BODY + "Ranking member Denise Albright said the bill was overdue.\n\nA mother from "
     "Westerville, Ohio, told the panel her son waited 14 months.\n\n\"He missed a whole year,\" she said.",
     [("He missed a whole year,", "direct", "a mother from Westerville")]),
    # ... and whose the group is may come between ("One of the program's teachers, who ..., said").
    ("one-of-described-group", BODY + "Superintendent Rajinder Gill said the program would end in June.\n\nOne of the "
     "program's teachers, who has taught in it since 2011, said staff learned of the cut from parents.\n\n\"We found "
     "out the same way the parents did,\" he said.",
     [("We found out the same way the parents did,", "direct", "one of the program's teachers")]),
    # Who only read a document ("obtained by POLITICO") is never the subject of the verb that reports its words.
    ("document-reader", BODY + "A Treasury Department analysis sent to committee staff last week and obtained by "
     "POLITICO says the credit would be \"administratively complex\" to run.",
     [("administratively complex", "partial", "Treasury Department")]),
    # An audit goes by "the review" and "the report" too: "The review by X covered ..." then "The audit says".
    ("document-names", BODY + "The review by Arkansas Legislative Audit covered the county's contract with Ozark "
     "Correctional Health Services LLC from 2022 to 2024.\n\nThe audit says the county \"did not compare invoices to "
     "any record\" before paying them.",
     [("did not compare invoices to any record", "partial", "Arkansas Legislative Audit")]),
    # The naming description may give an owner the introducing sentence spoke of ("The rescue's founder, X," after
    # "A woman who runs a horse rescue"), never another ("The network's executive director, X," after a city's
    # spokesperson).
    ("described-then-named", BODY + "Chair Tom Greer said the bureau was doing its best.\n\nA woman who runs a horse "
     "rescue in Oklahoma told the panel she has bought back 63 mustangs.\n\n\"Some of them were still halter-shy,\" "
     "she said.\n\nThe rescue's founder, Rhonda Vick, said she has paid as much as $1,400 for a horse.",
     [("Some of them were still halter-shy,", "direct", "Rhonda Vick")]),
    ("described-then-named", BODY + "In an email, a City of Ottawa spokesperson said the lot \"has always been private "
     "land.\"\n\nThe network's executive director, Priya Raman, said the garden is one of eight.",
     [("has always been private land.", "partial", "a City of Ottawa spokesperson")]),
    # "his father" is the one of that surname, as "his wife" is: the son was named as the captain's ("His son, Tyler
    # Atwood,"), and the father speaks after the son.
    ("family-surname", BODY + "Captain Ricky Atwood has fished out of the harbour for 30 years.\n\nHis son, Tyler "
     "Atwood, bought his own licence in March.\n\n\"Dad's boat is paid for. Mine isn't,\" he said.\n\n\"He's "
     "not wrong,\" his father said.",
     [("Dad's boat is paid for. Mine isn't,", "direct", "Tyler Atwood"),
      ("He's not wrong,", "direct", "Ricky Atwood")]),
    ("relative-described", BODY + "Minister Adaeze Okonkwo said the rules were overdue.\n\nA supervisor at a 911 "
     "centre in Eastern Ontario who was on shift during the outage said her staff could not reach callers.\n\n\"We had "
     "a screen full of dropped calls,\" she said.",
     [("We had a screen full of dropped calls,", "direct", "a supervisor at a 911 centre in Eastern Ontario")]),
    # A body's French name holds lowercase words up to the place it ends on ("Syndicat des éducatrices en petite
    # enfance de l'Outaouais"): one body, later "the union".
    ("french-body", BODY + "The Syndicat des éducatrices en petite enfance de l'Outaouais represents 900 educators."
     "\n\nIn a statement, the union said the ratios were \"impossible.\"",
     [("impossible.", "partial", "Syndicat des éducatrices en petite enfance de l'Outaouais")]),
    # A report staff wrote for council, its maker named nowhere, is the local government's ("City of Kenora").
    ("council-document", "Kenora city council voted 5-2 this month to charge non-residents to use the city's four "
     "launches.\n\nKenora Mayor Andrea Pike said the fee is needed to cover the upkeep of the launches.\n\nA staff "
     "report presented to council in April says the city's launches recorded \"more than 41,000 launches\" last "
     "summer.",
     [("more than 41,000 launches", "partial", "City of Kenora")]),
    # A body's initials opening a paragraph are its name when a verb follows, not a dateline's word ("KYIV, Ukraine —").
    ("initials-opening", BODY + "USDA said in a statement after the hearing that it \u201cwelcomes the "
     "committee\u2019s interest\u201d and would respond.",
     [("welcomes the committee\u2019s interest", "partial", "USDA")]),
    ("initials-opening", BODY + "FEMA said it \u201chas no record\u201d of the request.",
     [("has no record", "partial", "FEMA")]),
    # A role apposed to a name and an age after the quote: "the nurse, Kayla Brennan, 29, said".
    ("role-name-age", BODY + "\u201cI asked if I could give it back,\u201d the nurse, Kayla Brennan, 29, said.",
     [("I asked if I could give it back,", "direct", "Kayla Brennan")]),
    # A document's own "of" phrase ends at its "by", and an office named by its body's name is that body: "The audit
    # of the Estill County Sheriff's Office by the state Auditor of Public Accounts".
    ("audit-of-by", BODY + "The audit of the Estill County Sheriff's Office by the state Auditor of Public Accounts "
     "reviewed 212 items.\n\nThe sheriff said he would respond.\n\nThe audit says the office kept \"no consistent "
     "record\" of sale prices.", [("no consistent record", "partial", "Auditor of Public Accounts")]),
    # 'It' after a sentence that a document opens, its maker its owner ("The inspector general’s report says"), is
    # that document: its maker speaks, not a body named before.
    ("it-owned-document", OWNED_REPORT,
     [("did not adjust staffing.", "partial", "Social Security Administration\u2019s inspector general")]),
    # What a thing must be called, in the passive and with no one after "by", is its label, not speech: "Products will
    # have to be called a “beverage” or a “drink”"; but "was called “a disgrace” by critics" is the critics'.
    ("passive-label", BODY + "Under the rules, products will have to be called a \u201cbeverage\u201d or a "
     "\u201cdrink\u201d on the front panel.", [("beverage", "other", None), ("drink", "other", None)]),
    ("passive-label", BODY + "The plan was called \u201ca disgrace\u201d by Councillor Ann Vint.",
     [("a disgrace", "partial", "Ann Vint")]),
    # "answers" after a name is its cue, present tense as "replies" is: '“You call 911,” Beaulieu answers.'
    ("answers", BODY + "Capt. Marcus Beaulieu runs the night shift.\n\n\u201cWho comes if I call?\u201d a woman near "
     "the front asks.\n\n\u201cYou call 911, same as you do now,\u201d Beaulieu answers. \u201cIt\u2019s already us "
     "who shows up.\u201d", [("Who comes if I call?", "direct", "a woman near the front"),
                              ("You call 911, same as you do now,", "direct", "Marcus Beaulieu"),
                              ("It\u2019s already us who shows up.", "direct", "Marcus Beaulieu")]),
    # A described person is named by the description's noun after another answered her: "The mother, Jessie Coffin,".
    ("named-after-answer", "Superintendent Lorraine Pike ran the meeting.\n\nA mother in the third row stands up "
     "and asks a question.\n\n\u201cWhen does he get to be a kid?\u201d she asks.\n\n\u201cOur estimate is 50 "
     "minutes,\u201d Pike answers.\n\nThe mother, Jessie Coffin, works nights as a nurse.",
     [("When does he get to be a kid?", "direct", "Jessie Coffin"), ("Our estimate is 50 minutes,", "direct",
                                                                      "Lorraine Pike")]),
    # "co-operative" is a body's head in Canadian spelling, and a French "Coopérative ..." is what "the co-operative"
    # or "the co-op" means.
    ("co-operative", BODY + "Coop\u00e9rative Val-Laitier announced Tuesday that it will stop production.\n\nThe "
     "co-operative said in a statement that \"this is the hardest decision our board has made.\"",
     [("this is the hardest decision our board has made.", "partial", "Coop\u00e9rative Val-Laitier")]),
    ("co-operative", BODY + "Coop\u00e9rative Val-Laitier announced Tuesday that it will stop production.\n\n"
     "\"We had no choice,\" the co-op said.", [("We had no choice,", "direct", "Coop\u00e9rative Val-Laitier")]),
    # "city staff" are the city's people: a report from them is the city's ("City of Ottawa").
    ("city-staff", "Fort St. John city council has voted to open and run its own daycare.\n\nA report from city "
     "staff says the city \"has not closed a gap of this size\" before.",
     [("has not closed a gap of this size", "partial", "City of Fort St. John")]),
    ("city-staff", BODY + "The City of Ottawa wants to open an overflow shelter in a church basement.\n\nA report "
     "from city staff says the site \"meets the building code requirements\" once a second exit is added.",
     [("meets the building code requirements", "partial", "City of Ottawa")]),
    # One described by whom she is to others is one person, not a group: "A mother of two Hawthorne Hill students"
    # is "she", and the next paragraph names her.
    ("described-of-group", "Board president Karen Delvecchio said the vote was final.\n\nA mother of two "
     "Hawthorne Hill students, who organized a petition signed by more than 1,400 people, said after the vote that "
     "parents had never been shown the savings.\n\n\"They brought us a decision,\" she said.",
     [("They brought us a decision,", "direct", "a mother of two Hawthorne Hill students")]),
    ("described-of-group", "Board president Karen Delvecchio said the vote was final. \"We had no choice,\" she "
     "said.\n\nA mother of two Hawthorne Hill students, who organized a petition against the closing, said after "
     "the vote that she would keep fighting.\n\n\"They brought us a decision made on a spreadsheet,\" she said."
     "\n\nThe parent, Megan Castellano, said she would run for the board.",
     [("We had no choice,", "direct", "Karen Delvecchio"),
      ("They brought us a decision made on a spreadsheet,", "direct", "Megan Castellano")]),
    # A group opening a deck's sentence gives its words to the one the body gives them to, however long the deck.
    ("deck-group", "Westchester School Board Votes to Close a 94-Year-Old Elementary School\n\nThe Mount Pleasant "
     "board voted 5 to 2 to shut Hawthorne Hill Elementary next June, citing falling enrollment and a deficit the "
     "district says it can no longer carry. Parents called it \u201ca decision made on a spreadsheet.\u201d\n\n"
     "By Sophie Adeyemi\n\nThe board voted on Tuesday night.\n\n\u201cThey brought us a decision made on a "
     "spreadsheet,\u201d said Megan Castellano, a parent.",
     [("a decision made on a spreadsheet.", "partial", "Megan Castellano"),
      ("They brought us a decision made on a spreadsheet,", "direct", "Megan Castellano")]),
    # A capitalized word of a name is no mention of a document: "The audit says" is not the "Division of State Audit"
    # a speaker works in, but the audit the Comptroller's Office made.
    ("document-not-name", "The audit by the Tennessee Comptroller's Office reviewed 31 concession contracts.\n\n"
     "\"The state is entitled to its share,\" said Kimberly Jessup, an assistant director in the comptroller's "
     "Division of State Audit.\n\nJessup said auditors also found extensions. The audit says the files contained "
     "\"no documentation of why competition was not practicable.\"",
     [("The state is entitled to its share,", "direct", "Kimberly Jessup"),
      ("no documentation of why competition was not practicable.", "partial", "Tennessee Comptroller's Office")]),
    # "the company" never means a government's agency named since ("The Impact Assessment Agency of Canada said").
    ("company-not-agency", "Tamarack Ridge Iron Ltd. wants to expand the tailings area at its Flora Lake mine.\n\n"
     "The Impact Assessment Agency of Canada said Thursday the project requires a full federal assessment.\n\nThe "
     "mine is \"the largest private employer in western Labrador,\" the company said.",
     [("the largest private employer in western Labrador,", "partial", "Tamarack Ridge Iron Ltd")]),
    # "The Saskatoon-based company" is the company named before, and "Saskatoon-based" no body of its own.
    ("placed-company", "SASKATOON \u2014 Northgate Potash Ltd. is laying off 380 workers.\n\nThe Saskatoon-based "
     "company said Tuesday the layoffs take effect June 1.\n\n\"We followed every inspection,\" the company said.",
     [("We followed every inspection,", "direct", "Northgate Potash Ltd")]),
    # "&" joins the words of one body's name: "Cascade Mutual Home & Auto", not "Cascade Mutual Home".
    ("ampersand-name", BODY + "Cascade Mutual Home & Auto had sought the increase for 410,000 policyholders.\n\n"
     "\"Rates that do not reflect risk are not sustainable,\" the company said.",
     [("Rates that do not reflect risk are not sustainable,", "direct", "Cascade Mutual Home & Auto")]),
    # One who replied at length, past the cue, goes on in the next cue-less paragraph (after a short reply the asker
    # speaks again).
    ("reply-goes-on", "Near the end of the meeting, Olafson went to the microphone.\n\n\"Can anybody tell me "
     "what my daughter's bus route looks like?\" she asked.\n\n\"I can't tell you that tonight,\" Prairie Spirit "
     "superintendent Michel Lavall\u00e9e answered. \"The routes will be built by people who know these roads.\"\n\n"
     "\"What I can tell you is that nobody has asked me for a list of schools to close.\"",
     [("Can anybody tell me what my daughter's bus route looks like?", "direct", "Olafson"),
      ("I can't tell you that tonight,", "direct", "Michel Lavall\u00e9e"),
      ("The routes will be built by people who know these roads.", "direct", "Michel Lavall\u00e9e"),
      ("What I can tell you is that nobody has asked me for a list of schools to close.", "direct",
       "Michel Lavall\u00e9e")]),
    # A described subject's description runs past eight words ("at one of the two busiest bakeries on the north side"):
    # "she" after it is that person, not a capitalized word a sentence opened on before.
    ("long-description", "Council heard the proposal on Monday. Commercial rates would rise by a third.\n\n"
     "A supervisor at one of the two busiest bakeries on the north side said the timing was poor.\n\n"
     "\"We bake through the night and the ovens never stop,\" she said.\n\n"
     "The supervisor, Odile Marchetti, has worked there for 14 years.",
     [("We bake through the night and the ovens never stop,", "direct", "Odile Marchetti")]),
    # A guild, a partnership and a trust are bodies: the person who works for one speaks, never the body.
    ("guild-is-a-body", "Teodor Vance, an organizer with the Manitoba Drivers Guild, which plans to seek "
     "recognition, called the vote \"the first crack in the wall.\"\n\n\"We've got 4,000 cards signed "
     "already,\" he said.",
     [("the first crack in the wall.", "partial", "Teodor Vance"),
      ("We've got 4,000 cards signed already,", "direct", "Teodor Vance")]),
    # "who" after a body's noun tells a person: "A retired letter carrier in Moncton who" (not a carrier, a company).
    ("body-noun-who", "Ottawa published the rules on Wednesday.\n\nA retired letter carrier in Moncton who tried to "
     "move his savings said he was charged $225.\n\n\"Nobody told me about the fees,\" he said.\n\nThe man, Gerald "
     "Arsenault, is 68.",
     [("Nobody told me about the fees,", "direct", "Gerald Arsenault")]),
    # A bare group with a capitalized modifier opening a sentence, its verbs joined: the group, not a person named by
    # the modifier ("Consumer").
    ("modified-group-opens", "Consumer advocates welcome the rules but say customers will wait \"another 18 "
     "months.\"", [("another 18 months.", "partial", "Consumer advocates")]),
    # "the former employee" is the unnamed clerk just described: an employee may be any clerk, worker or aide.
    ("employee-is-the-clerk", "The audit was released on Tuesday.\n\nA former deputy clerk, who spoke on "
     "condition of anonymity because she feared retaliation, said staff were told not to explain the fee.\n\n"
     "\"We were supposed to say it was a state fee,\" the former employee said.",
     [("We were supposed to say it was a state fee,", "direct", "a former deputy clerk")]),
    # An office holder's office named as a document's maker is the office ("The audit, by the Nevada State Auditor
    # and Inspector's office,"), not the body audited; plural documents before a participle are no cue ("monthly
    # reports given to the board").
    ("office-holder-issues", "The special audit of the Pahrump Valley Water Authority was requested in 2027.\n\n"
     "The audit, by the Nevada State Auditor and Inspector's office, says the trustees \"did not exercise "
     "oversight\" and that monthly financial reports given to the board \"omitted card spending.\"",
     [("did not exercise oversight", "partial", "Nevada State Auditor and Inspector"),
      ("omitted card spending.", "partial", "Nevada State Auditor and Inspector")]),
    # "show" after a plural is its verb, not a show's title ("the arches show “advanced deterioration”").
    ("plural-shows", "The city commissioned the study in 2025.\n\nAn inspection report prepared for the city by "
     "Keystone Span Engineering says the bridge's steel girders show \"advanced corrosion at every joint.\"",
     [("advanced corrosion at every joint.", "partial", "Keystone Span Engineering")]),
    # A description ends at its subject's verb in the present ("a man in a rain jacket | walks the route"); "He is X"
    # next names him, and "he" after it is X.
    ("he-is-named", "The town voted on Monday.\n\nAt the end of the road, a man in a rain jacket walks the route he "
     "would take if the siren sounded.\n\nHe is Dale Prewitt, 58, who runs a motel.\n\n\"That's where it ends,\" "
     "he says.", [("That's where it ends,", "direct", "Dale Prewitt")]),
    # A reply answers the one a question was put to in the writer's words, not the asker.
    ("reply-to-asked", "Ottawa announced the rule on Tuesday.\n\nAt the news conference, a reporter asked Mr. "
     "Thibodeau why the government had settled on six months.\n\n\u201cSix months is long enough to notice,\u201d he "
     "replied.", [("Six months is long enough to notice,", "direct", "Mr. Thibodeau")]),
    # ... under a plain "said" too, when the question was put in the sentence right before the answer and both
    # could be meant: "Pryor asked Svoboda whether ... . | “They are,” she said."
    ("said-to-asked", "Sen. Denise Pryor chaired the hearing.\n\nRenata Svoboda, a floodplain administrator, "
     "testified that maps are out of date.\n\nPryor asked Svoboda whether builders were rushing to pull permits.\n\n"
     "\u201cThey are. I can see it in the numbers,\u201d she said.",
     [("They are. I can see it in the numbers,", "direct", "Renata Svoboda")]),
    ("said-to-asked", "Sen. Denise Pryor chaired the hearing.\n\nRenata Svoboda, a floodplain administrator, "
     "testified.\n\nPryor asked Svoboda about permits. Svoboda said builders were waiting.\n\nPryor said the "
     "committee would write to FEMA.\n\n\u201cWe will want answers,\u201d she said.",
     [("We will want answers,", "direct", "Denise Pryor")]),
    ("said-to-asked", "Coach Brett Haliburton spoke first.\n\nCraig Vandermeer runs the arenas.\n\nAt a session on "
     "Wednesday, Haliburton asked Vandermeer whether the city had considered closing some arenas early.\n\n"
     "\u201cWhy not close two rinks at 11?\u201d he asked.\n\n\u201cThe leagues would lose their slots,\u201d "
     "Vandermeer replied.", [("Why not close two rinks at 11?", "direct", "Brett Haliburton"),
                             ("The leagues would lose their slots,", "direct", "Craig Vandermeer")]),
    ("said-to-asked", "Mayor Ian Lindgren spoke after the vote.\n\nLindgren said he had asked Tom Prentice, the "
     "transit director, to come back with other ways to find the money.\n\n\u201cEverything is on the table,\u201d "
     "he said.", [("Everything is on the table,", "direct", "Ian Lindgren")]),
    # A local government's "of" phrase opened by a royal title is a place's, whatever given name follows.
    ("city-of-titled-place", BODY + "The City of Prince Rupert wants industry to pay more for water.\n\nA staff "
     "report says industry uses \u201croughly 58 per cent\u201d of metered water.",
     [("roughly 58 per cent", "partial", "City of Prince Rupert")]),
    # A staff report's city when the copy names it only as the place the story is in ("Landlords in Hamilton"), or
    # in its dateline, and calls it "the city" or "town council".
    ("staff-report-story-place", "Hamilton wants landlords billed\n\nLandlords in Hamilton could soon be sent the "
     "bill. A proposal going to the city\u2019s planning committee would charge them.\n\nA staff report says those "
     "visits cost the city \u201croughly $1.4 million in staff time annually.\u201d",
     [("roughly $1.4 million in staff time annually.", "partial", "City of Hamilton")]),
    ("staff-report-story-place", "Guelph riders push back\n\nGuelph is looking at moving its bus terminal.\n\nA "
     "staff report going to council next week recommends moving Guelph Transit's hub to a city-owned lot.\n\nThe "
     "report says the loop \u201ccannot accommodate\u201d more buses.", [("cannot accommodate", "partial",
                                                                      "City of Guelph")]),
    ("staff-report-story-place", "Barrie owners push back on patio fee\n\nDowntown Barrie restaurants may soon have "
     "to pay for patios.\n\nA staff report going to city council's committee recommends a fee.\n\nThe report "
     "says the city recovers \u201cnone of the cost.\u201d", [("none of the cost.", "partial", "City of Barrie")]),
    # A council that spoke last is the one a local report went to, not its maker.
    ("report-to-council", BODY.replace("City council", "Kelowna city council") + "The City of Kelowna is moving "
     "ahead with a plaza.\n\nCouncil voted 6-3 on Monday for the designs, and said it \u201cwants the plaza.\u201d"
     "\n\nA report to council says the lot is \u201cat or near capacity\u201d on weekends.",
     [("wants the plaza.", "partial", "Council"), ("at or near capacity", "partial", "City of Kelowna")]),
    # A regional government is a local one ("The Region of Waterloo"), and "It says" after a staff report that quoted
    # nobody is that government's.
    ("staff-report-region", BODY + "The Region of Waterloo wants to end a program of bus shelters, and Grand River "
     "Transit uses a ridership threshold.\n\nA staff report going to the region's committee says the program "
     "received 37 applications. It says the average wait was \u201cjust under 31 months.\u201d",
     [("just under 31 months.", "partial", "Region of Waterloo")]),
    ("staff-report-story-place", "Beach fee riles neighbours\n\nCOBOURG, ONT. -- Visitors will pay $30 a day to "
     "park, under a fee approved by town council this week.\n\nA staff report presented to council in May says the "
     "fee is meant to \u201crecover a fair share of the cost.\u201d",
     [("recover a fair share of the cost.", "partial", "Town of Cobourg")]),
    # "It says" after a document dated by its year that names its maker: "A 2027 evacuation study by X says".
    ("it-dated-document", BODY + "Rockaway Beach is debating a bridge. The city estimates it would cost $19 million."
     "\n\nA 2027 evacuation study by the Oregon Department of Geology and Mineral Industries says the waves could "
     "come in 20 minutes. It says that many people \u201cwould be unable to reach high ground.\u201d",
     [("would be unable to reach high ground.", "partial", "Oregon Department of Geology and Mineral Industries")]),
    # A French body's name runs to a place with its article ("Comité citoyen pour l'air de La Tuque"): the
    # spokesperson before it is the speaker, no piece of the name.
    ("french-body-place", BODY + "Raymond B\u00e9gin, a spokesperson for the Comit\u00e9 citoyen pour l'air de La "
     "Tuque, a residents' group that has pushed for tighter limits since 2017, said the request \u201crewards a "
     "company that ran out the clock.\u201d",
     [("rewards a company that ran out the clock.", "partial", "Raymond B\u00e9gin")]),
    # A long relative clause after a name, a naming participle inside it: the name before it speaks, not the
    # body the clause describes.
    ("long-relative", BODY + "Mireille Cormier, who organizes free lessons and Saturday cleanups at the park "
     "through a volunteer group called the Moncton Skate Collective, called the proposal \u201cpaving over the one "
     "place kids actually go downtown.\u201d",
     [("paving over the one place kids actually go downtown.", "partial", "Mireille Cormier")]),
    # A person described before the verb by up to five modifiers, "and" or "of" among them, or by an age alone, then
    # "who": the subject "he" or "she" means next, not the last one named.
    ("described-who", "Sen. Luke Brandvold chaired the panel.\n\n\u201cHundreds,\u201d Brandvold said.\n\nA North "
     "Dakota wheat and canola farmer who testified on the second panel said he waited 14 months.\n\n\u201cI did "
     "everything they asked,\u201d he said.", [("Hundreds,", "direct", "Luke Brandvold"),
                                               ("I did everything they asked,", "direct",
                                                "a North Dakota wheat and canola farmer")]),
    ("described-who", "Coun. Bryce Allaby said the decision was about parking.\n\nHe said staff had no site.\n\nA "
     "15-year-old who has skated at the park since he was nine told council that kids walk there.\n\n\u201cI "
     "can't get to a park in Dieppe,\u201d he said.",
     [("I can't get to a park in Dieppe,", "direct", "a 15-year-old")]),
    ("described-who", "Carla Kowalchuk, the library's director, said fines were different.\n\nShe said the fee "
     "would be capped.\n\nA University of Saskatchewan nursing student who has borrowed a laptop every week said "
     "she worries.\n\n\u201cI don't have a laptop at home,\u201d she said.",
     [("I don't have a laptop at home,", "direct", "a University of Saskatchewan nursing student")]),
    # A bare surname two relatives share, then "she": the one of them "she" fits, not the nearer one nor another
    # woman.
    ("namesake-pronoun", BODY + "Evelyn Marchuk has lived in Porter Creek for 40 years.\n\nHer son, Peter "
     "Marchuk, lives in Riverdale.\n\nCity manager Dana Whitcombe said staff would like to expand the program. She "
     "spoke on Monday.\n\nBack in Porter Creek, Marchuk has already dragged an old recliner into the garage.\n\n"
     "\u201cIf they charge me, I will pay it,\u201d she said.",
     [("If they charge me, I will pay it,", "direct", "Evelyn Marchuk")]),
    # A scene after a dateline whose state's abbreviation ends in a period ("FLORENCE, Ore. — On a side street ...
    # River, a man ... is scraping"): the man is the subject "he" means, never a deck's group ("People living in
    # them say"), which is no one's name.
    ("dateline-scene", "An Oregon town weighs a ban on sleeping in RVs\n\nFlorence says complaints have tripled. "
     "People living in them say they have nowhere else to go.\n\nNora Castellanos\n\nFLORENCE, Ore. \u2014 On a "
     "side street a few blocks from the Siuslaw River, a man in a fleece jacket is scraping salt off a windshield."
     "\n\n\u201cI\u2019m not hiding,\u201d he says.\n\nHe is Ronnie Acuff, 66, a retired trucker.",
     [("I\u2019m not hiding,", "direct", "Ronnie Acuff")]),
    # "The company" is never a regulator the company asked: "X Ltd. has asked the BC Energy Regulator to ..."
    ("company-not-regulator", BODY + "Tidewater Pacific LNG Ltd. has asked the BC Energy Regulator to raise its cap "
     "on flaring.\n\nThe company's application says the limits are \u201cnot achievable.\u201d",
     [("not achievable.", "partial", "Tidewater Pacific LNG Ltd")]),
    # "It says" after a document that spoke in the sentence before is whoever that document was given to.
    ("it-after-document", "A Vermont Town Votes on Its Library\n\nThe select board met on Monday.\n\nA report "
     "commissioned by the select board from Green Mountain Structural, an engineering firm in Montpelier, says the "
     "building is \u201csound in its primary framing\u201d but needs a roof. It says the steeple will require "
     "\u201csignificant stabilization within five years.\u201d",
     [("sound in its primary framing", "partial", "Green Mountain Structural"),
      ("significant stabilization within five years.", "partial", "Green Mountain Structural")]),
    # A given name tells "she" from "he" whichever list of common names holds it ("Loretta"), so a woman named
    # before an unnamed aide is the "she" of her own next quote.
    ("given-name-gender", BODY + "Loretta Vance, chief of the FCC's Enforcement Bureau, testified on Tuesday.\n\nA "
     "committee aide, who spoke on condition of anonymity, said the offices were close to a deal.\n\n\u201cThey "
     "want the same thing,\u201d the aide said.\n\nVance told reporters that she expects more blocked carriers."
     "\n\n\u201cEvery time we cut one off, the calls drop,\u201d she said.",
     [("They want the same thing,", "direct", "a committee aide"),
      ("Every time we cut one off, the calls drop,", "direct", "Loretta Vance")]),
    # A line near the top that is only a name is the writer's byline, but not one the byline scan's reach cuts in
    # two: "Walt Kova|lchuk-Reyes, 71, worked ..." is a person in the story.
    ("byline-reach", ("The mill's retirees met on Monday. " * 30)[:960] + "\n\nA union spoke for them.\n\nRonald "
     "Kovalchuk-Reyes, 71, worked 38 years in the mill.\n\n\u201cI found out from a Facebook post,\u201d he "
     "said.", [("I found out from a Facebook post,", "direct", "Ronald Kovalchuk-Reyes")]),
    # A body named for its province before what it does is no person ("Nova Scotia Health"), so the director before
    # it keeps his "he" after a question.
    ("regional-body", BODY + "\u201cWho thought that through?\u201d said Edna Surette, 79.\n\nKirk Boudreau, "
     "director of operations for Nova Scotia Health's western zone, said a ramp will be installed.\n\n\u201cI "
     "understand the reaction,\u201d he said.", [("Who thought that through?", "direct", "Edna Surette"),
                                                  ("I understand the reaction,", "direct", "Kirk Boudreau")]),
    # A family's name before what is theirs ("the Ibarra place") is no person, so "He is Ramón Ibarra" names the man
    # the scene described.
    ("family-modifier", BODY + "At 5:30 in the morning, the milking barn on the Ibarra place is loud. Cows shuffle "
     "through, and a man in a feed-stained jacket walks the line with a clipboard.\n\n\u201cEvery one of these "
     "girls has a number,\u201d he says.\n\nHe is Ram\u00f3n Ibarra, 52, and his dairy sits near the river.",
     [("Every one of these girls has a number,", "direct", "Ram\u00f3n Ibarra")]),
    # A person described by where they are, the province's abbreviation after the place, then "who": the "she" of
    # her next quote, never the abbreviation read as a name.
    ("described-placed-who", BODY + "A nurse in Brampton, Ont., who bought a used SUV last year, said the dealer "
     "added fees.\n\n\u201cI asked what it was for,\u201d she said.",
     [("I asked what it was for,", "direct", "a nurse in Brampton, Ont.")]),
    # A passer-by described first and named in the next paragraph by a pastime's noun ("The gardener, X,", "The
    # boater, X,") is the one who spoke: the noun is a role the description never used, and the name is theirs.
    ("described-named-by-pastime", BODY + "A woman loading bags of mulch into a minivan said she has come every "
     "spring since 2011.\n\n\u201cIt's the one thing the city does for us,\u201d she said.\n\nThe gardener, "
     "Odile Farquharson, said she grows most of her family's beans.\n\nA man who has moored a sailboat at the "
     "dock for 19 years said the fuel pumps matter.\n\n\u201cWhere else would we fill up?\u201d he said.\n\n"
     "The boater, Lucien Tremblay-Gauthier, is the commodore of a cruising club.",
     [("It's the one thing the city does for us,", "direct", "Odile Farquharson"),
      ("Where else would we fill up?", "direct", "Lucien Tremblay-Gauthier")]),
    # A name with its own verb opening the paragraph after one of a group described spoke ("One of the drivers ...
    # “…,” she said." then "Tanya X said after the vote") is that speaker, but not a name with a role of its own, nor
    # one kept unnamed after a clause of their own and "and".
    ("described-named-next", BODY + "One of the drivers who spoke during the public comment was a nurse who drives "
     "to Decatur four days a week.\n\n\u201cI paid $14 one night in March,\u201d she told the board.\n\n"
     "Marisela Quarrington-Dube said after the vote that she is looking at jobs closer to home.\n\nOne of her "
     "neighbours, who has lived on the street for 15 years and asked not to be named, said the vote split them."
     "\n\n\u201cNobody talks about anything else,\u201d she said.\n\nState Rep. Loreen Haddad-Voss raised the "
     "case on Wednesday.\n\nOne man who was in the room remembers it differently.\n\n\u201cWe were told it "
     "was settled,\u201d he said.\n\nGareth Pomeroy-Lind, one of the county's three commissioners, says the "
     "county has no say.",
     [("I paid $14 one night in March,", "direct", "Marisela Quarrington-Dube"),
      ("Nobody talks about anything else,", "direct", "one of her neighbours"),
      ("We were told it was settled,", "direct", "one man")]),
    # The statement published with rules nobody was said to make is the rule-maker's, the body its own clause opens
    # with ("... says Transport Canada received “more than 900 complaints”"), never the gazette they ran in.
    ("companion-clause-body", BODY + "Ferry operators will have to post fares online under federal rules published "
     "in the Canada Gazette on Wednesday.\n\nThe regulatory impact analysis statement published with the rules says "
     "Transport Canada received \u201cmore than 900 complaints\u201d about hidden fees. It says many travellers "
     "\u201conly learned the price at the terminal.\u201d",
     [("more than 900 complaints", "partial", "Transport Canada"),
      ("only learned the price at the terminal.", "partial", "Transport Canada")]),
    # A state's auditing office is a body of its own, named by its title and "of" ("The Tennessee Comptroller of the
    # Treasury found", "the Ohio Auditor of State"): its audit speaks for it, whatever the audit found of others.
    ("state-office-body", BODY + "The Kentucky Comptroller of the Treasury found that the county highway department "
     "paid a relative's company for equipment on 214 occasions.\n\nThe audit says the department \u201cdid not "
     "obtain quotes or bids\u201d for any of the rentals.\n\nAn audit by the Ohio Auditor of State found the "
     "village \u201cnever reconciled its accounts.\u201d",
     [("did not obtain quotes or bids", "partial", "Kentucky Comptroller of the Treasury"),
      ("never reconciled its accounts.", "partial", "Ohio Auditor of State")]),
    # An office named by its holder's title ("the county prosecutor's office") is that office, never another body's
    # office named before; and "the county" is the county, never that office.
    ("holders-office", BODY + "The audit was released by Lindenwood County on Monday.\n\n\u201cThe money is "
     "gone,\u201d said Dana Whitfield, a spokeswoman for the Ohio Auditor of State's office.\n\nThe county "
     "prosecutor's office said in a statement that it \u201chas received the referral.\u201d\n\nIn a statement, "
     "the county said the fund is \u201cbeing rebuilt.\u201d",
     [("The money is gone,", "direct", "Dana Whitfield"),
      ("has received the referral.", "partial", "county prosecutor's office"),
      ("being rebuilt.", "partial", "Lindenwood County")]),
    # "the worker said" with no worker named is the unnamed person the writer's last sentence was about, described by
    # other words ("A city staff member who cleans the building ... said"), not somebody new.
    ("definite-role-unnamed", BODY + "A city staff member who cleans the building, and who asked not to be named "
     "because she is not permitted to speak to reporters, said the fee would not fix the problem.\n\n\u201cPut in "
     "more toilets,\u201d the worker said.",
     [("Put in more toilets,", "direct", "a city staff member")]),
    # A staff report in a story that names its city only before what is there ("a Barrie elementary school",
    # "Barrie's general committee") is that city's; a person's possessive ("Lauren Wiebe ... Wiebe's") or a street
    # ("Wyndham Street") named as often is never the city.
    ("story-place-modifier", "A pedestrian crossover in front of a Barrie elementary school could be removed next "
     "spring, and parents say the city is making the walk more dangerous.\n\nLauren Wiebe, who walks her son to "
     "school, said Wiebe's family uses it on Wyndham Street every day, and the Wyndham crossover is busy.\n\nA "
     "staff report going to Barrie's general committee on Wednesday recommends taking it out.\n\nThe report says "
     "the crossover \u201cdoes not meet current provincial spacing guidance.\u201d",
     [("does not meet current provincial spacing guidance.", "partial", "City of Barrie")]),
    # "The company's application" is the company's, never the ministry it was sent to: a government body's "of" name
    # ("Ministry of Natural Resources") is no company even when it ends in a word companies end in.
    ("company-owner-document", BODY + "Ostergaard Aggregates Ltd. has asked the Ministry of Natural Resources to "
     "amend its licence for the pit.\n\nThe company's application says \u201capproximately 6.4 million tonnes"
     "\u201d lie beneath the water table.",
     [("approximately 6.4 million tonnes", "direct", "Ostergaard Aggregates Ltd")]),
    # Terms in marks listed before the noun they name ("“administrative,” “gate” or “after-hours release” fees") are
    # the writer's labels, none of them speech, whoever the sentence's subject is.
    ("listed-terms", BODY + "Lundgren said many operators charged \u201cadministrative,\u201d \u201cgate\u201d "
     "or \u201cafter-hours release\u201d fees on top of the towing bill.\n\n\u201cIt was $287 that morning,"
     "\u201d she said.",
     [("administrative,", "other", None), ("gate", "other", None), ("after-hours release", "other", None),
      ("It was $287 that morning,", "direct", "Lundgren")]),
    # "The report says" after "The review by X found" is X's: a review or an examination is the report by another
    # name, and an audit cited at the end of a clause (", the audit found, and ...") tells of that clause's subject,
    # never that its subject made it.
    ("report-other-names", BODY + "The review by the Vermont Department of Audits found that the county paid "
     "Birchline Trapping LLC for 3,870 beavers. The company could document 1,140 of them, the audit found, and the "
     "county kept no records.\n\nThe report says the county \u201crelied entirely on the contractor's "
     "invoices.\u201d\n\nThe special examination by the Auditor of Public Accounts found that Boyd County "
     "collected the fees. The report says the money was \u201cnot subject to review.\u201d",
     [("relied entirely on the contractor's invoices.", "partial", "Vermont Department of Audits"),
      ("not subject to review.", "partial", "Auditor of Public Accounts")]),
    # A library or a museum is a body ("the Prince Albert Public Library", never a "Prince" called Albert Public
    # Library), so the note prepared for its board is its own.
    ("library-body", "Under a plan the Prince Albert Public Library's board will vote on next month, cards would "
     "cost $60.\n\nA briefing note prepared for the board says non-residents account for \u201croughly 28 per cent "
     "of all checkouts.\u201d",
     [("roughly 28 per cent of all checkouts.", "partial", "Prince Albert Public Library")]),
    # ... and a place's possessive before a name of what is there ("Moncton's Centennial Park") names it as well.
    ("story-place-possessive", "Moncton wants to turn two tennis courts into pickleball courts.\n\nTwo of the "
     "courts at Moncton's Centennial Park would be relined under a plan city council votes on Monday.\n\nA staff "
     "report to council says demand has \u201cfar outpaced\u201d the courts.",
     [("far outpaced", "partial", "City of Moncton")]),
    # A surname that is a title word ("Latoya Bishop", "Sen. Tim Judge", "Wendell Cardinal") is a name after a given
    # name, and alone later ("Bishop said") it is that person, not a bishop nobody named.
    ("surname-title-word", BODY + "The witness, Latoya Bishop, said it took her 11 days to raise the money.\n\n"
     "\u201cI lost a job,\u201d Bishop said.\n\nSen. Tim Judge, who chairs the panel, said the bill is dead."
     "\n\n\u201cNot this year,\u201d Judge said.",
     [("I lost a job,", "direct", "Latoya Bishop"), ("Not this year,", "direct", "Tim Judge")]),
    # A name read with its role after a possessive pronoun ("Her neighbour Heather Maki, who ..., said") is the
    # sentence's subject, so the next "she" is hers, not the woman named before.
    ("possessive-role-subject", BODY + "Margaret Oshie, 69, started a petition last week.\n\nHer neighbour Heather "
     "Maki, who runs a ski program for children, said an ungroomed trail is as good as closed.\n\n\u201cIt's over "
     "for the little ones,\u201d she said.",
     [("It's over for the little ones,", "direct", "Heather Maki")]),
    # A government agency is no news agency ("the Canadian Transportation Agency"; but "Fars News Agency"), and a
    # document is the body's its own clause says made it ("The regulatory impact analysis that Health Canada published
    # with the rule says"), never the agency named just before.
    ("government-agency", BODY + "The Canadian Transportation Agency received 11,800 complaints last year. The "
     "regulatory impact analysis statement published with the rules says many passengers \u201cwere not "
     "informed.\u201d\n\nThe Canada Revenue Agency will forward the names to the registry.\n\nThe regulatory "
     "impact analysis statement that Health Canada published with the rule calls the gap \u201clargely a problem "
     "of convenience.\u201d\n\nThe regulatory impact analysis Transport Canada published with the amendments "
     "estimates the cost at $38-million. It says the allowance \u201cmay be subject to abuse.\u201d",
     [("were not informed.", "partial", "Canadian Transportation Agency"),
      ("largely a problem of convenience.", "partial", "Health Canada"),
      ("may be subject to abuse.", "partial", "Transport Canada")]),
    # A report going to one of the council's committees ("A report going to the city's executive committee") is the
    # city's, the committee only where it went.
    ("report-to-committee", "Anyone who wanted to launch a boat in Rimouski could park free.\n\nThat could change "
     "next spring in Rimouski. A report going to the city's executive committee on Monday recommends pay stations."
     "\n\nThe report says the lot \u201cis full before 9 a.m.\u201d",
     [("is full before 9 a.m.", "partial", "City of Rimouski")]),
    # A name in marks inside the sentence before a quote paragraph ('She said the city's “Sort It Right” campaign
    # ...') is no quote between them: the paragraph is still hers.
    ("name-in-marks-between", BODY + "\u201cEvery tonne we ship south is expensive,\u201d Danielson said.\n\nShe "
     "said the city's \u201cSort It Right\u201d campaign never reached many tenants.\n\n\u201cA poster in two "
     "languages isn't outreach.\u201d",
     [("Every tonne we ship south is expensive,", "direct", "Danielson"), ("Sort It Right", "other", None),
      ("A poster in two languages isn't outreach.", "direct", "Danielson")]),
    # A count of things ("312 calls") is no cue, so the report whose clause holds it speaks ("A Fairfax County Police
    # Department report presented to the board says officers responded to 312 calls and that ...").
    ("counted-noun-no-cue", BODY + "A Lindenwood County Police Department report presented to the board says "
     "officers responded to 312 calls, and that the terminals \u201cfrequently hold cash overnight.\u201d",
     [("frequently hold cash overnight.", "partial", "Lindenwood County Police Department")]),
    # A document's lowercase owner ("The aquarium's application") is the body whose name holds the word, one the scan
    # read as a name too ("Aquarium Côte-de-Beaupré"), never the ministry it went to.
    ("owner-word-body", BODY + "Aquarium C\u00f4te-de-Beaupr\u00e9 must stop keeping whales by 2030.\n\nThe "
     "aquarium's application to the Environment Ministry says the belugas have \u201cchronic dental conditions."
     "\u201d It says no facility is \u201ccurrently in a position to receive them.\u201d",
     [("chronic dental conditions.", "partial", "Aquarium C\u00f4te-de-Beaupr\u00e9"),
      ("currently in a position to receive them.", "partial", "Aquarium C\u00f4te-de-Beaupr\u00e9")]),
    # A ministry's name that lists its fields after "of the" ("the Ministry of the Environment, Conservation and Parks")
    # is one body, so the name apposed after it is the spokesperson's, never "Conservation".
    ("ministry-fields-list", BODY + "A spokesperson for the Ministry of the Environment, Conservation and Parks, "
     "Jordan Pelletier-Mbeki, said in a statement that anyone can report a spill \u201c24 hours a day.\u201d",
     [("24 hours a day.", "partial", "Jordan Pelletier-Mbeki")]),
    # "The first witness" is one person, not a group ("witness" ends in its own "s"), so she is the "she" of the quote
    # after her description, and the name given next is hers.
    ("witness-one-person", BODY + "\u201cWe strap in the driver and not the kids,\u201d Sen. Ellen Marchetti said."
     "\n\nThe first witness was a mother from northern Minnesota whose son was thrown from his seat.\n\n\u201cHe "
     "was 9. He hit the window,\u201d she told the committee.\n\nThe witness, Carolyn Stroud of Bemidji, said her "
     "son spent 11 days in the hospital.",
     [("We strap in the driver and not the kids,", "direct", "Ellen Marchetti"),
      ("He was 9. He hit the window,", "direct", "Carolyn Stroud")]),
    # A restrictive "who" clause of a dozen words is still the subject's description ("A county employee who worked
    # in the courthouse during the years covered by the audit said"): the employee speaks, never the audit.
    ("long-who-clause", BODY + "A county employee who worked in the courthouse during the years covered by the "
     "audit, and who asked not to be named because she still works for the county, said the deposits were \u201c"
     "never anybody's job to check.\u201d\n\nA clerk who has handled the permits at the front counter for most "
     "of the last decade said the forms were \u201cimpossible to follow.\u201d",
     [("never anybody's job to check.", "partial", "a county employee"),
      ("impossible to follow.", "partial", "a clerk")]),
    # "A widow" is a new person, as "a woman" is, so the "she" of the quote after her is the widow, not the last woman
    # named, and the name "The woman, X," gives next is hers.
    ("widow-new-person", BODY + "\u201cYou have a person, not a system,\u201d said auditor Karen Voss.\n\nThe "
     "problem came to light in May, when a widow went to the cemetery to arrange her husband's burial.\n\n\u201cI "
     "had the receipt for nine years,\u201d she said.\n\nThe woman, Evelyn Stroh, 81, said her husband was buried "
     "two rows over.",
     [("You have a person, not a system,", "direct", "Karen Voss"),
      ("I had the receipt for nine years,", "direct", "Evelyn Stroh")]),
    # A body's name for its own thing is a name, not speech: "a program the city is calling “Light the Path.”" (the
    # body the subject, past its auxiliaries), "the rule, which the agency finalized and calls its “Safe Staffing
    # Standard,”"; a person who calls a plan so still characterizes it.
    ("body-names-own-thing", BODY + "Businesses could keep a stretch lit under a sponsorship program the city is "
     "calling \u201cLight the Path.\u201d\n\nThe rule, which the agency finalized in 2027 and calls its \u201cSafe "
     "Staffing Standard,\u201d requires a nurse on site.\n\nCouncillor Ann Roe called the plan \u201ca toll on "
     "safety.\u201d",
     [("Light the Path.", "other", None), ("Safe Staffing Standard,", "other", None),
      ("a toll on safety.", "partial", "Ann Roe")]),
    # The same with the thing named between the verb and the name ("The province calls the program the “...”", "The
    # city is calling it “...”"): a government names its own program.
    ("body-names-object", BODY + "Growers can apply for $4,000 a hectare. The province calls the program the "
     "\u201cOrchard Continuity Payment.\u201d\n\nThe county is calling it \u201cTag It, Bag It,\u201d and "
     "Mayor Dana Holt said it was \u201clong overdue.\u201d",
     [("Orchard Continuity Payment.", "other", None), ("Tag It, Bag It,", "other", None),
      ("long overdue.", "partial", "Dana Holt")]),
    # A name read before a second aside may be only the end of a longer one, after a titled name: the region after a
    # place ("the mayor of Grand Forks, B.C., where ..., called") or the end of the body a role holds ("the executive
    # director of Humane Wildlife Thunder Bay, a volunteer group ..., called"); the titled name speaks.
    ("longer-name-before-aside", BODY + "Everett Lund, the mayor of Grand Forks, B.C., where the river flooded "
     "much of downtown in 2018, called the plan \u201clong overdue.\u201d\n\nPriya Raman, the executive director "
     "of Humane Wildlife Thunder Bay, a volunteer group that runs a hotline for injured animals, called the cull "
     "\u201ca harvest in name only.\u201d",
     [("long overdue.", "partial", "Everett Lund"), ("a harvest in name only.", "partial", "Priya Raman")]),
    # "The agency" is never the wire service the copy came from or that obtained a document; with no agency named by
    # its head, it is the government body the copy made a subject ("Parks Canada plans ...").
    ("agency-not-the-wire", "Parks Canada to cap campsite bookings\n\nBy Dana Whitford\n\nThe Canadian Press\n\n"
     "BANFF, Alta. \u2014 Parks Canada plans to limit each reservation account to three campsite bookings.\n\nA "
     "briefing note obtained by The Canadian Press says bots made \"tens of thousands\" of attempts.\n\nThe agency "
     "said in a statement that the changes are \"a first step.\"",
     [("tens of thousands", "partial", "Parks Canada"), ("a first step.", "partial", "Parks Canada")]),
    # A report "from administration" is the city's, as a staff report is; and a city named with its modifier
    # ("Greater Sudbury") is the same place as "Sudbury", so two namings make it the story's city.
    ("report-from-administration", "Regina weighs a fee for field lights\n\nLeagues at Regina's outdoor fields "
     "could soon be billed for the power under the city's draft budget.\n\nA report from administration says "
     "the cost has risen \u201cby more "
     "than 60 per cent\u201d since 2022.",
     [("by more than 60 per cent", "partial", "City of Regina")]),
    ("greater-city-named-twice", "Sudbury weighs looser tree rules\n\nHomeowners in Greater Sudbury could soon "
     "cut down three trees a year without asking the city first.\n\nA staff report to the committee says the "
     "permits took \"nearly two full-time positions.\"",
     [("nearly two full-time positions.", "partial", "City of Greater Sudbury")]),
    # A staff report's maker is never a body a deck only described ("Volunteer group says ..."); a city the copy names
    # at a paragraph's start before what is there ("Fredericton residents could") is the story's city; a staff report
    # to a board of its own ("to the board" of a library) is that body's, not the city's.
    ("deck-group-no-issuer", "Fredericton wants to stop picking up glass at the curb\n\nVolunteer group says plan "
     "will 'put more glass in the garbage'\n\nFredericton residents could soon have to drive their jars to a depot "
     "if city council approves a plan.\n\nA staff report going to council's committee of the whole recommends the "
     "change.\n\nThe report says broken glass \"contaminates a far larger share\" of the paper.",
     [("put more glass in the garbage", "partial", "Volunteer group"),
      ("contaminates a far larger share", "partial", "City of Fredericton")]),
    ("staff-report-to-board", "The Moose Jaw Public Library wants to close its mall branch, a move that would leave "
     "the city's north end without a library.\n\nThe library board will vote on Dec. 14.\n\nA staff report to "
     "the board says the lease \"no longer represents good value for the library system.\"",
     [("no longer represents good value for the library system.", "partial", "Moose Jaw Public Library")]),
    # A year or count inside an unnamed source's description goes on with it ("A tenant in a 1962 building in
    # Hamilton's east end said", "an officer with 12 years on the force"), so she is the "she" of the quote after it.
    ("number-in-description", BODY + "\u201cTenants end up paying twice,\u201d Ms. Nwosu said.\n\nA tenant in a "
     "1962 building in Hamilton's east end said her hydro bill ran to $410 in January.\n\n\u201cI keep two rooms "
     "warm,\u201d she said.",
     [("Tenants end up paying twice,", "direct", "Ms. Nwosu"),
      ("I keep two rooms warm,", "direct", "a tenant in a 1962 building in Hamilton's east end")]),
    # An unnamed source's place may end on its state (", Minn.,"), which is no name apposed to the role, and an aside
    # may follow it ("An angler from Bemidji, Minn., reached by phone, said"): the angler is the "he" after it.
    ("state-after-description", BODY + "\u201cWe found out from a news release,\u201d Gillespie said.\n\nAn angler "
     "from Bemidji, Minn., reached by phone, said he has spent two weeks every June at a lodge.\n\n\u201cIt is "
     "still less than I spend on minnows,\u201d he said.\n\nThe angler, Duane Stenberg, 74, said he has booked.",
     [("We found out from a news release,", "direct", "Gillespie"),
      ("It is still less than I spend on minnows,", "direct", "Duane Stenberg")]),
    # A man who asked a question is named by another noun after the official's answer, one paragraph later: "A man
    # who runs a dairy farm ... asked" ... "“...,” Blois answered." and then "The farmer, Murray Creelman, said".
    ("named-after-answer", BODY + "A man who runs a dairy farm outside the village stood up and asked Blois how much "
     "longer residents should wait.\n\n\"Give us a number,\" he asked.\n\n\"We could have a new well by 2031,\" "
     "Blois answered.\n\nThe farmer, Murray Creelman, said after the meeting that he hauls water to his parents.",
     [("Give us a number,", "direct", "Murray Creelman"), ("We could have a new well by 2031,", "direct", "Blois")]),
    # A role a sentence's possessor has is the person who opens it ("The committee's last witness, a retired mill
    # worker ..., described"), the "she" of the quote after her, never the committee.
    ("owned-role-subject", BODY + "A department spokesperson, Alicia Brandt, said it \u201chas not received a "
     "request.\u201d\n\nThe committee\u2019s last witness, a retired mill worker from Rumford, Maine, described "
     "filling her tank twice in January.\n\n\u201cThe second delivery was $1,180,\u201d she said.\n\nThe "
     "witness, Ruth Bergeron, told lawmakers she had applied for help.",
     [("has not received a request.", "partial", "Alicia Brandt"),
      ("The second delivery was $1,180,", "direct", "Ruth Bergeron")]),
    # A document by "the city's engineering staff" is the city's; a commission's staff speak as such.
    ("city-owned-staff", "Corner Brook may cut crossing guards\n\nCorner Brook parents say the city's plan puts "
     "children at risk.\n\nA traffic review by the city's engineering staff says pedestrian counts fell \"well below "
     "the warrant.\"",
     [("well below the warrant.", "partial", "City of Corner Brook")]),
    # A draft, a bylaw and an ordinance are documents that speak for whoever made them: "A draft bylaw that goes to
    # council's committee of the whole ... The draft says" is the city's.
    ("draft-bylaw-document", "Grande Prairie to license mobile home parks\n\nResidents of several Grande Prairie "
     "parks told council about sewage backing up.\n\nA draft bylaw that goes to council's committee of the whole "
     "on Monday would require operators of the city's parks to buy a licence.\n\nThe draft says the city has "
     "\u201cno current mechanism\u201d to require repairs.",
     [("no current mechanism", "partial", "City of Grande Prairie")]),
    # The object of an infinitive before the verb is no subject: "An independent panel appointed to review the report
    # says" is the panel, never the report; "to what he called" keeps its pronoun.
    ("infinitive-object", BODY + "An independent panel appointed to review the report says the curriculum is "
     "\u201cnot ready for classrooms.\u201d",
     [("not ready for classrooms.", "partial", "an independent panel")]),
    # A state's auditing office named by its title alone ("The Louisiana Legislative Auditor's report covers ...")
    # is a body, whom the document's "It says" speaks for.
    ("state-auditor-title", BODY + "The Louisiana Legislative Auditor's report covers the office's collections "
     "from 2025 through 2028. It says the office \"did not maintain adequate records\" of payments.",
     [("did not maintain adequate records", "partial", "Louisiana Legislative Auditor")]),
    # A titled name "of" a body whose name opens on a number ("Chief Judge Elaine Broussard of the 18th Judicial
    # District said") speaks, as with any other body's name; so does an office "of" a body after a possessive.
    ("numbered-body-of", BODY + "Chief Judge Elaine Broussard of the 18th Judicial District said in a statement "
     "that the court had \"already made significant changes.\"",
     [("already made significant changes.", "partial", "Elaine Broussard")]),
    # A document by its capitalized title is a document ("The Regulatory Impact Analysis Statement ... says"), and the
    # body its clause opens with may have its people after its name ("says Health Canada inspectors reviewed").
    ("titled-document-body-staff", BODY + "Websites will have to show warnings under federal regulations published "
     "on Wednesday.\n\nThe Regulatory Impact Analysis Statement published with the rules says Health Canada "
     "inspectors reviewed 150 websites and found that \u201cthe most important facts appear below the fold.\u201d",
     [("the most important facts appear below the fold.", "direct", "Health Canada")]),
    # A time stamp line under the byline ("Posted February 8, 2030 1:45 pm") names nobody, so a later "the company"
    # is never "Posted February".
    ("timestamp-line", "Kelowna wants bike-share companies to get a licence\n\nBy Hailey Brennan\nPosted February "
     "8, 2030 1:45 pm\nUpdated February 8, 2030 6:20 pm\n\nKelowna wants to license bike-share operators.\n\n"
     "\u201cA fee of $60 per bike would force us to shrink our fleet,\u201d the company said.",
     [("A fee of $60 per bike would force us to shrink our fleet,", "direct", "company")]),
    # A report from a part of the city ("the city's parking services branch") is the city's; one by a named
    # department ("the county's Department of Planning and Zoning") or a named director is theirs.
    ("city-branch-report", "Saskatoon could charge $25 to appeal a parking ticket\n\nDrivers in Saskatoon who want "
     "to dispute a ticket could soon have to pay first, under a proposal the city's transportation committee will "
     "consider.\n\nA report from the city\u2019s parking services branch says \u201ca significant share\u201d of "
     "appeals have no evidence.",
     [("a significant share", "direct", "City of Saskatoon")]),
    # A role of two title words opening a sentence ("The general manager of a 94-room hotel ... said") is read whole,
    # never as "The general", so she is the "she" after it and "The manager, X," names her.
    ("compound-title-subject", BODY + "\u201cThose costs follow the visitors,\u201d Mayor Helena Strand said.\n\n"
     "The general manager of a 94-room hotel on Douglas Street said her guests see three lines of tax.\n\n\u201c"
     "People look at the bottom of the bill,\u201d she said.\n\nThe manager, In\u00eas Carvalho, said bookings had "
     "only just returned.",
     [("Those costs follow the visitors,", "direct", "Helena Strand"),
      ("People look at the bottom of the bill,", "direct", "In\u00eas Carvalho")]),
    # "Another witness, the chief operating officer of ..., said" is a new person, the "he" after him, whom "The
    # executive, X," names; "Another analyst, Kevin Dumont of ...," is named where he is described.
    ("another-opener", BODY + "\u201cI want to know who signed off,\u201d Desmond Abara said.\n\nAnother witness, "
     "the chief operating officer of a mid-size airport, said passengers blame the airport.\n\n\u201cThey don't "
     "write to the TSA,\u201d he said.\n\nThe executive, Raymond Tully of Birmingham, said the airport had offered "
     "to pay.\n\nAnother analyst, Kevin Dumont of Laurentian Capital, was more forgiving. He said the shift was "
     "\u201cexactly what you want to see.\u201d",
     [("I want to know who signed off,", "direct", "Desmond Abara"), ("They don't write to the TSA,", "direct",
      "Raymond Tully"), ("exactly what you want to see.", "partial", "Kevin Dumont")]),
    # An age opens an unnamed source with its article ("An 82-year-old widower in the London Road neighbourhood
    # said"), so he is the "he" after him and "The man, Walter Kwan," names him.
    ("age-in-opener", BODY + "\u201cA second system,\u201d Joel Sawatzky said.\n\nAn 82-year-old widower in the "
     "London Road neighbourhood said he fills about 40 bags every fall.\n\n\u201cMy cart holds four bags,\u201d he "
     "said.\n\nThe man, Walter Kwan, has raked his own yard since 1968.",
     [("A second system,", "direct", "Joel Sawatzky"), ("My cart holds four bags,", "direct", "Walter Kwan")]),
    # ... also a part of the city named by a list of its fields ("the city's water, waste and environment division").
    ("city-division-list", "Regina to raise sewer rates for large lots\n\nHomeowners in Regina could pay more under "
     "a plan going to the city's executive committee.\n\nA report from the city's water, waste and environment "
     "division says the change is \u201ca fairer reflection of each property's demand.\u201d",
     [("a fairer reflection of each property's demand.", "partial", "City of Regina")]),
    # A "who" or "whose" clause after a name is its clause whatever word follows ("who chairs the ... Council, a
    # volunteer group ..., calls", "whose husband, Rémi, has had Parkinson's ..., said"): the name speaks.
    ("who-whose-clause", BODY + "Kristin Halloway, who chairs the Yamhill Basin Watershed Council, a volunteer group "
     "that monitors streams, calls the promise \u201ca handshake, not a permit condition.\u201d\n\nGinette "
     "Charbonneau, whose husband, R\u00e9mi, has had Parkinson's disease for 11 years, said a visit is often "
     "cancelled \"when nobody comes to the door.\"",
     [("a handshake, not a permit condition.", "partial", "Kristin Halloway"),
      ("when nobody comes to the door.", "partial", "Ginette Charbonneau")]),
    # "In a statement, the company that ..., X, said": the statement is X's, the name past the role's relative clause.
    ("statement-past-relative", "The VA moved claims to a new system in March.\n\nIn a written statement, the "
     "company that processes claims for the VA in the western region, Ridgeline Federal Health Services, said it had "
     "\u201cmet its obligations.\u201d\n\n\u201cClaims are reaching us weeks later,\u201d the statement said.",
     [("met its obligations.", "partial", "Ridgeline Federal Health Services"),
      ("Claims are reaching us weeks later,", "direct", "Ridgeline Federal Health Services")]),
    # A document that came out with the rules is the issuer's who made them ("The regulatory impact analysis
    # statement that accompanies the rules"); an aside on how it came out stands before who prepared it.
    ("companion-document", "Ferries must refund fees, under federal regulations published on Wednesday.\n\nThe "
     "amendments to the Marine Passenger Regulations, made by the Canadian Transportation Agency and published in the "
     "Canada Gazette, take effect in April.\n\nThe regulatory impact analysis statement that accompanies the rules "
     "says the process is \u201cslow and inconsistent.\u201d",
     [("slow and inconsistent.", "partial", "Canadian Transportation Agency")]),
    ("making-aside", "Ottawa published the rules on Wednesday.\n\nThe regulatory impact analysis statement published "
     "with the rules, prepared by the Department of Finance, says most people \u201ccould not find the fee.\u201d",
     [("could not find the fee.", "partial", "Department of Finance")]),
    # A described subject opening the line after a subhead with no end mark is a sentence's subject all the same.
    ("described-after-subhead", "Council voted on Monday.\n\n'You can walk there'\n\nA father of three who lives "
     "near the Gatchell pool said the neighbourhood has nowhere else to swim.\n\n\"You can walk there,\" he said."
     "\n\nThe man, Rene Lafontaine, started a petition.", [("You can walk there", "direct", "Rene Lafontaine"),
                                                          ("You can walk there,", "direct", "Rene Lafontaine")]),
    # A relative clause after a name is no role: "whose husband" tells no gender of hers.
    ("whose-not-a-role", "\u201cSometimes that\u2019s an on-ramp,\u201d Benavides said.\n\nTonya Reese, whose "
     "husband, a driver for a flatbed carrier, was killed in 2026, testified after him.\n\n\u201cDarrell knew it "
     "wasn\u2019t safe,\u201d she said.", [("Sometimes that\u2019s an on-ramp,", "direct", "Benavides"),
                                          ("Darrell knew it wasn\u2019t safe,", "direct", "Tonya Reese")]),
    # "The owner of a shoe repair shop across from the lot said" is one unnamed person, as "A nurse at ..." is: "he"
    # next is him, and "The owner, X," names him.
    ("the-owner-of", "Patios could open on Main Street Unionville and Markham Village.\n\nThe owner of a shoe repair "
     "shop across from the lot said half of his customers drive in.\n\n\"Nobody takes the bus with six pairs of "
     "boots,\" he said.\n\nThe owner, Giorgos Pappadimas, has run the shop for 31 years.",
     [("Nobody takes the bus with six pairs of boots,", "direct", "Giorgos Pappadimas")]),
    # A document a sentence cites is not its subject's when a body or a county is what it tells of ("Pawnee County
    # paid ..., according to a state audit"); the auditor named next wrote it.
    ("cited-audit", "LARNED, Kan. (AP) \u2014 Pawnee County paid its grader operators $412,000 in overtime, according "
     "to a state audit released Thursday.\n\nThe Legislative Division of Post Audit reviewed payroll records from 2026 "
     "through 2028. The report says the department \"did not verify overtime claims.\"",
     [("did not verify overtime claims.", "partial", "Legislative Division of Post Audit")]),
    # "A staff report to council" is a document staff wrote (not staff described by a report): the city's.
    ("staff-report-to-council", "The City of Inuvik wants cabin owners to pay a fee for every water delivery.\n\nA "
     "staff report to council says the delivery rate \"has not reflected the cost of a trip since 2014.\"",
     [("has not reflected the cost of a trip since 2014.", "partial", "City of Inuvik")]),
    # A document no sentence gives a maker is named by nobody: the name in the next sentence is its own body's.
    ("document-not-named", "A staff report to city council in January warned that the lights \"could fail within "
     "three years.\"\n\nNorthbay Air, which flies the airport's only route, cancelled nine flights, the airline said."
     "\n\n\"Our crews will not land on a runway they cannot see,\" the airline said in a statement.",
     [("could fail within three years.", "partial", "staff report"),
      ("Our crews will not land on a runway they cannot see,", "direct", "Northbay Air")]),
    # A staff report is the local government's before it is the last body named: not the rec centre just listed.
    ("staff-report-before-last-body", "Ottawa city council will vote on parking fees at recreation centres next "
     "week.\n\nThe fees would apply at the Kanata Leisure Centre and the Nepean Sportsplex.\n\nA staff report says "
     "free parking \"creates an inequity\" between sites.",
     [("creates an inequity", "partial", "City of Ottawa")]),
    # A report from a body's people, with words between: "from city planning staff" is the city's.
    ("report-from-planning-staff", "Guelph city council will vote on the zoning next week.\n\nA report from city "
     "planning staff estimates the change would add \"between 3,000 and 5,000 units.\"",
     [("between 3,000 and 5,000 units.", "direct", "City of Guelph")]),
    # A royal title opens a place's name too: "a mother from Prince George\u2019s County" is the mother's place.
    ("titled-place", "The exchange drew groans from parents.\n\nA mother from Prince George\u2019s County, Md., said "
     "her son\u2019s account fell $300 behind.\n\n\u201cHe came home and said his card was in the red,\u201d she "
     "said.", [("He came home and said his card was in the red,", "direct",
                "a mother from Prince George\u2019s County")]),
    # A staff report prepared for a body named just before is that body's staff's, not the town's.
    ("staff-report-for-body", "A Rhode Island Town Votes to Build a Seawall\n\nVoters met in the gym of the "
     "town\u2019s only school.\n\nThe seawall still needs a permit from the state\u2019s Coastal Resources Management "
     "Council. A staff report prepared for the council last year says a wall would \u201clikely accelerate the loss "
     "of the beach.\u201d", [("likely accelerate the loss of the beach.", "partial",
                                "Coastal Resources Management Council")]),
    # A letter from one body to another is the first's: the addressee after "to the" ends the issuer's name.
    ("letter-from-to", "The solar farm needs a state permit.\n\nA letter from the Vermont Agency of Agriculture, Food "
     "and Markets to the Public Utility Commission in May says much of the site is \"prime agricultural soil.\"",
     [("prime agricultural soil.", "partial", "Vermont Agency of Agriculture")]),
    # A word that opens no name may stand inside one, between two that may ("Marlene Two Bulls"); "Nation" ends a
    # body's name ("Downstream First Nation").
    ("inner-name-word", "\u201cWe have families who have been waiting since I was in high school,\u201d said Marlene "
     "Two Bulls, who directs the tribe\u2019s utility.",
     [("We have families who have been waiting since I was in high school,", "direct", "Marlene Two Bulls")]),
    ("person-not-site", BODY + "Residents gathered outside Tamsin Greaves, who owns the corner store, to hear the "
     "news.\n\n“It was a shock,” she said.", [("It was a shock,", "direct", "Tamsin Greaves")]),]


# Known gaps, by the text of their case, with the reason they still fail.
KNOWN_GAPS = {
    OWNED_REPORT: "the owner of 'The inspector general\u2019s report' resolves to a new role, not the office the "
    "article named in a subordinate clause ('after the Social Security Administration\u2019s inspector general "
    "reported'), so 'It' has no named maker and falls back on the last body",
    BODY + "Fire Chief Ron Adams said the blaze started in the kitchen.\n\nThe fire killed a longtime "
    "resident, Tom Reed and his dog, Max. Neighbours said the house had no working smoke alarm. \"We "
    "knocked on every door on the street,\" he said.":
        "a name apposed to an object and joined by 'and' reads as a joined subject ('Last week, the project and three "
        "residents sued' needs that reading): no verb before the comma tells them apart yet",
    "Union Leaders Reject Offer, Call It ‘An Insult’\n\nThe vote was 41 to 3.":
        "a plural subject's verbs have no -s to tell them from its nouns, so the elided subject is not found",
    "Callahan, 17, left the court in tears. ‘A year ago I was playing juniors,’ the American said.":
        "a lone surname never introduced in full is only a weak subject, which epithets do not reach",
}


@pytest.mark.parametrize(("phenomenon", "text", "expected"), [
    pytest.param(*case, id=f"{case[0]}:{case[1][:40]}",
                 marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case[1]])] if case[1] in KNOWN_GAPS else [])
    for case in CASES])
def test_phenomenon(phenomenon, text, expected):
    found = [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in extract(text, OTHER).quotes]
    assert found == expected


@pytest.mark.parametrize(("text", "speakers"), [
    ("“We will appeal,” said Smith and Jones.", ["Smith", "Jones"]),
    ("“We will appeal,” Ann Lee and Bo Li said.", ["Ann Lee", "Bo Li"]),
    ("Ann Lee and Bo Li said the ruling was “a travesty.”", ["Ann Lee", "Bo Li"]),
    ("Union leaders Tamika Rowe and Hector Villanueva said: “We had no choice.”", ["Tamika Rowe", "Hector Villanueva"]),
    ("“We will appeal,” said Ann Lee, and Bo Li agreed.", ["Ann Lee"]),
    # Party labels between the names: the joint statements of wire copy.
    ("“This bill protects farmers,” said Sens. Ann Lee, D-Ore., and Tom Park, R-Utah.", ["Ann Lee", "Tom Park"]),
    ("“The deal is long overdue,” Reps. Nia Cole (D-Md.) and Brett Hale (R-Ohio) said in a joint statement.",
     ["Nia Cole", "Brett Hale"]),
    ("Reps. Nia Cole (D-Md.) and Brett Hale (R-Ohio) said in a joint statement that the deal was “long overdue.”",
     ["Nia Cole", "Brett Hale"]),
    ("Sens. Ann Lee, D-Ore., and Tom Park, R-Utah, said the bill would “protect farmers.”", ["Ann Lee", "Tom Park"]),
    ("In a joint statement, Sens. Ann Lee, D-Ore., and Tom Park, R-Utah, called the ruling “a gift to polluters.”",
     ["Ann Lee", "Tom Park"]),
    ("“We will not be bullied,” said Reps. Nia Cole, D-Md., and Brett Hale, R-Ohio, in a joint statement.",
     ["Nia Cole", "Brett Hale"]),
    ("“It is a start,” said Sen. Ann Lee, D-Ore., who opposed the first draft.", ["Ann Lee"]),
    ("“It is a start,” said Sen. Ann Lee, D-Ore., and the bill passed an hour later.", ["Ann Lee"]),
    # "The two men said" (an irregular plural) after two named together, and their statement then.
    ("The firm is owned by Kevin Strand and his business partner, Alain Roux.\n\nIn a statement issued through their "
     "lawyer, the two men said the company “delivered every deliverable.”", ["Kevin Strand", "Alain Roux"]),
    # "The two leaders said" after two titled people named together, party labels with place names and all.
    ("House Speaker Lorraine Patel (D-Prince William) and Senate Majority Leader Ed Vasquez (D-Norfolk) said they "
     "would act.\n\n“No family should learn it from a reporter,” the two leaders said.",
     ["Lorraine Patel", "Ed Vasquez"]),
    # "the two" alone, after two named together.
    ("Sarnia Mayor Daniel Fortunato and Lambton County Warden Bev Oosterhof said they would ask the company to "
     "sell.\n\n“The track is part of who we are,” the two said in a joint statement.",
     ["Daniel Fortunato", "Bev Oosterhof"]),
    # "the two leaders" after two named together, each with the body they lead between them.
    ("In a joint statement, Grand Chief Joseph Drygeese-Mackenzie of the Great Bear Dene Council and President "
     "Lorraine Bouvier-Lafferty of the North Arm Métis Council said they were not consulted.\n\n“Every dollar counts,” "
     "the two leaders said.", ["Joseph Drygeese-Mackenzie", "Lorraine Bouvier-Lafferty"]),
    # "they" right after two named together, past an apposition of both ("both Democrats").
    ("House Speaker Ellen Varga-Stone and Senate President Pro Tempore Tobias Leclair, both Democrats, said they "
     "would schedule a vote.\n\n“Vermonters should not work two jobs,” they said in a joint statement.",
     ["Ellen Varga-Stone", "Tobias Leclair"]),
    # "the groups" right after two bodies named together.
    ("In a joint statement, the New Mexico Farm Bureau and the New Mexico Cattle Growers Council welcomed the "
     "money.\n\n“Ranchers are selling cows,” the groups said.",
     ["New Mexico Farm Bureau", "New Mexico Cattle Growers Council"]),
    # "the groups" after two bodies named together, the first with "and" in its own name.
    ("In a joint statement, the Prairie Grain and Oilseed Council and the Saskatchewan Millers Council welcomed "
     "ruling.\n\n\u201cThe elevators can reopen,\u201d the groups said.",
     ["Prairie Grain and Oilseed Council", "Saskatchewan Millers Council"]),
    # a plural title before two names
    ("Councillors Tyler Sheidow and Norma Pitre said the deal was struck “behind closed doors.”",
     ["Tyler Sheidow", "Norma Pitre"]),
    # two names in the aside after a plural role (never the place that ends the role)
    ("The mayors of Rimouski and Forestville, Guy Lavoie-Dubé and Nathalie Tremblay-Gauthier, called the cut a move "
     "that would “put the people at risk.”", ["Guy Lavoie-Dubé", "Nathalie Tremblay-Gauthier"]),
    # "they" after two named together, each with an apposition of their own
    ("In a joint statement, state Sen. Dale Wentworth, a Springfield Republican, and state Rep. Tamsin Okereke, a St. "
     "Louis Democrat, said they will file a bill.\n\n“Missouri cannot keep telling schools to hire,” they said.",
     ["Dale Wentworth", "Tamsin Okereke"]),
    # "the senators" after two named under one plural title, each with a party label
    ("Sens. Paulette Whitcomb, D-Maine, and Arne Lindqvist, D-Minn., said in a joint statement that the bill falls "
     "short.\n\n“A mandate without money is a press release,” the senators said.",
     ["Paulette Whitcomb", "Arne Lindqvist"]),
], ids=["said-x-and-y", "x-and-y-said", "clause", "colon", "not-joint", "party-said-x-and-y", "party-brackets-said",
        "party-brackets-clause", "party-clause", "party-characterising", "party-said-x-and-y-in", "party-not-joint",
        "party-and-clause", "the-two-men", "the-two-leaders", "the-two", "the-two-leaders-of-bodies", "they-pair",
        "the-groups", "the-groups-and-in-name", "plural-title", "role-then-two-names", "they-pair-apposed",
        "plural-title-pair"])
def test_joint_speakers_are_both_returned(text, speakers):
    """17. Two people speaking the same words: `speaker` is the first, `co_speakers` the other."""
    quote = extract(text).quotes[0]
    assert [quote.speaker.name, *(s.name for s in quote.co_speakers)] == speakers



@pytest.mark.parametrize(("text", "mention"), [
    ("Transport Minister Élise Valcourt tabled a bill on Monday, closing what she called “the loophole.”",
     "Transport Minister Élise Valcourt"),
    ("The Canadian Horticultural Employers Association warned against punishing farms for what it called “the "
     "crimes of third parties.”", "The Canadian Horticultural Employers Association"),
    ("Sato condemned what he called “a breach” of trust.", "Sato"),
    # The pronoun stays when the main subject cannot be who it means.
    ("The ministry rejected what she called “a smear.”", "she"),
])
def test_what_they_called_is_mentioned_by_the_main_subject(text, mention):
    """Issue 9, phenomenon 10: in "X condemned what he called “…”" the mention is the main clause's subject."""
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.mention.text == mention
