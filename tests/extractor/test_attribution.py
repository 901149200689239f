"""Stage 2: who said each quote, through which sieve, and what is not speech at all."""

from __future__ import annotations

import pytest

from service.extractor import ExtractOptions, extract


def attributed(text: str) -> list[tuple[str, str | None, str]]:
    """(quote text, speaker name, kind) of every quote returned for ``text``."""
    return [(q.text, q.speaker.name if q.speaker else None, q.kind) for q in extract(text).quotes]


ATTRIBUTION = [
    ("“We will rebuild,” Governor Ada Stone said on Tuesday.", "Ada Stone", "trailing_cue"),
    ("“We will rebuild,” said Governor Ada Stone.", "Ada Stone", "trailing_cue"),
    ("“We will rebuild,” Ada Stone, the governor, told reporters.", "Ada Stone", "trailing_cue"),
    ('"We will rebuild," Sen. Mark Hale (D-Ohio) said.', "Mark Hale", "trailing_cue"),
    ("“We will rebuild,” Hale later added.", "Hale", "trailing_cue"),
    ("“Is it safe?” asked resident Omar Fahd.", "Omar Fahd", "trailing_cue"),
    ("“Get out now!” Mayor Lee Park wrote on social media.", "Lee Park", "trailing_cue"),
    ("“We will rebuild.” Stone said.", "Stone", "trailing_cue"),
    ("Governor Ada Stone said: “We will rebuild.”", "Ada Stone", "leading_cue"),
    ("Ada Stone told the crowd on Friday: “We will rebuild.”", "Ada Stone", "leading_cue"),
    ("The governor, Ada Stone, went on to say, “We will rebuild.”", "Ada Stone", "leading_cue"),
    ("Here is how historian Ruth Kahn put it: “Nobody remembers the losers.”", "Ruth Kahn", "leading_cue"),
    ("“Nobody remembers the losers.” — Ruth Kahn, historian", "Ruth Kahn", "dash"),
    ("“Nobody remembers the losers,” according to Ruth Kahn.", "Ruth Kahn", "according_to"),
    ("Her deputy, Ines Moll, was more direct: “This will fail.”", "Ines Moll", "colon_lead"),
    ("The agency said the plan was “a bridge too far” for now.", "agency", "reporting_clause"),
    ("The Transport Ministry said the line would be “fully open by May”.", "Transport Ministry", "reporting_clause"),
    ("Rep. Dana Wolfe, a critic of the plan, called the bill “a giveaway to donors.”", "Dana Wolfe",
     "reporting_clause"),
]


@pytest.mark.parametrize(("text", "speaker", "rule"), ATTRIBUTION, ids=[r[2] + "-" + str(i) for i, r in
                                                                         enumerate(ATTRIBUTION)])
def test_attribution_rule(text, speaker, rule):
    quotes = extract(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker is not None, text
    assert speaker.lower() in quotes[0].speaker.name.lower()
    assert quotes[0].rule == rule


def test_reporting_verb_inflections_and_phrases():
    for cue in ("says", "said", "added", "adds", "pointed out", "went on", "noted", "warned", "insisted",
                "acknowledged", "tweeted", "explained", "argued", "recalled", "stressed", "conceded"):
        quotes = extract(f"“The vote is close,” Rafael Ortiz {cue}.").quotes
        assert quotes[0].speaker is not None and quotes[0].speaker.name == "Rafael Ortiz", cue
        assert quotes[0].cue.text == cue


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are leaving,” Mia Roth told Al Jazeera.", "Mia Roth"),
        ("Mia Roth met Ben Hale on Friday. “We are leaving,” Roth told Hale.", "Mia Roth"),
        ("“We are leaving,” Mia Roth told Ben Hale’s aides.", "Mia Roth"),
        ("“We are leaving,” Mia Roth said to Ben Hale.", "Mia Roth"),
    ],
    ids=["media-addressee", "person-addressee", "possessive-object", "said-to"],
)
def test_addressee_is_never_the_speaker(text, speaker):
    assert attributed(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "She starred in “Midnight Harbor” and won an award.",
        "The group, known as “Friends of the Valley Trail,” meets monthly.",
        "The so-called “quiet period” ended in March.",
        "“Vote early” was painted on every wall.",
        "It was, in his words, “fine.”",
        "The report, titled “How the pandemic changed the way we work,” found large shifts.",
        "Activists chanted the slogan “no justice, no peace” outside the courthouse for hours.",
        "The group, known as “Parents for a better school system,” formed in 2021.",
        "Her book “How to stop worrying and start living again” sold a million copies.",
    ],
    ids=["film-title", "organization-name", "scare-quote", "slogan", "one-word", "titled", "the-slogan",
         "known-as", "book-title"],
)
def test_not_speech_by_default(text):
    assert extract(text).quotes == ()
    others = extract(text, ExtractOptions(include_other=True)).quotes
    assert others and all(q.kind == "other" and q.speaker is None for q in others)


def test_long_unattributed_quote_is_returned_without_a_speaker():
    text = "Below the photo was one line: “We regret that the program cannot continue in its present form.”"
    quotes = extract(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker is None and quotes[0].confidence == 0.0 and quotes[0].rule is None


def test_partial_and_direct_kinds():
    text = ("Judge Amy Cole said the motion was “without merit” and set a date. "
            "“This court will not be rushed,” she said.")
    assert attributed(text) == [("without merit", "Amy Cole", "partial"),
                                ("This court will not be rushed,", "Amy Cole", "direct")]


def test_split_quote_shares_speaker_and_group():
    quotes = extract("“The first half,” Coach Ray Diaz said, “was a mess.”").quotes
    assert [q.speaker.name for q in quotes] == ["Ray Diaz", "Ray Diaz"]
    assert quotes[0].group == quotes[1].group


def test_adding_that_partial_keeps_the_main_clause_speaker():
    text = "Finance chief Lena Moss said costs were “under review”, adding that cuts were “not off the table”."
    assert [(q.text, q.speaker.name) for q in extract(text).quotes] == [
        ("under review", "Lena Moss"), ("not off the table", "Lena Moss")]


def test_elided_subject_after_but():
    text = "The ministry gave no figures, but said the losses were “significant.”"
    quote = extract(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.type == "organization"


def test_follow_on_paragraph_and_multi_paragraph_quote():
    text = ("“We are ready,” Captain Jo Reyes said.\n\n“The crew has trained for months.”\n\n"
            "Reyes added: “The first leg starts at dawn.\n\n“We will sail in any weather.”")
    quotes = extract(text).quotes
    assert [q.speaker.name for q in quotes] == ["Jo Reyes"] * 4
    assert [q.rule for q in quotes] == ["trailing_cue", "follow_on", "leading_cue", "same_utterance"]
    assert quotes[2].group == quotes[3].group != quotes[1].group


def test_follow_on_stops_at_a_new_subject():
    text = "“We are ready,” Captain Jo Reyes said. Others disagreed.\n\n“The weather is wrong.”"
    quotes = extract(text).quotes
    assert [q.text for q in quotes] == ["We are ready,", "The weather is wrong."]
    assert quotes[1].speaker is None


def test_every_prediction_records_its_rule_and_confidence():
    text = "“We are ready,” Captain Jo Reyes said.\n\n“The crew has trained for months.”"
    for quote in extract(text).quotes:
        assert quote.rule and 0 < quote.confidence <= 1


def test_min_confidence_filters():
    text = "“We are ready,” Captain Jo Reyes said.\n\n“The crew has trained for months.”"
    assert len(extract(text, ExtractOptions(min_confidence=0.9)).quotes) == 1


def test_according_to_a_statement_from_the_source():
    text = "Harbor Foods recalled 2,000 jars. According to a statement from the company, the recall was " \
           "“purely precautionary.”"
    quote = extract(text).quotes[0]
    assert quote.speaker.name == "Harbor Foods" and quote.rule == "according_to"


def test_a_reporting_verb_after_a_determiner_is_a_noun():
    text = "The agency did not comment, and the recall was “purely precautionary,” a document showed."
    quote = extract(text, ExtractOptions(include_other=True)).quotes[0]
    assert quote.speaker is None and quote.cue is None


def test_a_lone_surname_subject_is_the_pronoun_of_last_resort():
    text = "Asked if he would run again, Obama laughed. “Michelle would kill me,” he said."
    assert [q.speaker.name for q in extract(text).quotes] == ["Obama"]


def test_a_lone_surname_never_beats_a_known_person():
    text = "“We are ready,” said Mayor Ann Lutz. Tehran hosted the talks. “It went well,” she said."
    assert [q.speaker.name for q in extract(text).quotes] == ["Ann Lutz", "Ann Lutz"]


@pytest.mark.parametrize(
    "text",
    ["Interior Minister Ali Rahimi spoke on Monday. The state news agency quoted Rahimi as saying the border "
     "was “fully secure.”",
     "“The border is fully secure,” the agency quoted Interior Minister Ali Rahimi as saying."],
    ids=["partial", "direct"],
)
def test_quoted_as_saying_names_the_one_quoted(text):
    assert [q.speaker.name for q in extract(text).quotes] == ["Ali Rahimi"]


def test_headline_name_colon_quote():
    quote = extract("Senator Ray Burr: “We will not back down on this.”").quotes[0]
    assert quote.speaker.name == "Ray Burr" and quote.rule == "colon_lead"


def test_a_group_can_speak():
    quote = extract("His critics called it “a reckless gamble with public money.”").quotes[0]
    assert quote.speaker.type == "anonymous" and quote.speaker.name == "his critics"


def test_several_asides_between_name_and_verb():
    text = "“It used to be quiet here,” Ruth Small, 62, who has lived in the town for 40 years, said Tuesday."
    assert [q.speaker.name for q in extract(text).quotes] == ["Ruth Small"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [("“Go home,” police told the crowd.", "police", "organization"),
     ("Police said the suspect was “armed and dangerous.”", "Police", "organization"),
     ("Prosecutors said they would seek “the maximum sentence.”", "Prosecutors", "anonymous"),
     ("Democrats called the bill “a giveaway to donors.”", "Democrats", "organization")],
    ids=["police-trailing", "police-leading", "prosecutors", "party"],
)
def test_bare_groups_speak(text, speaker, kind):
    quote = extract(text).quotes[0]
    assert (quote.speaker.name, quote.speaker.type) == (speaker, kind)


def test_a_scare_quote_mid_sentence_is_not_attributed_to_what_follows():
    text = "Critics of the industry's so-called “dynamic pricing” say it hurts travelers."
    assert extract(text).quotes == ()


def test_any_word_before_a_title_joins_the_speaker_phrase():
    quote = extract("“It's a black box,” said consumer advocate William McGee of the Liberties Project.").quotes[0]
    assert quote.speaker.name == "William McGee"
    assert quote.speaker.mention.text == "consumer advocate William McGee"


def test_a_colon_at_the_end_of_the_paragraph_before_introduces_the_quote():
    text = "Asked about the delay, Pittman told reporters:\n\n“We are not going to rush this.”\n\nOthers waited."
    quote = extract(text).quotes[0]
    assert (quote.speaker.name, quote.rule, quote.cue.text) == ("Pittman", "leading_cue", "told")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("“The numbers speak for themselves,” the report’s lead author, Dr. Ann Wu, said.", "Ann Wu"),
     ("The senator’s chief of staff, Tim Hall, said the office was “looking into it.”", "Tim Hall"),
     ("“We are reviewing the footage,” said the mayor’s spokeswoman, Jane Doe.", "Jane Doe")],
    ids=["titled-name-in-apposition", "name-between-commas", "role-then-name"],
)
def test_the_name_in_an_apposition_is_the_speaker(text, speaker):
    assert [q.speaker.name for q in extract(text).quotes] == [speaker]


def test_who_speaks_for_the_name_before_it():
    text = "The move drew criticism from Chairman Jim Jordan, who called it “a political stunt.”"
    assert [q.speaker.name for q in extract(text).quotes] == ["Jim Jordan"]


def test_interview_letters_are_not_speakers():
    assert all(q.speaker is None for q in extract("Q: “Will you run again next year?” A: “No.”").quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Trump has repeatedly referred to the investigation as a “witch hunt.”", "Trump"),
     ("Sen. Rick Scott blasted the bill as “a disaster for taxpayers.”", "Rick Scott"),
     ("Mayor Ann Cole dismissed the report as “fiction.”", "Ann Cole")],
    ids=["referred-to-as", "blasted-as", "dismissed-as"],
)
def test_evaluative_verbs_attribute_their_partial_quote(text, speaker):
    assert [q.speaker.name for q in extract(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("The indictment alleges that the defendants “conspired to defraud the United States.”", "indictment"),
     ("The letter reads: “We will not be producing these documents.”", "letter")],
    ids=["indictment", "letter"],
)
def test_documents_can_be_sources(text, speaker):
    quote = extract(text).quotes[0]
    assert (quote.speaker.name, quote.speaker.type) == (speaker, "unknown")


def test_plural_roles_and_described_sources():
    quotes = extract("In a letter, the company's lawyers wrote that the request was “overly broad.” A person "
                     "familiar with the negotiations said the two sides were “far apart.”").quotes
    assert [(q.speaker.name, q.speaker.type) for q in quotes] == [
        ("the company's lawyers", "anonymous"), ("a person familiar with the negotiations", "anonymous")]


@pytest.mark.parametrize("dateline", ["WASHINGTON (AP) —", "WASHINGTON (Reuters) -", "KYIV, Ukraine —"])
def test_a_dateline_does_not_hide_the_subject(dateline):
    text = f"{dateline} President Ana Ruiz on Monday signed the order, calling it “the most significant step yet.”"
    assert [q.speaker.name for q in extract(text).quotes] == ["Ana Ruiz"]


# Wire copy from Tehran, Moscow or Ankara titles people by office and institution before the name:
# "Secretary of Iran's Supreme National Security Council Ali Akbar Ahmadian".
OFFICE_OF_INSTITUTION = [
    ("Secretary of Iran's Supreme National Security Council Ali Akbar Ahmadian was quoted by Tasnim news agency "
     "as saying, “The region will not tolerate foreign forces.”", "Ali Akbar Ahmadian"),
    ("Head of the Atomic Energy Organization of Iran Mohammad Eslami said, “The enrichment will continue.”",
     "Mohammad Eslami"),
    ("“The enrichment will continue,” said Head of the Atomic Energy Organization of Iran Mohammad Eslami.",
     "Mohammad Eslami"),
    ("Minister of Foreign Affairs Abbas Araghchi told reporters: “The door to diplomacy is open.”",
     "Abbas Araghchi"),
    ("Spokesman of the Iranian Foreign Ministry Nasser Kanaani said, “The ball is in the US court.”",
     "Nasser Kanaani"),
    ("Commander of the Islamic Revolution Guards Corps (IRGC) Major General Hossein Salami said, “Our forces are "
     "ready.”", "Hossein Salami"),
    ("Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei wrote in a message, “The nation will stand "
     "firm.”", "Ali Khamenei"),
    ("“We support the talks,” President of the European Commission Ursula von der Leyen told reporters.",
     "Ursula von der Leyen"),
]


@pytest.mark.parametrize(("text", "speaker"), OFFICE_OF_INSTITUTION,
                         ids=[f"office-{i}" for i in range(len(OFFICE_OF_INSTITUTION))])
def test_an_office_of_an_institution_titles_the_name_after_it(text, speaker):
    quote = extract(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert text[quote.speaker.mention.start:quote.speaker.mention.end].endswith(speaker.split()[-1])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Iranian ambassador to Moscow Kazem Jalali said, “Tehran and Moscow have agreed to expand cooperation.”",
      "Kazem Jalali"),
     ("“The council must act,” Iran's envoy to the United Nations Amir Saeid Iravani told the meeting.",
      "Amir Saeid Iravani")],
    ids=["ambassador-to-a-city", "envoy-to-an-institution"],
)
def test_an_envoy_to_a_place_is_titled_by_it(text, speaker):
    assert [q.speaker.name for q in extract(text).quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    ["Zarif on Monday told reporters: “We are ready.”",
     "Mohammad Javad Zarif on Sunday night said: “We are ready.”",
     "Zarif yesterday told reporters: “We are ready.”"],
    ids=["on-monday", "on-sunday-night", "yesterday"],
)
def test_a_day_between_the_speaker_and_the_verb(text):
    quote = extract(text).quotes[0]
    assert (quote.speaker.name.split()[-1], quote.rule, quote.cue.text) == ("Zarif", "leading_cue", "told"
                                                                            if "told" in text else "said")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [("The Foreign Ministry issued a statement on Sunday. “We condemn the attack,” the statement said.",
      ["Foreign Ministry"]),
     ("A statement released by the Iranian Foreign Ministry on Sunday read, “We condemn the attack.” The statement "
      "added that “such crimes will not go unpunished.”", ["Iranian Foreign Ministry", "Iranian Foreign Ministry"]),
     ("According to a statement from the Red Crescent, “the roads are closed.” The statement said “teams are on "
      "the way.”", ["Red Crescent", "Red Crescent"]),
     ("Zarif met Lavrov in Moscow on Sunday. “We condemn the attack,” the statement said.", ["statement"])],
    ids=["issued-before", "released-by", "according-to-a-statement-from", "no-issuer"],
)
def test_a_statement_speaks_for_whoever_issued_it(text, speakers):
    assert [q.speaker.name for q in extract(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Elsewhere in his remarks, Zarif pointed to the talks, saying, “Our cooperation is continuing.”", "Zarif"),
     ("Iranian Deputy Foreign Minister for Political Affairs Ali Bagheri Kani said, “The other side must show "
      "seriousness.”", "Ali Bagheri Kani"),
     ("The head of the International Atomic Energy Agency (IAEA), Rafael Grossi, said last week that his agency had "
      "“serious concerns” about the issue.", "Rafael Grossi"),
     ("A member of the Iranian Parliament’s National Security and Foreign Policy Committee said the Parliament “will "
      "not allow the rights of the nation to be ignored.”", "a member of the Iranian Parliament’s National Security "
      "and Foreign Policy Committee"),
     ("The spokesman for the Iranian Foreign Ministry reacted to the statement, calling it “interventionist and "
      "unacceptable.”", "the spokesman for the Iranian Foreign Ministry")],
    ids=["adverb-opener", "minister-for", "head-of-agency-apposition", "member-of-committee", "spokesman-for"],
)
def test_offices_read_whole(text, speaker):
    assert [q.speaker.name for q in extract(text).quotes] == [speaker]


def test_the_spokesman_of_a_known_organization_is_a_person_not_the_organization():
    quote = extract("Ali Naini, the spokesman of the IRGC, said in an interview: “Our missile power is defensive.”"
                    ).quotes[0]
    assert (quote.speaker.name, quote.rule, quote.cue.text) == ("Ali Naini", "leading_cue", "said")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Zarif said that Iran is ready for talks.\n\n“We have always been ready. The other side must show goodwill.”",
      "Zarif"),
     ("Foreign Minister Javad Zarif met Lavrov on Monday.\n\nHe said that Iran is ready for talks.\n\n“We have always "
      "been ready. The other side must show goodwill.”", "Javad Zarif")],
    ids=["surname", "pronoun"],
)
def test_a_quote_paragraph_after_someone_said_something_is_theirs(text, speaker):
    assert [q.speaker.name for q in extract(text).quotes] == [speaker]


def test_a_lone_capitalized_opener_without_a_verb_speaks_for_nobody():
    text = "Others disagreed with the plan.\n\n“We have always been ready. The other side must show goodwill.”"
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_was_quoted_as_saying_after_the_quote():
    quote = extract("“Direct talks are meaningless,” Araghchi was quoted as saying by IRNA on Saturday.").quotes[0]
    assert (quote.speaker.name, quote.rule, quote.cue.text) == ("Araghchi", "trailing_cue", "was quoted as saying")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("Secretary General of NATO Mark Rutte said, “We stand united.”", "Mark Rutte"),
     ("Qatar’s Minister of State for Foreign Affairs Mohammed Al-Khulaifi said, “Mediation continues.”",
      "Mohammed Al-Khulaifi"),
     ("Speaking at the event, Minister of Culture and Islamic Guidance Abbas Salehi said, “Culture matters.”",
      "Abbas Salehi"),
     ("“We are ready,” said Foreign Minister Abbas Araghchi for the first time.", "Abbas Araghchi")],
    ids=["acronym-institution", "minister-of-state-for", "culture-and-guidance", "for-after-a-name"],
)
def test_longer_offices(text, speaker):
    assert [q.speaker.name for q in extract(text).quotes] == [speaker]


def test_summed_it_up_is_a_cue():
    quote = extract("Economist Ruth Adler summed it up this way: “Prices will fall.”").quotes[0]
    assert (quote.speaker.name, quote.rule, quote.cue.text) == ("Ruth Adler", "leading_cue", "summed it up")


def test_a_relative_clause_aside_with_capitals_names_nobody():
    quote = extract("Araghchi, who arrived in New York on Sunday to attend the UN General Assembly, told reporters: "
                    "“Iran is ready.”").quotes[0]
    assert (quote.speaker.name, quote.rule, quote.cue.text) == ("Araghchi", "leading_cue", "told")


def test_the_cue_is_the_speakers_verb_not_a_verb_of_the_reported_clause():
    quote = extract("The Foreign Ministry said Tehran will respond to any “unconstructive” resolution.").quotes[0]
    assert (quote.speaker.name, quote.cue.text) == ("Foreign Ministry", "said")


def test_a_long_circumstance_between_the_verb_and_the_colon():
    text = ("Mohammad Eslami told reporters on the sidelines of a cabinet meeting on Wednesday:\n\n“Our response will "
            "be proportionate.”")
    quote = extract(text).quotes[0]
    assert (quote.speaker.name, quote.rule, quote.cue.text) == ("Mohammad Eslami", "leading_cue", "told")


def test_every_paragraph_of_a_quotation_shares_a_speaker_found_from_context():
    text = ("Iranian President Masoud Pezeshkian addressed the UN General Assembly on Tuesday.\n\n\"We have come to "
            "build bridges. Iran extends its hand to all nations.\n\n\"But we will never bow to pressure.\"")
    quotes = extract(text).quotes
    assert [(q.speaker.name, q.group) for q in quotes] == [("Masoud Pezeshkian", "g1")] * 2


def test_a_possessor_opens_a_role():
    quote = extract("Iran’s army chief warned on Sunday that Israel would face a “crushing” response.").quotes[0]
    assert (quote.speaker.name, quote.speaker.mention.text) == ("Iran’s army chief", "Iran’s army chief")


@pytest.mark.parametrize(
    "text",
    ["“Our operations will continue,” the movement’s spokesman Yahya Saree said.",
     "The movement’s spokesman Yahya Saree said: “Our operations will continue.”"],
    ids=["trailing", "leading"],
)
def test_a_name_right_after_a_determined_role(text):
    assert [q.speaker.name for q in extract(text).quotes] == ["Yahya Saree"]


def test_the_place_of_an_embassy_is_not_the_speaker():
    quote = extract("The Iranian Embassy in London said in a post on X that the claims were “baseless.”").quotes[0]
    assert (quote.speaker.name, quote.speaker.type) == ("Iranian Embassy", "organization")
