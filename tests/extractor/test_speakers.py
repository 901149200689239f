"""Speakers resolved the way an editor would: pronouns, roles, surnames and sources."""

from __future__ import annotations

import pytest

from service.extractor import extract


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Lila Ferris runs the clinic. “We are full,” Ferris said.", ["Lila Ferris"]),
        ("Dr. Lila Ferris runs the clinic. “We are full,” she said.", ["Lila Ferris"]),
        ("Mr. Amin met Ms. Dorsey on Monday. “We agreed,” she said.", ["Ms. Dorsey"]),
        ("Mr. Amin met Ms. Dorsey on Monday. “We agreed,” he said.", ["Mr. Amin"]),
        ("Energy Minister Tariq Bell toured the plant. “It is safe,” the energy minister said.", ["Tariq Bell"]),
        ("Nina Park, the city’s chief planner, left early. “It is over,” the planner said.", ["Nina Park"]),
        ("Eastline Rail cut 30 trains. “Safety comes first,” the company said.", ["Eastline Rail"]),
        ("The Daily Courier said the mayor had resigned. “He left on Friday,” the newspaper reported.",
         ["Daily Courier"]),
        ("Quoting a source at the ministry, the paper said talks failed. “Nobody showed up,” the source said.",
         ["a source at the ministry"]),
    ],
    ids=["surname", "pronoun", "she-by-title", "he-by-title", "title-nominal", "apposition-nominal",
         "company", "newspaper", "anonymous-source"],
)
def test_resolution(text, expected):
    assert speakers_of(text) == expected


def test_the_addressed_minister_is_not_the_speaking_minister():
    text = ("Chinese Foreign Minister Wu Lan met Brazilian Foreign Minister Ana Reis. "
            "“Trade will grow,” the Brazilian foreign minister said.")
    assert speakers_of(text) == ["Ana Reis"]


def test_pronoun_after_two_people_prefers_the_subject():
    text = "Tom Vance hired Lucas Webb in 2019. Vance praised him often.\n\n“He is the best we have,” he said."
    assert speakers_of(text) == ["Tom Vance"]


def test_added_keeps_the_floor_with_the_last_speaker():
    text = ("“We will appeal,” said attorney Ruth Gale. Judge Ann Moss declined to comment. "
            "“This is not over,” she added.")
    assert speakers_of(text) == ["Ruth Gale", "Ruth Gale"]


def test_it_resolves_to_the_organization_subject():
    text = "The Harbor Gazette did not name its sources, but it said the deal was “all but done”."
    quote = extract(text).quotes[0]
    assert quote.speaker.name == "Harbor Gazette" and quote.speaker.type == "organization"
    assert quote.speaker.mention.text == "it"


def test_plural_source_and_one_of_them():
    text = ("According to three people briefed on the talks, the vote is close. "
            "“Nobody can count it yet,” one of them said.")
    quote = extract(text).quotes[0]
    assert quote.speaker.type == "anonymous" and quote.speaker.name == "a person briefed on the talks"


def test_cast_clusters_mentions_with_offsets_and_titles():
    text = ("Iranian Foreign Minister Mohammad Javad Zarif met the envoy. “Peace needs courage,” Zarif said. "
            "The Iranian foreign minister added, “We are ready.” “Talks resume soon,” he said.")
    result = extract(text)
    assert len(result.speakers) == 1
    speaker = result.speakers[0]
    assert speaker.name == "Mohammad Javad Zarif" and speaker.type == "person"
    assert "Iranian Foreign Minister" in speaker.titles
    assert [m.text for m in speaker.mentions] == [
        "Iranian Foreign Minister Mohammad Javad Zarif", "Zarif", "The Iranian foreign minister", "he"]
    for mention in speaker.mentions:
        assert text[mention.start:mention.end] == mention.text


def test_speaker_ids_are_shared_between_quotes_and_cast():
    result = extract("“One,” said Ida Lund. “Two,” said Omar Sy. “Three,” Lund said.")
    ids = [q.speaker.id for q in result.quotes]
    assert ids[0] == ids[2] != ids[1]
    assert {s.id for s in result.speakers} == set(ids)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Dana Reyes, R-Texas, opposed the bill. “It is a mess,” the Texas Republican said.", "Dana Reyes"),
        ("Rep. Omar Voss (D-N.Y.) voted no. Rep. Ann Teal (R-Ohio) voted yes. “We lost,” the New York Democrat "
         "said.", "Omar Voss"),
        ("Sen. Lee Hart, D-Calif., spoke first. “It passes,” the California Democrat said.", "Lee Hart"),
        ("Representative Jo Hale, Republican of Georgia, spoke. Representative Al Pike, Democrat of Ohio, "
         "spoke too. “No way,” the Georgia Republican said.", "Jo Hale"),
    ],
    ids=["comma-label", "parenthesis-label", "abbreviated-state", "party-of-state"],
)
def test_party_labels_give_roles(text, expected):
    assert speakers_of(text)[-1] == expected


def test_subject_after_an_apposition_takes_the_pronoun():
    text = ("“We have the votes,” said Rep. Hal Stone. Asked about the bill, Sen. Ray Burr, a Maine independent, "
            "was noncommittal. “I'm reading it,” he said.")
    assert speakers_of(text) == ["Hal Stone", "Ray Burr"]


def test_a_relative_clause_is_not_a_title():
    text = "Klobuchar, who chairs the Rules Committee, told reporters she expected a vote “within days.”"
    result = extract(text)
    assert result.speakers[0].name == "Klobuchar" and result.speakers[0].titles == ()


def test_abbreviated_title_matches_the_spelled_out_role():
    text = ("Sen. Chris Moore (D-Conn.) spoke first. Sen. Jim Lane (R-Okla.) followed. Moore disagreed. "
            "“We are done negotiating,” the senator said.")
    assert speakers_of(text) == ["Chris Moore"]


@pytest.mark.parametrize(
    "text",
    ["Guard Jalen Brooks scored 40 points on Sunday. “We kept fighting,” the 27-year-old said.",
     "Guard Jalen Brooks scored 40 points on Sunday. “I grew up here,” the Ohio native said."],
    ids=["age", "native"],
)
def test_descriptive_roles_point_to_the_latest_subject(text):
    assert speakers_of(text) == ["Jalen Brooks"]


def test_an_apposition_without_an_article_gives_the_role():
    text = ("Tom Ridge, spokesman for the port authority, said cargo was moving. Ann Cole, chief executive of "
            "Harbor Freight, disagreed. “The delays are real,” the spokesman said.")
    result = extract(text)
    assert speakers_of(text) == ["Tom Ridge"]
    assert result.speakers[0].titles == ("spokesman for the port authority",)


def test_particle_names_and_their_spelling_variants():
    text = ("Egyptian President Abdel Fattah al-Sisi urged restraint. "
            "“The region cannot afford another war,” el-Sisi said.")
    result = extract(text)
    assert speakers_of(text) == ["Abdel Fattah al-Sisi"]
    assert [m.text for m in result.speakers[0].mentions][-1] == "el-Sisi"


def test_one_of_the_group_is_one_member_of_the_group():
    """"one of the officials" is one official of the group named before, the same one each time."""
    text = ("Two senior administration officials said no decision was made. "
            "“Everything is still on the table,” one of the officials said. “Nothing is off it,” the official said.")
    quotes = extract(text).quotes
    assert [(q.speaker.name, q.speaker.type) for q in quotes] == [("a senior administration official", "anonymous")] * 2


def test_one_of_a_group_not_named_before_is_described_in_the_copys_words():
    quote = extract("The diplomats met for six hours. One of the diplomats said: “We are close.”").quotes[0]
    assert (quote.speaker.name, quote.speaker.type) == ("one of the diplomats", "anonymous")


def test_an_office_of_an_institution_introduces_the_person_with_that_title():
    result = extract("Secretary of Iran's Supreme National Security Council Ali Akbar Ahmadian met the Iraqi "
                     "delegation on Monday. “The region will not tolerate foreign forces,” Ahmadian said.")
    speaker = result.speakers[0]
    assert speaker.name == "Ali Akbar Ahmadian"
    assert speaker.titles == ("Secretary of Iran's Supreme National Security Council",)
    assert [m.text for m in speaker.mentions] == [
        "Secretary of Iran's Supreme National Security Council Ali Akbar Ahmadian", "Ahmadian"]


def test_the_ambassador_is_the_one_introduced_as_ambassador_to_a_place():
    speakers = speakers_of("Speaking to IRNA, Iranian ambassador to Moscow Kazem Jalali said, “Trade has grown.” "
                           "According to the ambassador, “the volume of trade has doubled.”")
    assert speakers == ["Kazem Jalali", "Kazem Jalali"]


@pytest.mark.parametrize(
    "text",
    ["Iranian Foreign Minister Hossein Amir-Abdollahian met his Omani counterpart on Sunday. “An agreement is "
     "within reach,” the top Iranian diplomat noted.",
     "Mikhail Ulyanov, Russia's permanent representative to international organizations in Vienna, wrote that "
     "“the talks are moving.” “There is no alternative to the deal,” the Russian envoy added."],
    ids=["top-diplomat-is-the-foreign-minister", "envoy-is-the-representative"],
)
def test_a_role_worded_another_way_points_to_the_same_person(text):
    result = extract(text)
    assert len(result.speakers) == 1 and result.speakers[0].type == "person"
    assert {q.speaker.id for q in result.quotes} == {result.speakers[0].id}


def test_the_name_given_for_the_remarks_belongs_to_their_unnamed_speaker():
    result = extract("The spokesman for the Iranian Foreign Ministry reacted to the EU statement, calling it "
                     "“interventionist.” Nasser Kanaani made the remarks on Monday in his weekly briefing. “The EU "
                     "should stop its double standards,” Kanaani said. Iran’s Foreign Ministry spokesman went on to "
                     "say that Tehran is ready for “constructive dialogue.”")
    assert [q.speaker.name for q in result.quotes] == ["Nasser Kanaani"] * 3
    assert [(s.name, s.type, s.titles) for s in result.speakers] == [
        ("Nasser Kanaani", "person", ("spokesman for the Iranian Foreign Ministry",))]


def test_made_the_remarks_does_not_rename_a_named_speaker():
    result = extract("“We will win,” coach Ida Lund said. Her assistant Tom Berg made the remarks public later.")
    assert [q.speaker.name for q in result.quotes] == ["Ida Lund"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("President Ebrahim Raisi met the Iraqi prime minister on Monday. “Our ties are deep,” the Iranian president "
      "said.", "Ebrahim Raisi"),
     ("Iranian Foreign Ministry spokesman Nasser Kanaani spoke on Monday. “The ball is in the US court,” the Iranian "
      "official said.", "Nasser Kanaani"),
     ("Iran’s ambassador to Moscow Kazem Jalali met Lavrov. “Trade has doubled,” the Iranian diplomat said.",
      "Kazem Jalali")],
    ids=["nationality-not-in-the-title", "official-for-spokesman", "diplomat-for-ambassador"],
)
def test_a_general_role_with_a_nationality_points_to_the_person(text, speaker):
    assert speakers_of(text) == [speaker]


def test_another_nationality_is_another_person():
    text = ("Iranian Foreign Minister Hossein Amir-Abdollahian met Afghan officials. “We are ready,” the Afghan "
            "foreign minister said.")
    assert speakers_of(text) != ["Hossein Amir-Abdollahian"]


def test_a_counterpart_holds_the_same_office():
    text = ("In a phone conversation with his Turkish counterpart Recep Tayyip Erdogan on Tuesday, Iranian President "
            "Masoud Pezeshkian said ties should grow. The Turkish president, for his part, expressed readiness, "
            "saying, “We are determined to increase trade.”")
    assert speakers_of(text) == ["Recep Tayyip Erdogan"]


def test_the_top_judge_is_the_judiciary_chief():
    text = ("Judiciary Chief Hojatoleslam Gholamhossein Mohseni-Ejei spoke on Sunday. “No one is above the law,” "
            "Mohseni-Ejei stressed. The top judge added, “We will not tolerate any violation of people's rights.”")
    assert speakers_of(text) == ["Gholamhossein Mohseni-Ejei"] * 2


def test_an_anonymous_source_after_a_clause_is_introduced_for_later():
    text = ("Iran will respond to any attack on its nuclear facilities, a senior Iranian security official told "
            "Reuters on Tuesday. “Any attack will be met with a swift response,” the official said.")
    assert speakers_of(text) == ["a senior Iranian security official"]


def test_an_apposition_after_a_name_is_not_another_source():
    text = "Tomas Berg, a spokesman for the agency, declined to comment. “We are reviewing it,” the spokesman said."
    assert speakers_of(text) == ["Tomas Berg"]


def test_british_honours_and_a_sentence_opener_stay_out_of_the_name():
    result = extract("Speaking to the BBC, Sir Keir Starmer said: 'We have a plan.' But Conservative leader Kemi "
                     "Badenoch said Labour had “lost the trust of the country”.")
    assert [(q.speaker.name, q.speaker.mention.text) for q in result.quotes] == [
        ("Keir Starmer", "Sir Keir Starmer"), ("Kemi Badenoch", "Conservative leader Kemi Badenoch")]


def test_an_age_before_a_role_does_not_stop_it_fitting():
    text = ("Iran head coach Amir Ghalenoei spoke on Monday. “We are ready,” Ghalenoei said. The 60-year-old coach "
            "added that the match “will be very difficult.”")
    assert speakers_of(text) == ["Amir Ghalenoei"] * 2


def test_the_counterpart_is_found_by_nationality_whatever_the_office():
    text = ("Iranian Foreign Minister Abbas Araghchi and his Saudi counterpart Faisal bin Farhan Al Saud spoke on "
            "Saturday. “Our countries can build peace,” Araghchi said. The Saudi foreign minister, for his part, "
            "welcomed the talks. “The Kingdom is committed to the agreement,” he said.")
    assert speakers_of(text) == ["Abbas Araghchi", "Faisal bin Farhan Al Saud"]


def test_the_person_named_right_after_a_role_in_the_lead_is_that_role():
    result = extract("The head of Iran's Atomic Energy Organization said Tehran will answer any “unconstructive” "
                     "resolution.\n\nMohammad Eslami told reporters on Wednesday: “Our response will be "
                     "proportionate.”")
    assert [q.speaker.name for q in result.quotes] == ["Mohammad Eslami"] * 2
    assert result.speakers[0].titles == ("head of Iran's Atomic Energy Organization",)


@pytest.mark.parametrize(
    "second",
    ["Jane Doe, a resident, said: “We are worried.”",  # a role of her own
     "A city official said: “We are worried.”"],  # an anonymous source
    ids=["titled-name", "anonymous"],
)
def test_a_role_in_the_lead_is_not_given_just_any_name(second):
    result = extract(f"The mayor said the city would “act fast.” {second}")
    assert result.quotes[0].speaker.name == "mayor"


def test_the_letter_speaks_for_its_writer_not_the_dateline():
    text = ("Tehran Times - Iran’s ambassador to the UN, Amir Saeid Iravani, wrote a letter to the Security Council on "
            "Monday.\n\n“The Islamic Republic reserves its right to respond,” the letter read.")
    assert speakers_of(text) == ["Amir Saeid Iravani"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("UN Secretary-General Antonio Guterres said he was “deeply alarmed.” “There is no military solution,” the UN "
      "chief added.", "Antonio Guterres"),
     ("IAEA Director General Rafael Grossi arrived in Tehran. “We need access,” the IAEA chief said.",
      "Rafael Grossi")],
    ids=["un-chief", "iaea-chief"],
)
def test_the_chief_of_an_institution_is_its_head(text, speaker):
    quotes = extract(text).quotes
    assert quotes[-1].speaker.name == speaker and quotes[-1].rule == "trailing_cue"


def test_a_title_before_an_abbreviated_institution_reaches_the_name():
    text = ("Governor of the Central Bank of Iran (CBI) Mohammad Reza Farzin spoke on Saturday. “The market will "
            "stabilize,” the CBI governor told state TV.")
    assert speakers_of(text) == ["Mohammad Reza Farzin"]


def test_the_lawmaker_is_the_member_of_parliament_described_before():
    text = ("A member of the parliament’s economic committee, however, criticized the policies. “The measures are "
            "short-term,” the lawmaker said.")
    assert speakers_of(text) == ["a member of the parliament’s economic committee"]


def test_the_movement_is_the_organization_named_before():
    text = ("Hezbollah said on Thursday that its fighters had targeted a base. In a statement, the Lebanese resistance "
            "movement said the attack was carried out “in support of the Palestinian people.”")
    assert speakers_of(text) == ["Hezbollah"]


@pytest.mark.parametrize("country", ["Iran", "Russia", "Saudi Arabia", "The US"])
def test_a_country_speaks_as_a_state(country):
    result = extract(f"{country} warned on Sunday that it would give a “crushing” response.")
    assert [(q.speaker.name.removeprefix("The "), q.speaker.type) for q in result.quotes] == [
        (country.removeprefix("The "), "organization")]


def test_a_possessive_country_before_a_name_is_a_role():
    result = extract("Russia’s Sergei Lavrov said: “We are ready.” “The talks will go on,” the Russian foreign "
                     "minister added.")
    assert [q.speaker.name for q in result.quotes] == ["Sergei Lavrov"] * 2
    assert result.speakers[0].titles == ("Russia’s",)


def test_the_diplomat_may_be_the_foreign_ministry_spokesman():
    text = ("The Foreign Ministry spokesman, Esmaeil Baghaei, told reporters: “We condemn it.” The Iranian diplomat "
            "added, “The EU must act.”")
    assert speakers_of(text) == ["Esmaeil Baghaei"] * 2


def test_a_rank_the_title_does_not_give_does_not_stop_a_role_fitting():
    text = ("Ali Larijani, an adviser to the Leader, said: “Iran is not seeking war.” “But we will defend ourselves,” "
            "the senior adviser noted.")
    assert speakers_of(text) == ["Ali Larijani"] * 2


def test_fm_and_pm_are_spelled_out():
    text = ("Deputy Foreign Minister Kazem Gharibabadi said the talks were “serious.” “We will meet again,” the "
            "Iranian deputy FM added.")
    assert speakers_of(text) == ["Kazem Gharibabadi"] * 2


@pytest.mark.parametrize("gap", ["\n\n", "\n", "\r\n\r\n", "\u2029"])
def test_a_name_never_runs_across_a_line_break(gap):
    # A heading that ends in capitals ("... the 4th District") must not join the next paragraph's opening
    # name into one person or one title ("District Rep. Dana Kessler").
    text = (f"Kessler concedes in the 4th District{gap}Rep. Dana Kessler conceded on Tuesday. "
            "“We ran a clean race,” Kessler said.")
    result = extract(text)
    assert [q.speaker.name for q in result.quotes] == ["Dana Kessler"]
    (speaker,) = result.speakers
    assert speaker.titles == ("Rep.",)
    assert all("\n" not in m.text and "\u2029" not in m.text for m in speaker.mentions)


def test_a_name_never_runs_on_into_the_next_line():
    """'A conversation with Marisol Quintana ⏎⏎ Marisol Quintana has run ...': one name, never both lines."""
    text = ("‘The river doesn’t care about the budget’: A conversation with Marisol Quintana\n\nMarisol Quintana has "
            "run the county's emergency office for 11 years. She sat down with the Courier’s Ben Atwood.\n\n"
            "Q: The county board says your office can absorb the cuts. Can it?\n\n"
            "A: No. I want to be careful, because I respect the board. But we are eight people covering 900 miles.\n\n"
            "Q: What would go first?\n\nA: Probably our outreach. The river doesn’t care about the budget.")
    names = {speaker.name for speaker in extract(text).speakers}
    assert "Marisol Quintana" in names and not any("\n" in name for name in names)
