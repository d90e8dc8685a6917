"""Rules for the arguments of long narrative and opinion articles, end to end on sentences
written for these tests: dates told against the years a passage is about, who did what to whom
when the parse misleads, statuses of deeds told around claims, threats and names, and places
that NER takes for people."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import assert_spans

Event = dict[str, Any]


@pytest.fixture(scope="module")
def run(pipeline):
    def _run(text: str, published: str = "2024-06-10") -> list[Event]:
        result = pipeline.extract_text(text, doc_id="t", published=published)
        assert result.error is None
        out = result.to_dict()
        assert_spans(text, out["events"])
        return list(out["events"])
    return _run


def on(events: list[Event], trigger: str, nth: int = 0) -> Event:
    found = [e for e in events if e["trigger"]["text"] == trigger]
    assert len(found) > nth, f"no event on {trigger!r}: {[e['trigger']['text'] for e in events]}"
    return found[nth]


def who(ev: Event, role: str = "actor") -> list[tuple[str, str | None]]:
    return [(a["text"], a["sector"]) for a in ev["actors"] if a["role"] == role]


def when(ev: Event) -> tuple[str | None, str | None]:
    date = ev.get("date") or {}
    return date.get("start_date"), date.get("end_date")


def count(ev: Event, kind: str) -> tuple[str, int] | None:
    c = (ev.get("counts") or {}).get(kind)
    return None if c is None else (c["text"], c["value"])


# --- dates ------------------------------------------------------------------------------------


def test_years_ago_this_month_is_that_month_back_then(run):
    ev = on(run("Six years ago this month, crowds filled the squares of Omdurman to demand "
                "elections."), "filled")
    assert when(ev) == ("2018-06-01", "2018-06-30")


def test_a_month_in_a_passage_about_a_past_year_takes_that_year(run):
    events = run("Nobody has answered for what the guards did in the spring of 2011. When "
                 "students occupied the campus in mid-April, the guards beat them.",
                 published="2024-11-20")
    assert when(on(events, "beat"))[0] == "2011-04-11"
    # A passage on another matter keeps the latest such month before the report.
    events = run("Nobody has answered for 2011.\n\nIn April, students occupied the campus.",
                 published="2024-11-20")
    assert when(on(events, "occupied"))[0] == "2024-04-01"


def test_a_month_after_a_later_month_of_that_year_is_the_next_year(run):
    events = run("Troops entered the valley in October 2016. Then in March the garrison "
                 "shelled the market.", published="2024-11-20")
    assert when(on(events, "shelled"))[0] == "2017-03-01"


def test_a_month_told_as_news_after_a_background_year_is_the_latest(run):
    # A sentence of its own after a year told in passing is most often the news.
    events = run("The medic served with a Kurdish unit in 2015, his lawyer said. He was arrested "
                 "on 14 August at the airport.", published="2024-11-20")
    assert when(on(events, "arrested"))[0] == "2024-08-14"
    events = run("Since volunteers first joined the fight in the autumn of 2014, seven have died. "
                 "When the last was killed in November, his unit mourned him.",
                 published="2024-11-20")
    assert when(on(events, "killed"))[0] == "2024-11-01"
    assert who(on(events, "killed")) == []  # his unit mourned him; it did not kill him


def test_an_announced_month_is_the_coming_one(run):
    events = run("The families marched again last month, and they plan another march in "
                 "March.", published="2024-11-20")
    assert when(on(events, "march")) == ("2025-03-01", "2025-03-31")
    assert on(events, "march")["status"] == "future"
    # A plan for a day a few weeks past is a late report of it, not next year's.
    events = run("Farmers planned to march on 8 April.", published="2024-04-20")
    assert when(on(events, "march"))[0] == "2024-04-08"


def test_that_spring_and_the_following_months_count_from_the_date_before(run):
    events = run("The generals seized power on 1 February 2021. Hundreds of thousands marched "
                 "that spring, and soldiers shot dozens of them over the following months.",
                 published="2024-02-01")
    assert when(on(events, "marched")) == ("2021-03-01", "2021-05-31")
    assert when(on(events, "shot"))[0] == "2021-03-01"


def test_a_yardstick_year_dates_nothing(run):
    ev = on(run("Armenians poured into the streets in numbers not seen since 1988."), "poured")
    assert ev["date"]["origin"] == "published"


def test_a_deadline_is_not_when_a_threat_was_made(run):
    ev = on(run("The unions have threatened a national strike if wages are not paid by the end "
                "of March."), "threatened")
    assert ev["status"] == "asserted"
    assert ev["date"]["origin"] != "text"


def test_an_age_in_tens_is_no_decade(run):
    ev = on(run("A nurse in her late 40s was shot at the checkpoint."), "shot")
    assert ev["date"]["origin"] == "published"


# --- counts ------------------------------------------------------------------------------------


def test_a_crowd_named_by_its_trade_is_counted(run):
    ev = on(run("Hundreds of fish traders held a peaceful demonstration in the port."),
            "demonstration")
    assert count(ev, "participants") == ("Hundreds", 100)


def test_a_kind_word_of_another_clause_does_not_count_the_crowd(run):
    events = run("Six stewards were hurt and there were eleven arrests as thousands of fans ran "
                 "riot.")
    assert count(on(events, "arrests"), "arrested") == ("eleven", 11)
    assert count(on(events, "riot"), "participants") == ("thousands", 2000)


def test_a_list_of_victims_is_part_of_the_toll_and_a_new_clause_is_not(run):
    ev = on(run("At least 400 marchers had been killed, among them dozens of children, and "
                "nearly 15,000 had been arrested."), "killed")
    assert count(ev, "killed") == ("At least 400", 400)
    assert count(ev, "participants") is None
    assert count(on(run("At least 400 marchers had been killed, among them dozens of children, "
                        "and nearly 15,000 had been arrested."), "arrested"),
                 "arrested") == ("nearly 15,000", 15000)


def test_one_victim_takes_the_verb_right_before_it(run):
    ev = on(run("Militia gunners shelled the village, killing a boy and wounding several others."),
            "shelled")
    assert count(ev, "killed") == ("a boy", 1)
    assert count(ev, "injured") == ("several", 3)


def test_blinded_people_are_injured(run):
    ev = on(run("Police fired rubber pellets at the crowd, blinding more than 200 people."),
            "fired")
    assert count(ev, "injured") == ("more than 200", 200)
    assert ev["plover"]["mode"] == "crowd-control"


def test_an_age_before_a_person_is_no_toll(run):
    events = run("Students stormed the ministry, demanding justice for the death of 19 year old "
                 "Amal Idris.")
    assert all(count(e, "killed") is None for e in events)


# --- actors ------------------------------------------------------------------------------------


def test_the_one_charged_did_the_deed(run):
    events = run("Prosecutors charged three prison guards with torture.")
    assert who(on(events, "torture")) == [("three prison guards", "COP")]
    events = run("Police arrested two men for the killing of a teacher.")
    assert who(on(events, "killing")) == [("two men", "CVL")]
    assert who(on(events, "killing"), "recipient") == [("teacher", "EDU")]
    events = run("A court convicted four soldiers of murder.")
    assert who(on(events, "murder")) == [("four soldiers", "MIL")]
    events = run("Rights groups have accused the police of using excessive force.")
    assert who(on(events, "force")) == [("police", "COP")]
    assert on(events, "force")["hedged"]
    events = run("The government has accused the rebels of violating the truce.")
    assert who(on(events, "violating")) == [("rebels", "REB")]


def test_a_verb_with_its_own_subject_borrows_none(run):
    ev = on(run("Since April, the fighting has killed at least 9,000 people, and more than two "
                "million have fled their homes."), "killed")
    assert who(ev) == []


def test_the_streets_of_a_town_are_where_not_whom(run):
    ev = on(run("Thousands filled the streets of Khartoum to demand civilian rule."), "filled")
    assert who(ev, "recipient") == []
    assert ev["location"]["name"] == "Khartoum"


def test_those_fired_on_did_not_fire(run):
    events = run("Troops fired on a march in Kassala on Monday.")
    assert who(on(events, "march")) == []
    assert who(on(events, "fired"), "recipient") == []


def test_the_owner_of_an_offensive_is_who_launched_it(run):
    ev = on(run("Last Wednesday, Turkey launched its long-threatened offensive."), "offensive")
    assert who(ev) == [("Turkey", "GOV")]
    assert ev["status"] == "asserted"


def test_who_answered_with_force(run):
    assert who(on(run("Security forces responded with live fire."), "fire"))[0][1] in ("COP", "MIL")
    events = run("Police met the marchers with tear gas.")
    assert not [e for e in events if e["plover"]["event"] == "CONSULT"]
    ev = on(run("Protesters were met with live fire."), "fire")
    assert who(ev, "recipient") == [("Protesters", "CVL")]


def test_spans_leave_out_dates_and_results(run):
    ev = on(run("Within a week more than a million people had marched through the capital."),
            "marched")
    assert who(ev) == [("more than a million people", "CVL")]
    ev = on(run("Soldiers shot dead dozens of them."), "shot")
    assert who(ev, "recipient")[0][0] == "dozens"


def test_a_pronoun_joined_to_a_clause_refers_to_its_subject(run):
    events = run("In 1983, dockers and teachers struck for a week.\n\nThe families of the "
                 "missing marched again last month, and they plan another march in March.",
                 published="2024-11-20")
    assert who(on(events, "march")) == [("they", "CVL")]


def test_a_crowd_the_parse_hangs_a_participle_on_is_its_doer(run):
    ev = on(run("The unrest began in 2014, after tens of thousands protested in Minsk and "
                "elsewhere."), "protested")
    assert who(ev) == [("tens of thousands", "CVL")]


def test_a_place_a_relative_clause_hangs_on_is_no_victim(run):
    ev = on(run("Fighting spread to the oil fields near Deir ez-Zor, where up to 300 foreign "
                "mercenaries were wounded by a French counterattack."), "wounded")
    assert [r for r, _ in who(ev, "recipient")] == ["up to 300 foreign mercenaries"]
    assert [t for t, _ in who(ev)] == ["French"]


@pytest.mark.parametrize(("text", "trigger", "sector"), [
    ("Government-backed militias burned the villages.", "burned", "PRM"),
    ("Plain-clothes militiamen stormed the dormitory.", "stormed", "PRM"),
    ("Resistance forces seized the town.", "seized", "REB"),
    ("An alliance of ethnic armies overran the posts.", "overran", "REB"),
])
def test_armed_groups_by_what_they_are(run, text, trigger, sector):
    assert who(on(run(text), trigger))[0][1] == sector


def test_event_phrases_are_not_their_own_actors(run):
    ev = on(run("In 1988 the generals crushed mass protests."), "protests")
    assert who(ev) == []
    assert on(run("In 1988 the generals crushed mass protests."), "crushed")["plover"]["mode"] \
        == "crowd-control"
    ev = on(run("The rebels, backed by American air strikes, drove the jihadists out."),
            "strikes")
    assert [t for t, _ in who(ev)] == ["American"]


# --- status and attribution ---------------------------------------------------------------------


def test_protesters_who_did_not_go_away_still_protested(run):
    assert on(run("The protesters have not gone away."), "protesters")["status"] == "asserted"
    assert on(run("No protesters turned up."), "protesters")["status"] == "negated"


def test_no_one_arrested_is_negated(run):
    events = run("Police reportedly detained up to 30 of them on Tuesday, though the governor "
                 "said no one had been arrested.")
    assert on(events, "arrested")["status"] == "negated"
    detained = on(events, "detained")
    assert detained["status"] == "asserted" and detained["hedged"]
    assert detained["attribution"] is None  # the governor's claim is about the other


def test_a_denial_of_responsibility_does_not_undo_the_deed(run):
    events = run("On Sunday, militiamen were filmed executing a farmer on a highway; the army "
                 "denied responsibility.")
    assert on(events, "executing")["status"] == "asserted"
    assert on(events, "executing")["attribution"] is None
    assert on(run("The army denied that soldiers had fired on the crowd."), "fired")["status"] \
        == "negated"


def test_circumstances_of_a_governor_are_no_hypothesis(run):
    assert on(run("In 1989 the colonel seized power in a coup."), "coup")["status"] == "asserted"
    assert on(run("Officials said they would not hesitate in detaining the organisers."),
              "detaining")["status"] == "hypothetical"


def test_a_threat_with_a_condition_was_made(run):
    ev = on(run("The unions have threatened a strike if wages are not paid."), "threatened")
    assert ev["status"] == "asserted"
    ev = on(run("Police may make arrests if a riot breaks out."), "arrests")
    assert ev["status"] == "hypothetical"


def test_naming_an_event_is_no_call_for_it(run):
    events = run("The authorities called the unrest a foreign plot.")
    assert on(events, "unrest")["status"] == "asserted"
    assert who(on(events, "unrest")) == []
    assert not [e for e in run("Ministers threatened to quit if critics call the operation an "
                               "invasion.") if e["trigger"]["text"] == "invasion"]


def test_measures_to_come_and_expectations_not_met(run):
    assert on(run("The president has said he will impose sanctions on the regime."),
              "sanctions")["status"] == "future"
    assert on(run("“By now the garrison was supposed to have surrendered,” she said."),
              "surrendered")["status"] == "hypothetical"


def test_a_strike_called_for_a_day_is_to_come(run):
    ev = on(run("The unions have called another day of strikes for 1 May.",
                published="2023-04-21"), "called")
    assert (ev["plover"]["event"], ev["status"]) == ("PROTEST", "future")
    assert when(ev)[0] == "2023-05-01"
    ev = on(run("Protesters called for the ouster of the president on Sunday."), "called")
    assert ev["status"] == "asserted"


# --- detection ----------------------------------------------------------------------------------


def test_people_pouring_into_the_streets_protest(run):
    assert on(run("Armenians poured into the streets of Yerevan."), "poured")["plover"] == \
        {"event": "PROTEST", "mode": "demo"}
    assert not run("Floodwaters poured into the streets.")


def test_what_protesters_deny_is_a_statement(run):
    events = run("The demonstrators denied throwing stones at the police.")
    assert on(events, "denied")["plover"]["event"] == "REJECT"
    assert on(events, "throwing")["status"] == "negated"


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("Turkish jets bombed the two border towns.", "bombed", ("ASSAULT", "aerial")),
    ("Militants bombed a market.", "bombed", ("ASSAULT", "explosives")),
    ("It has also blockaded the port to stop arms smuggling.", "blockaded", ("COERCE", "restrict")),
    ("Farmers blockaded the motorway.", "blockaded", ("PROTEST", "obstruct")),
    ("Two students were blinded by pellets.", "blinded", ("ASSAULT", "crowd-control")),
])
def test_modes_by_who_and_what(run, text, trigger, label):
    ev = on(run(text), trigger)
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == label


# --- places -------------------------------------------------------------------------------------


def test_a_town_ner_reads_as_a_person_is_a_place_when_bombed(run):
    ev = on(run("Turkish jets bombed Ras al-Ain."), "bombed")
    assert (ev["location"]["country"], ev["location"]["precision"]) == ("SYR", 1)
    assert who(ev, "recipient") == [("Ras al-Ain", "CVL")]


def test_a_region_word_rules_out_a_town_abroad(run):
    events = run("Militias in the Kasai region attacked police posts.")
    assert (on(events, "attacked").get("location") or {}).get("country") != "JPN"
    ev = on(run("Militias in the Kasai region drew a harsh crackdown from the army of the "
                "Democratic Republic of the Congo."), "crackdown")
    assert ev["location"]["country"] == "COD"


def test_a_capital_named_by_its_country_spans_the_country(run):
    ev = on(run("Houthi fighters seized Yemen’s capital in September 2014."), "seized")
    assert ev["location"]["text"] == "Yemen’s capital"


def test_whose_strike_and_who_died_in_it(run):
    ev = on(run("The commander is believed to have died with his guards in a French air strike "
                "in 2016."), "strike")
    assert [t for t, _ in who(ev)] == ["French"]
    ev = on(run("The commander died with his guards in a US drone raid."), "raid")
    assert any(t.startswith("US") for t, _ in who(ev)) and all(t != "commander" for t, _ in who(ev))


def test_a_person_captured_is_no_place(run):
    ev = on(run("The men who captured Tomasz were from Leeds."), "captured")
    assert (ev.get("location") or {}).get("name") != "Tomasz"


def test_an_allegation_has_no_doer_charged(run):
    events = run("Police made mass arrests of Tamils with allegations that they backed the rebels.")
    assert who(on(events, "allegations")) == []


def test_days_later_counts_from_the_date_before(run):
    events = run("Two million people marched in June 2019. The government suspended the bill days "
                 "later.", published="2024-06-12")
    ev = on(events, "suspended")
    assert (ev["date"]["text"], when(ev)[0]) == ("days later", "2019-06-01")


def test_a_clause_before_a_semicolon_is_not_what_the_next_one_claims(run):
    ev = on(run("Men armed with rods attacked commuters at the station, injuring at least 45 "
                "people; police were accused of arriving late, a charge they denied."), "attacked")
    assert (ev["status"], ev["hedged"], ev["attribution"]) == ("asserted", False, None)


def test_a_state_with_an_apposition_is_still_the_state(run):
    assert who(on(run("Turkey, a Nato member, condemned the attack."), "condemned")) == \
        [("Turkey", "GOV")]


def test_a_relative_clause_with_its_own_subject_keeps_its_head_as_recipient(run):
    ev = on(run("Allies were asked to take back the 800 fighters that we captured in the east."),
            "captured")
    assert [t for t, _ in who(ev, "recipient")] == ["800 fighters"]


def test_a_story_told_in_its_own_past_goes_on_in_the_next_sentence(run):
    events = run("The generals seized power on 1 February 2021. Hundreds of thousands marched "
                 "that spring. On 27 March soldiers shot dead at least 160 protesters.",
                 published="2024-02-01")
    assert when(on(events, "shot"))[0] == "2021-03-27"
    # An aside in brackets is no part of the story.
    events = run("The envoy first said so in 2012 (the minister agreed, 4 January).",
                 published="2024-02-01")
    assert all(when(e)[0] != "2012-01-04" for e in events)


# --- who did what, told in one sentence with another ---------------------------------------------


def test_police_charging_a_crowd_assault_it_and_prosecutors_charging_accuse(run):
    ev = on(run("Mounted police charged protesters in two squares of the old town."), "charged")
    assert (ev["plover"]["event"], who(ev)) == ("ASSAULT", [("Mounted police", "COP")])
    ev = on(run("Police charged 12 protesters in connection with the fire."), "charged")
    assert ev["plover"]["event"] == "ACCUSE"
    # A charge after a rally does not report the rally.
    assert on(run("After a march of 5,000 teachers, police charged the crowd."), "march")["attribution"] is None


def test_an_accident_kills_without_an_attack_and_police_who_fight_a_crowd_assault_it(run):
    assert not run("A footbridge over the river collapsed on Monday, killing nine people.")
    ev = on(run("In 1968, police fought thousands of students in the capital, and one student died."),
            "fought")
    assert ev["plover"]["event"] == "ASSAULT" and count(ev, "killed") == ("one", 1)
    ev = on(run("Workers blocked the gates of the refinery for a week."), "blocked")
    assert ev["plover"] == {"event": "PROTEST", "mode": "obstruct"}
    ev = on(run("Troops cleared hundreds of supporters of the cleric from the mosque."), "cleared")
    assert ev["plover"] == {"event": "ASSAULT", "mode": "crowd-control"}


def test_a_curfew_defied_is_none_imposed(run):
    events = run("Thousands marched in defiance of the curfew, and others gathered despite the curfew.")
    assert not [e for e in events if e["trigger"]["text"] == "curfew"]
    assert on(run("The army imposed a curfew on the city."), "curfew")["plover"]["mode"] == "curfew"


def test_each_coordinated_clause_keeps_its_own_town(run):
    events = run("Farmers blocked roads in Dijon, and police dispersed a crowd in Lyon.")
    assert on(events, "blocked")["location"]["name"] == "Dijon"
    assert on(events, "dispersed")["location"]["name"] == "Lyon"


def test_where_someone_went_and_where_someone_fled(run):
    ev = on(run("Thousands of students will march to Novi Sad on Friday."), "march")
    assert ev["location"]["name"] == "Novi Sad" and who(ev, "recipient") == []
    ev = on(run("Strikes have shut Nigeria for weeks. The oil minister resigned and fled to Niger."),
            "resigned")
    assert ev["location"]["country"] == "NGA"
    ev = on(run("Police cleared the protesters from the central market area of Kano."), "cleared")
    assert ev["location"]["name"] == "Kano"


def test_people_named_after_a_gapped_passive_suffered_it(run):
    ev = on(run("Police said six officers had been hurt and 40 youths detained."), "detained")
    assert who(ev) == [] and who(ev, "recipient") == [("40 youths", "CVL")]


def test_an_of_phrase_after_coordinated_doers_is_the_last_ones(run):
    ev = on(run("Soldiers and members of a pro-government militia fired on the marchers."), "fired")
    assert ("Soldiers", "MIL") in who(ev)
    assert all(text != "Soldiers and members of a pro-government militia" for text, _ in who(ev))


# --- claims --------------------------------------------------------------------------------------


def test_a_denial_in_an_aside_is_the_deniers_own(run):
    ev = on(run("Witnesses said the gunmen belonged to a militia, which denied any role."), "denied")
    assert (ev["attribution"], ev["hedged"]) == (None, False)
    ev = on(run("Activists accused troops of firing on mourners, which the army denied."), "denied")
    assert (ev["attribution"], ev["hedged"]) == (None, False)
    # Another deed in such a clause stays in the claim.
    ev = on(run("The army said it killed 20 militants, who had attacked a checkpoint."), "attacked")
    assert ev["attribution"]["text"] == "The army"


def test_according_to_speaks_for_its_own_clause(run):
    events = run("About 300 people were detained, according to the ministry, and a state of "
                 "emergency was declared in the province.")
    assert on(events, "detained")["attribution"]["text"] == "the ministry"
    assert all(e["attribution"] is None for e in events if e["trigger"]["text"] != "detained")


def test_may_have_done_is_a_hedged_estimate_and_could_have_is_not_done(run):
    ev = on(run("Rights groups said up to 300 people may have been killed in the crackdown."), "killed")
    assert (ev["status"], ev["hedged"]) == ("asserted", True)
    assert on(run("Dozens could have been killed by the troops that day."), "killed")["status"] == "hypothetical"


def test_the_purpose_of_a_plan_is_planned_too(run):
    events = run("The unions will hold a rally on Friday to demand higher wages.")
    assert on(events, "demand")["status"] == "future"


# --- dates ---------------------------------------------------------------------------------------


def test_months_ago_today_is_that_day_and_the_weeks_that_followed_run_from_it(run):
    events = run("Six months ago today, soldiers shot a teacher in Bamako. In the two weeks that "
                 "followed, police arrested dozens of his colleagues.", published="2024-06-10")
    assert when(on(events, "shot")) == ("2023-12-10", "2023-12-10")
    assert when(on(events, "arrested")) == ("2023-12-10", "2023-12-24")


def test_a_range_of_days_without_a_year_ends_before_the_report(run):
    ev = on(run("Police arrested 500 people between 28 May and 2 June.", published="2024-06-10"),
            "arrested")
    assert when(ev) == ("2024-05-28", "2024-06-02")
    ev = on(run("Police arrested 500 people between 20 December and 3 January.",
                published="2024-06-10"), "arrested")
    assert when(ev) == ("2023-12-20", "2024-01-03")


def test_a_day_just_ahead_of_the_report_is_last_years_for_a_deed_done(run):
    events = run("In June 2023, troops fired on the crowd. A curfew was imposed on 14 June.",
                 published="2024-06-10")
    assert when(on(events, "curfew"))[0] == "2023-06-14"
    # Not in a story of another year: "may 13" just ahead of the report stays unread.
    events = run("Protesters gathered on 13 June to demand his release.", published="2024-06-10")
    assert when(on(events, "gathered"))[0] == "2024-06-10"
    assert when(on(run("Nurses will strike on 14 June.", published="2024-06-10"), "strike"))[0] == "2024-06-14"


def test_what_may_yet_come_takes_no_past_date_and_a_deed_no_future_one(run):
    events = run("In March 2019, troops killed 12 protesters. The next protests may be bigger.",
                 published="2024-06-10")
    assert when(on(events, "protests"))[0] != "2019-03-01"
    events = run("The minister said elections could be held next year. Students vowed to keep "
                 "marching.", published="2024-06-10")
    assert when(on(events, "vowed"))[0] == "2024-06-10"


def test_a_crowd_of_another_year_is_not_shared(run):
    events = run("In 1991, police fought tens of thousands of people in the capital. In 2000, a "
                 "crowd stormed parliament.", published="2024-06-10")
    assert count(on(events, "stormed"), "participants") is None


# --- counts --------------------------------------------------------------------------------------


def test_the_toll_of_the_events_own_clause_wins(run):
    ev = on(run("Officials said four people died; doctors said at least 30 protesters were killed."),
            "killed")
    assert count(ev, "killed") == ("at least 30", 30) and ev["attribution"]["text"] == "doctors"
    events = run("Rioters looted and torched the market, and a bomb at the depot killed seven people.")
    assert count(on(events, "looted"), "killed") is None


def test_a_fraction_of_a_people_is_no_count(run):
    ev = on(run("Police made arrests in a country where one third of the people lives in poverty."),
            "arrests")
    assert count(ev, "killed") is None


def test_the_missing_are_no_crowd(run):
    events = run("Thousands marched on Friday. More than 40 people are still missing.")
    assert count(on(events, "marched"), "participants") == ("Thousands", 2000)
    events = run("Students rallied on Friday. About 30 people have disappeared since the rally.")
    assert count(on(events, "rallied"), "participants") is None


def test_a_toll_the_protest_is_about_is_not_its_own(run):
    events = run("Women marched to raise awareness of violence, a crime that has cost the lives of "
                 "hundreds this year.")
    assert count(on(events, "marched"), "killed") is None
    events = run("The strike called by the union to protest the death of a miner shut the port.")
    assert count(on(events, "strike"), "killed") is None


# --- status ------------------------------------------------------------------------------------


def test_a_clause_of_for_and_to_is_wished_not_done(run):
    ev = on(run("Some of the preachers called for the judges to be killed."), "killed")
    assert ev["status"] == "hypothetical"


# --- detection ---------------------------------------------------------------------------------


def test_vehicles_driven_into_people_and_crowds_surrounding_a_building(run):
    ev = on(run("A police truck ran over a protester on Monday."), "ran")
    assert ev["plover"]["event"] == "ASSAULT" and who(ev, "recipient") == [("protester", "CVL")]
    ev = on(run("A car ploughed into the crowd of mourners."), "ploughed")
    assert ev["plover"]["event"] == "ASSAULT"
    ev = on(run("About 2,000 taxi drivers surrounded the police headquarters."), "surrounded")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "obstruct")
    assert count(ev, "participants") == ("About 2,000", 2000)
    assert run("Troops surrounded the town.") == []
    assert run("She ran over the figures again.") == []
    assert run("The tribunal found that the driver had committed a serious breach of ethics.") == []


# --- who ---------------------------------------------------------------------------------------


def test_them_in_a_later_clause_are_the_ones_its_sentence_named(run):
    events = run("A man died in hospital. About 2,000 drivers surrounded the depot, and riot police "
                 "fired tear gas at them.")
    assert who(on(events, "fired"), "recipient") == [("them", "LAB")]
    events = run("Students marched on Monday. Police arrested the organisers and beat them.")
    assert who(on(events, "beat"), "recipient")[0][0] == "them"
    assert who(on(events, "beat"), "recipient")[0][1] == who(on(events, "arrested"), "recipient")[0][1]


# --- dates -------------------------------------------------------------------------------------


def test_a_yearless_day_goes_on_with_the_story_of_last_year(run):
    text = ("One year ago yesterday, police shot a driver in Medan.\n\nWhat followed was a week "
            "of unrest. Protesters burned the council building on 29 August, and on 31 August "
            "the minister resigned.")
    events = run(text, published="2026-08-29")
    assert when(on(events, "shot")) == ("2025-08-28", "2025-08-28")
    assert when(on(events, "burned")) == ("2025-08-29", "2025-08-29")
    assert when(on(events, "resigned")) == ("2025-08-31", "2025-08-31")
    # A date far from the story, or with nothing told before it, is the report's year.
    events = run("In May 2025 police shot a driver. Protesters burned the council building on "
                 "29 August.", published="2026-08-29")
    assert when(on(events, "burned"))[0] == "2026-08-29"


def test_the_day_words_were_said_does_not_date_what_had_been_done(run):
    events = run("Rioters burned the council on 31 August 2025. The minister said in October that "
                 "the riots had been organised from abroad.", published="2026-08-29")
    assert when(on(events, "riots")) == ("2025-08-31", "2025-08-31")
    events = run("Police said on Tuesday that they had arrested 40 people.", published="2026-08-29")
    assert when(on(events, "arrested"))[0] == "2026-08-25"


def test_words_said_on_television_are_not_said_to_it(run):
    ev = on(run("The police chief apologised on television the next morning."), "apologised")
    assert who(ev, "recipient") == []


def test_met_with_live_rounds_is_an_attack(run):
    ev = on(run("The marches were met with live ammunition."), "met")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "firearms")
    ev = on(run("The president met with opposition leaders."), "met")
    assert ev["plover"]["event"] == "CONSULT"
    assert not [e for e in run("The plan was met with criticism.") if e["plover"]["event"] == "ASSAULT"]


def test_a_toll_that_only_says_which_place_is_meant(run):
    events = run("Police fired tear gas at a crowd gathered at the spot where the two men died.")
    assert all("killed" not in e["counts"] for e in events)
    events = run("Police fired tear gas at the square where 12 protesters were killed last year.")
    fired = on(events, "fired")
    assert "killed" not in fired["counts"] and when(fired)[0] == "2024-06-10"
    # A day in such a clause is still the day: "fired into the square where crowds gathered on Monday".
    events = run("Police fired tear gas into the square where demonstrators gathered on Friday.")
    assert when(on(events, "fired")) == when(on(events, "gathered")) == ("2024-06-07", "2024-06-07")


def test_the_owner_of_a_killing_or_an_arrest_is_who_it_was_done_to(run):
    ev = on(run("Police confirmed the students' detention."), "detention")
    assert who(ev, "recipient") == [("students", "EDU")] and who(ev) == []
    ev = on(run("The army's killing of civilians was condemned."), "killing")
    assert who(ev) == [("army", "MIL")]


def test_a_heeded_call_for_a_strike_is_the_strike(run):
    ev = on(run("Thousands of workers heeded the call for a general strike."), "strike")
    assert ev["status"] == "asserted" and ev["plover"]["event"] == "PROTEST"
    assert count(ev, "participants") == ("Thousands", 2000)
    ev = on(run("Unions issued a call for a strike."), "call")
    assert ev["plover"]["event"] == "REQUEST"


def test_gunshot_wounds_are_a_shooting_and_their_toll(run):
    ev = on(run("Doctors treated 12 people for gunshot wounds."), "gunshot")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "firearms")
    assert count(ev, "injured") == ("12", 12)


def test_victims_counted_before_a_long_relative_clause(run):
    ev = on(run("Two men who had spent the day preparing an appeal were shot dead in their car."), "shot")
    assert count(ev, "killed") == ("Two", 2)
    ev = on(run("More than 30 students who had joined the march were arrested by police."), "arrested")
    assert count(ev, "arrested") == ("More than 30", 30)


def test_who_two_victims_were_is_no_third_one(run):
    ev = on(run("Ana Diaz, a lawyer, and Paulo Reis, an opposition official, were hit by bullets."), "hit")
    assert "injured" not in ev["counts"]


def test_people_displaced_are_no_crowd(run):
    events = run("The insurgency has displaced more than 600,000 people. Thousands protested on Friday.")
    assert count(on(events, "protested"), "participants") == ("Thousands", 2000)


def test_that_rally_is_the_rally_told_before(run):
    events = run("In the middle of May lawmakers voted themselves a raise, and students rallied outside "
                 "parliament on 25 May to demand that it be scrapped. Police dispersed that rally with "
                 "tear gas.", published="2024-06-10")
    assert when(on(events, "dispersed")) == ("2024-05-25", "2024-05-25")


def test_a_day_a_coordinated_speaker_reports_is_not_the_first_clauses(run):
    events = run("The government has threatened to ban demonstrations, and the opposition says it will "
                 "hold a rally on 14 June regardless.", published="2024-06-10")
    assert when(on(events, "threatened"))[0] == "2024-06-10"
    assert when(on(events, "rally"))[0] == "2024-06-14"


def test_a_yearless_day_goes_on_with_a_story_of_years_ago(run):
    events = run("Five years ago today, soldiers detained the president. On 9 February a police "
                 "officer shot a student during a march.", published="2026-02-01")
    assert when(on(events, "detained"))[0] == "2021-02-01"
    assert when(on(events, "shot")) == ("2021-02-09", "2021-02-09")


def test_a_crowd_of_one_year_is_not_shared_with_a_protest_of_another(run):
    events = run("In August 1988 millions marched against the regime. In September 2007 troops beat "
                 "monks who had marched against fuel prices.", published="2026-02-01")
    assert count(on(events, "marched"), "participants") == ("millions", 2000000)
    assert count(on(events, "beat"), "participants") is None


def test_the_subject_of_an_active_shooting_is_no_victim(run):
    ev = on(run("A police officer shot a grocery worker in the head."), "shot")
    assert count(ev, "injured") == ("a grocery worker", 1)
    ev = on(run("One of the protesters was shot dead."), "shot")
    assert count(ev, "killed") == ("One", 1)


def test_a_date_told_for_what_will_be_dates_no_deed_after_it(run):
    events = run("The generals say a second round of voting will be held in March. Opposition "
                 "leaders warned that anyone who votes will legitimise the coup.", published="2026-02-01")
    assert when(on(events, "warned"))[0] == "2026-02-01"


def test_one_victim_told_by_an_article_and_a_clause(run):
    # A person with "a" before a clause that keeps the verb out of reach of the words.
    ev = on(run("A woman crossing the bridge that the strikers had closed was shot and killed on "
                "Monday."), "shot")
    assert ev["counts"]["killed"]["value"] == 1
    assert ev["counts"]["killed"]["text"] == "A woman"
    # A named person as the object of an active verb.
    events = run("Troops opened fire on the crowd, killing Tomas Ferreira Lind, a teacher.")
    killed = [e["counts"]["killed"] for e in events if "killed" in e["counts"]]
    assert [(c["value"], c["text"]) for c in killed] == [(1, "Tomas Ferreira Lind")]
    ev = on(run("Police arrested union leader Maria Okafor outside the depot."), "arrested")
    assert ev["counts"]["arrested"]["value"] == 1
    # Two people, or a plain "the man", are not read as one victim here.
    ev = on(run("Police killed Ana Ruiz and Tomas Lind in the square."), "killed")
    assert ev["counts"].get("killed", {}).get("value") != 1
    ev = on(run("Police should arrest Maria Okafor, her rivals said."), "arrest")
    assert "arrested" not in ev["counts"]


def test_a_ban_only_threatened_leaves_the_protest_supposed(run):
    ev = on(run("The governor threatened to ban demonstrations in the city."), "demonstrations")
    assert ev["status"] == "hypothetical"
    ev = on(run("The governor banned demonstrations in the city."), "demonstrations")
    assert ev["status"] == "negated"


def test_an_inquiry_that_should_be_granted_is_not_held(run):
    ev = on(run("The government should grant that inquiry at once, the lawyers said."), "inquiry")
    assert ev["status"] == "hypothetical"
    ev = on(run("Police did not order an inquiry into the shooting."), "inquiry")
    assert ev["status"] == "negated"


def test_strikers_in_a_sentence_do_not_make_it_sport(run):
    events = run("A driver who drove at the picket the strikers had formed was shot on Monday.")
    assert on(events, "shot")["plover"]["event"] == "ASSAULT"
    assert run("The Arsenal striker shot wide in the final minute.") == []


def test_a_big_city_ner_takes_for_a_person_is_the_place_of_its_story(run):
    text = ("QUITO - Thousands of Ecuadorians marched in Quito on Monday.\n\nGuayaquil paid the "
            "highest price. Police fired on protesters at a roadblock in the port district.")
    assert on(run(text), "fired")["location"]["name"] == "Guayaquil"
    # Not someone who speaks, nor a city of another country than the story's.
    events = run("Houston said police fired on protesters in Nairobi.")
    assert on(events, "fired")["location"]["name"] == "Nairobi"


def test_an_undated_paragraph_between_two_dates_of_an_old_story_goes_on_with_it(run):
    text = ("Protesters blocked the main roads on 3 May 2021, and by the end of June at least 40 "
            "had died.\n\nMore than 1,000 people were detained. A student was arrested on 13 May "
            "and released the next day.")
    events = run(text, published="2026-04-28")
    assert when(on(events, "detained"))[0].startswith("2021-")
    # A paragraph of news after a history paragraph keeps the day of the report.
    text = ("Protesters blocked the main roads on 3 May 2021.\n\nMore than 1,000 people were "
            "detained. A student was arrested on Friday.")
    events = run(text, published="2026-04-28")
    assert when(on(events, "detained"))[0] == "2026-04-28"


def test_years_after_an_event_told_as_now_count_back_from_the_report(run):
    ev = on(run("Five years after the national strike, the police have still not been reformed.",
                published="2026-04-28"), "strike")
    assert when(ev) == ("2021-01-01", "2021-12-31")
    assert ev["date"]["text"] == "Five years after"
    ev = on(run("Six months since the coup, the generals are still in charge.",
                published="2026-04-28"), "coup")
    assert when(ev) == ("2025-10-01", "2025-10-31")
    # After a deed, the span counts from the deed, not from the report.
    ev = on(run("Two years after the strike, the workers returned to the plant.",
                published="2026-04-28"), "strike")
    assert ev["date"]["origin"] != "text"


def test_firearms_said_to_be_used_are_a_shooting(run):
    ev = on(run("The ministry denied that officers had used firearms against the crowd."), "used")
    assert (ev["plover"]["event"], ev["plover"]["mode"], ev["status"]) == ("ASSAULT", "firearms", "negated")
    assert run("Police carried pistols at the rally.")[0]["plover"]["event"] == "PROTEST"


def test_a_clause_coordinated_with_a_verb_of_dismissing_is_not_denied(run):
    events = run("Striking miners were dismissed by the dozens, and their union leader was jailed for two years.")
    jailed = on(events, "jailed")
    assert jailed["status"] == "asserted" and jailed["attribution"] is None
    assert who(on(events, "dismissed")) == []  # "by the dozens" is how many, not who


def test_counted_by_the_hundreds_after_a_deed_are_its_toll(run):
    ev = on(run("Opposition supporters were arrested by the hundreds."), "arrested")
    assert (ev["counts"]["arrested"]["value"], ev["counts"]["arrested"]["qualifier"]) == (100, "vague")
    strike = on(run("Miners went on strike in May. They were dismissed by the hundreds."), "strike")
    assert "participants" not in strike["counts"]


def test_workers_who_struck_for_pay_went_on_strike(run):
    ev = on(run("Nurses who struck for better wages were suspended."), "struck")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "strike")


def test_a_month_of_that_year_is_in_the_year_told_before(run):
    events = run("Troops occupied the plant on 2 November 2009. Workers who had struck since June of "
                 "that year were dismissed.", published="2026-01-06")
    assert when(on(events, "struck")) == ("2009-06-01", "2009-06-30")
    assert not when(on(events, "dismissed"))[0].startswith("2009-06")  # the strike's date, not theirs
    fired = on(run("Police fired at workers who had gathered at the gate on Sunday.", published="2026-01-06"), "fired")
    assert when(fired) == ("2026-01-04", "2026-01-04")  # the scene's day
    released = on(run("He was arrested in 2019 and released on 3 June the same year.",
                      published="2026-01-06"), "released")
    assert when(released) == ("2019-06-03", "2019-06-03")


def test_kin_of_the_dead_are_counted_as_a_crowd_not_a_toll(run):
    ev = on(run("About 80 widows of the dead marched to the governor's office."), "marched")
    assert "killed" not in ev["counts"] and ev["counts"]["participants"]["value"] == 80
    held = on(run("Three relatives of those killed were arrested outside the court."), "arrested")
    assert held["counts"]["arrested"]["value"] == 3


def test_people_who_gathered_to_ask_for_something_protested(run):
    ev = on(run("About 50 mothers gathered outside parliament to ask for an inquiry."), "gathered")
    assert ev["plover"]["event"] == "PROTEST"


def test_a_hyphenated_town_is_read_whole(run):
    ev = on(run("Thousands who rallied in Alma-Ata against the decree were dispersed by troops."), "rallied")
    assert ev["location"]["name"] == "Almaty" and ev["location"]["text"] == "Alma-Ata"


def test_the_story_moves_to_the_town_the_crowd_reached(run):
    events = run("Hundreds of miners set off on foot from Kitwe on Monday. By Wednesday the marchers had "
                 "reached Lusaka. Police fired tear gas at them outside parliament.")
    assert on(events, "fired")["location"]["name"] == "Lusaka"
    spread = on(run("By Friday the protests had spread to Mombasa."), "protests")
    assert spread["location"]["name"] == "Mombasa"


def test_a_time_of_day_before_the_doers_is_not_their_name(run):
    ev = on(run("The next morning demonstrators stormed the town hall."), "stormed")
    assert who(ev) == [("demonstrators", "CVL")]


def test_firing_without_warning_is_no_threat(run):
    events = run("Soldiers fired into the crowd without warning.")
    assert [e["plover"]["event"] for e in events] == ["ASSAULT"]


def test_what_was_ordered_years_ago_belongs_to_that_story(run):
    ev = on(run("On 3 March 2019 the governor said he had ordered the police to arrest the organisers.",
                published="2026-01-06"), "arrest")
    assert ev["status"] == "hypothetical" and when(ev) == ("2019-03-03", "2019-03-03")
    soon = on(run("On Monday the governor said he had ordered the police to arrest the organisers.",
                  published="2026-01-06"), "arrest")
    assert soon["date"]["origin"] == "published"


def test_a_town_taken_for_a_person_is_the_town_named_before(run):
    events = run("Riots broke out in the oil town of Zhanaozen on Monday.\n\nZhanaozen had known "
                 "trouble before. On 16 December 2011 police opened fire on striking workers.",
                 published="2026-01-06")
    assert on(events, "opened")["location"]["name"] == "Zhanaozen"


def test_those_who_describe_being_beaten_were_beaten(run):
    ev = on(run("Former prisoners have described being beaten by guards at the camp."), "beaten")
    assert ("Former prisoners", "CVL") in who(ev, "recipient") and ("Former prisoners", "CVL") not in who(ev)
    ev = on(run("Students complained of being beaten in custody."), "beaten")
    assert who(ev) == [] and who(ev, "recipient") == [("Students", "EDU")]


def test_a_concession_after_a_denial_is_the_writers_own(run):
    events = run("The army denied that prisoners were tortured, although two officers were later "
                 "convicted of it.")
    assert on(events, "tortured")["status"] == "negated"
    assert on(events, "convicted")["attribution"] is None


def test_a_clause_told_as_now_is_not_dated_by_its_coordinated_clause(run):
    events = run("A pardon in March 2023 freed some of the prisoners, but the inquiries into the "
                 "shootings have been closed.", published="2026-01-06")
    assert when(on(events, "freed")) == ("2023-03-01", "2023-03-31")
    assert not when(on(events, "shootings"))[0].startswith("2023-03")


def test_one_who_did_something_is_no_victim_of_it(run):
    ev = on(run("A photographer who had filmed the shooting was detained at the border."), "shooting")
    assert "injured" not in ev["counts"]
    ev = on(run("A student who died in the clashes was buried on Friday."), "clashes")
    assert ev["counts"]["killed"]["value"] == 1


def test_teens_and_compound_numbers_of_years_ago(run):
    ev = on(run("Thirteen years ago today, troops cleared the square.", published="2026-08-14"), "cleared")
    assert when(ev) == ("2013-08-14", "2013-08-14")
    ev = on(run("Twenty-five years ago, students marched on parliament.", published="2026-08-14"), "marched")
    assert when(ev) == ("2001-01-01", "2001-12-31")


def test_a_camp_broken_up_is_dispersed_and_takes_its_toll(run):
    ev = on(run("A second camp in Giza was broken up the same morning, and dozens more died there."), "broken")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "crowd-control")
    assert ev["counts"]["killed"]["qualifier"] == "vague"


@pytest.mark.parametrize("told, then, value", [
    # a figure put on it, then a deed the same side claims
    ("At least 300 people were killed in the square, according to a rights group. The government put "
     "the toll at 120 and said that gunmen in the crowd had fired first.", "fired", 300),
    # a figure a side admits
    ("At least 157 people were killed in the stadium, according to a UN inquiry. The junta admitted "
     "57 deaths and blamed the violence on the organisers.", "violence", 157),
])
def test_a_second_toll_counts_the_killing_told_before(run, told, then, value):
    events = run(told)
    assert on(events, "killed")["counts"]["killed"]["value"] == value
    assert "killed" not in on(events, then)["counts"]


def test_doers_hung_on_a_date_are_still_the_doers(run):
    ev = on(run("On 27 July police and men in plain clothes fired on a march, killing about 95 people, "
                "by the count of the health ministry."), "fired")
    assert ("police", "COP") in who(ev) and ("police", "COP") not in who(ev, "recipient")
    assert ev["attribution"]["text"] == "the health ministry"
    ev = on(run("Troops killed 40 villagers, by the army's own tally."), "killed")
    assert ev["attribution"]["text"] == "the army"


def test_sentenced_to_death_is_no_toll(run):
    ev = on(run("Thousands were arrested, and more than 500 of them were later sentenced to death."), "arrested")
    assert "killed" not in ev["counts"]


def test_a_date_deep_in_a_fronted_when_clause_dates_the_sentence(run):
    ev = on(run("When a few hundred people answered a call to protest on 20 September 2019, more than "
                "4,000 were detained, lawyers said.", published="2026-08-14"), "detained")
    assert when(ev) == ("2019-09-20", "2019-09-20")
    ev = on(run("Police fired on a march on 3 May. Dozens were arrested in the days after.",
                published="2026-08-14"), "arrested")
    assert when(ev) == ("2026-05-03", "2026-05-06")


def test_a_new_paragraph_on_another_day_does_not_go_on_in_the_last_town(run):
    events = run("On 14 August troops cleared a camp in Giza.\n\nIt had not begun that way. At the "
                 "end of June millions marched against the president.", published="2026-08-14")
    assert on(events, "cleared")["location"]["name"] == "Giza"
    assert on(events, "marched")["location"]["name"] != "Giza"


def test_a_complaint_that_will_be_filed_is_future(run):
    ev = on(run("Lawyers say they will file a new complaint with the commission next month.",
                published="2026-08-14"), "complaint")
    assert ev["status"] == "future" and when(ev) == ("2026-09-01", "2026-09-30")


def test_whose_figures_they_are_is_not_who_did_it(run):
    ev = on(run("Between 6,000 and 7,000 people were detained, by the interior ministry's own figures."), "detained")
    assert who(ev) == [] and ev["attribution"]["text"] == "the interior ministry"


def test_over_the_next_nights_counts_from_the_date_before(run):
    events = run("Protests began on 9 August 2020. Over the next three nights thousands were detained.",
                 published="2025-08-09")
    assert when(on(events, "detained")) == ("2020-08-09", "2020-08-12")


def test_a_later_month_of_the_story_year_stays_in_it(run):
    events = run("Five years ago tonight, police met the crowds with stun grenades. On 16 August up to "
                 "200,000 people marched, and they came back every Sunday until the end of the year. "
                 "In November a teacher died after men in balaclavas beat him.", published="2025-08-09")
    assert when(on(events, "marched")) == ("2020-08-16", "2020-08-16")
    assert when(on(events, "beat")) == ("2020-11-01", "2020-11-30")


def test_a_date_on_the_triggers_own_verb_comes_first(run):
    ev = on(run("Protests began on 9 August 2020. Two protesters died that week; one was shot near the "
                "station on 10 August.", published="2025-08-09"), "shot")
    assert when(ev) == ("2020-08-10", "2020-08-10")


def test_dates_of_other_things_do_not_date_the_event(run):
    ev = on(run("The 5,000 demonstrators urged soldiers to remove roadblocks set up since the 8 November "
                "mutiny.", published="2024-12-27"), "urged")
    assert ev["date"]["origin"] != "text"
    ev = on(run("The rally was held as a result of yesterday's statement by the lawyer.",
                published="2024-03-10"), "rally")
    assert when(ev) != ("2024-03-09", "2024-03-09")


def test_a_second_verb_with_its_own_object_does_not_take_the_count(run):
    events = run("Police dispersed 300 protesters and arrested 20.")
    assert on(events, "arrested")["counts"]["arrested"]["value"] == 20
    assert all(e["counts"].get("arrested", {}).get("value") != 300 for e in events)
    events = run("Troops surrounded 200 villagers and killed them.")
    assert on(events, "killed")["counts"]["killed"]["value"] == 200


def test_rising_against_someone_is_an_uprising(run):
    ev = on(run("In February 1978 the neighbourhood of Monimbó in Masaya rose against the National Guard."), "rose")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "riot")
    assert who(ev, "recipient") == [("National Guard", "MIL")]
    assert run("Food prices rose against the dollar.") == []


def test_where_someone_was_expelled_to_is_not_where_the_story_goes_on(run):
    events = run("Riot police broke up a march in Managua on Monday.\n\nLast year a bishop who had "
                 "refused to leave Nicaragua was expelled to Rome. The vice-president has warned "
                 "that anyone who marks the anniversary will be treated as a terrorist.",
                 published="2026-04-18")
    assert on(events, "warned")["location"]["country"] == "NIC"


def test_a_breadcrumb_of_regions_names_no_country(run):
    events = run("Latin America > Central America\n\nEight years ago today, students gathered in León "
                 "to protest against cuts to pensions. Last year a bishop was expelled to Rome.",
                 published="2026-04-18")
    assert on(events, "gathered")["location"]["country"] == "NIC"
    assert "USA" not in {e["location"]["country"] for e in events if e.get("location")}


def test_a_toll_for_a_whole_year_is_no_one_events(run):
    events = run("In July police retook the barricaded towns one by one. A commission later put the "
                 "death toll for the year at 355.")
    assert all("killed" not in e["counts"] for e in events)


def test_protests_that_spread_to_many_cities_are_in_no_one_town(run):
    events = run("Students gathered in León on Monday. Within a week the protests had spread to a dozen cities.")
    assert on(events, "gathered")["location"]["name"] == "León"
    assert on(events, "protests")["location"]["precision"] == 3


def test_most_of_them_shot_were_shot(run):
    events = run("When the president changed the constitution, security forces killed at least 50 "
                 "protesters, most of them shot in the poorer suburbs.")
    killed = on(events, "killed")
    assert killed["counts"]["killed"]["value"] == 50 and who(killed) == [("security forces", "COP")]
    assert all(("most", "CVL") not in who(e) for e in events)


def test_a_range_of_months_across_years(run):
    ev = on(run("Between October 2019 and March 2020 security forces killed at least 50 protesters.",
                published="2025-09-28"), "killed")
    assert when(ev) == ("2019-10-01", "2020-03-31")


def test_a_toll_of_its_own_clause_after_and_is_not_the_one_before(run):
    ev = on(run("At least 157 people were killed and more than 100 women were raped in the stadium."), "raped")
    assert "killed" not in ev["counts"]


def test_a_date_opening_a_later_clause_dates_it(run):
    events = run("They banned all demonstrations in May 2022, dissolved the coalition and, in July last "
                 "year, two of its leaders were abducted by men in uniform.", published="2025-09-28")
    abducted = on(events, "abducted")
    assert when(abducted) == ("2024-07-01", "2024-07-31")
    assert abducted["counts"]["arrested"]["value"] == 2
    assert when(on(events, "banned")) == ("2022-05-01", "2022-05-31")


def test_what_an_order_was_given_for_is_only_ordered(run):
    events = run("Camara was sentenced to 20 years in prison. He has always denied giving the order to "
                 "fire, and his lawyers have appealed.")
    assert on(events, "fire")["status"] != "asserted"
    assert on(run("Police used their power to disperse the crowd."), "disperse")["status"] == "asserted"


def test_those_who_do_it_in_the_simple_present_are_whoever_does(run):
    assert on(run("The law punishes those who protest without a permit."), "protest")["status"] == "hypothetical"
    assert on(run("Police arrested those who marched on Monday."), "marched")["status"] == "asserted"


def test_people_dismissed_are_sacked_and_claims_dismissed_rejected(run):
    assert on(run("Miners went on strike in May. They were dismissed by the hundreds."), "dismissed")["plover"]["event"] == "SANCTION"
    assert on(run("The army dismissed it as propaganda."), "dismissed")["plover"]["event"] == "REJECT"


# --- from a fiftieth-anniversary opinion article (example 37) --------------------------------


def test_two_months_told_together_are_one_stretch(run):
    ev = on(run("In April and May 2010, troops cleared the streets of the capital."), "cleared")
    assert when(ev) == ("2010-04-01", "2010-05-31") and ev["date"]["text"] == "April and May 2010"
    assert when(on(run("Protests went on from June to August."), "Protests")) == ("2023-06-01", "2023-08-31")


def test_seasons_of_that_year_are_those_seasons_of_the_year_told_before(run):
    events = run("The students rose in 2020. Thousands gathered at the monument in the summer and "
                 "autumn of that year to demand a new constitution.")
    assert when(on(events, "gathered")) == ("2020-06-01", "2020-11-30")


def test_a_finding_reports_the_clause_it_governs(run):
    events = run("About 90 people were killed in two months of clashes, a truth commission found. "
                 "A court later ruled that soldiers had shot the six victims.")
    assert on(events, "killed")["attribution"]["text"] == "a truth commission"
    assert on(events, "shot")["attribution"]["text"] == "A court"
    assert on(run("Police found the bodies of three people killed in the clashes."),
              "killed")["attribution"] is None


def test_counted_people_before_a_bare_participle_were_done_to(run):
    ev = on(run("Six people killed in the clashes were buried on Sunday."), "killed")
    assert who(ev, "recipient") == [("Six people", "CVL")] and who(ev) == []


def test_a_number_before_an_active_verb_with_an_object_counts_the_doers(run):
    ev = on(run("Police said three officers shot dead two protesters."), "shot")
    assert count(ev, "killed") == ("two", 2)
    ev = on(run("Three soldiers killed the man."), "killed")
    assert count(ev, "killed") != ("Three", 3)
    assert count(on(run("Twelve people killed on Sunday were buried."), "killed"), "killed") == ("Twelve", 12)


def test_those_charged_are_no_crowd_and_no_source(run):
    events = run("More than 1,900 people have since been charged for their part in the protests.")
    assert all("participants" not in e["counts"] for e in events)
    assert all(e["attribution"] is None for e in events)


def test_the_event_noun_opening_a_paragraph_takes_up_the_one_told_before(run):
    events = run("Fifty years ago, police killed 46 students in Bangkok.\n\nThe massacre was never "
                 "prosecuted.", published="2026-10-06")
    assert when(on(events, "massacre")) == ("1976-01-01", "1976-12-31")


# --- from a second-anniversary opinion article (example 38) ----------------------------------


def test_banging_pots_and_building_barricades_are_protests(run):
    ev = on(run("Residents banged pots and pans from their balconies."), "banged")
    assert ev["plover"] == {"event": "PROTEST", "mode": "demo"}
    ev = on(run("Students built barricades across the city."), "barricades")
    assert ev["plover"]["event"] == "PROTEST" and who(ev) == [("Students", "EDU")]
    assert all(e["plover"]["event"] != "PROTEST" for e in run("The drummers banged their drums."))


def test_whoever_puts_a_figure_on_it_is_the_source(run):
    ev = on(run("The government put the number of those detained at more than 2,200."), "detained")
    assert ev["attribution"]["text"] == "The government"
    assert ev["counts"]["arrested"]["value"] == 2200


def test_a_named_group_after_its_kind_is_part_of_the_source(run):
    ev = on(run("At least 24 people had been killed, according to the rights group Provea."), "killed")
    assert ev["attribution"]["text"] == "the rights group Provea"


def test_a_statement_before_a_semicolon_names_no_one_done_to(run):
    ev = on(run("The minister said nobody was hurt; families described beatings."), "beatings")
    assert who(ev, "recipient") == []


def test_the_finer_date_of_the_sentence_before_carries_on(run):
    events = run("In 2017, when the court tried to strip the assembly of its powers, the country "
                 "marched almost daily from April to July. More than 120 people were killed.")
    assert when(on(events, "killed")) == ("2017-04-01", "2017-07-31")


def test_this_weekend_from_midweek_is_the_coming_one(run):
    ev = on(run("Teachers will march in the capital this weekend.", published="2026-07-28"), "march")
    assert when(ev) == ("2026-08-01", "2026-08-02")


# --- from a seventh-anniversary opinion article (example 39) ---------------------------------


def test_walking_out_of_the_mosque_is_no_strike(run):
    events = run("Thousands walked out of the mosques after prayers and marched through the centre of Algiers.")
    assert [e["plover"] for e in events] == [{"event": "PROTEST", "mode": "demo"}]
    assert on(run("Workers walked out of the factory on Monday."), "walked")["plover"]["mode"] == "strike"


def test_a_month_after_so_many_years_ago_is_in_that_year(run):
    events = run("Seven years ago today, crowds marched after Friday prayers in Algiers. By early April "
                 "he was gone. For more than a year after that, millions marched.", published="2026-02-22")
    assert when(on(events, "marched", 1)) == ("2019-04-01", "2019-04-10")
    assert when(on(events, "marched")) == ("2019-02-22", "2019-02-22")


def test_almost_no_one_is_not_none(run):
    ev = on(run("Almost no one was killed."), "killed")
    assert ev["status"] == "asserted" and "killed" not in ev["counts"]
    assert on(run("No one was killed."), "killed")["counts"]["killed"]["value"] == 0


def test_not_with_a_massacre_but_with_a_virus(run):
    assert on(run("The movement ended not with a massacre but with a virus."), "massacre")["status"] == "negated"


def test_shot_dead_a_schoolboy_is_one_killed(run):
    ev = on(run("Gendarmes shot dead a schoolboy in custody at Beni Douala."), "shot")
    assert count(ev, "killed") == ("a schoolboy", 1) and "arrested" not in ev["counts"]


def test_a_when_clause_opening_a_coordinated_clause_dates_it(run):
    events = run("Marches were suspended in March 2020, and when people tried to return to the streets "
                 "in February 2021, police arrested hundreds.")
    assert when(on(events, "arrested")) == ("2021-02-01", "2021-02-28")
    assert when(on(events, "suspended")) == ("2020-03-01", "2020-03-31")


def test_since_then_goes_on_from_the_last_date_and_brings_the_story_to_now(run):
    events = run("Marches were suspended in March 2020, and when people tried to return to the streets "
                 "in February 2021, police arrested hundreds. Since then, more than 250 activists and "
                 "journalists have been jailed. In December, a court sentenced a teacher to three years.",
                 published="2026-02-22")
    jailed = on(events, "jailed")  # (from then to the report)
    assert when(jailed) == ("2021-02-01", "2026-02-22") and "participants" not in jailed["counts"]
    assert when(on(events, "sentenced")) == ("2025-12-01", "2025-12-31")


def test_those_being_tried_are_no_crowd(run):
    events = run("Police detained about 30 people who had gathered outside the court where two activists "
                 "were being tried.")
    assert all(e["counts"].get("participants", {}).get("value") != 2 for e in events)


# --- from a seventh-anniversary opinion article (example 40) ---------------------------------


def test_a_place_near_the_one_before_only_says_where_it_lies(run):
    events = run("Soldiers opened fire on a march of coca growers at the bridge in Sacaba, near Cochabamba.")
    assert {e["location"]["name"] for e in events} == {"Sacaba"}
    ev = on(run("Police fired on protesters near Cochabamba."), "fired")
    assert (ev["location"]["name"], ev["location"]["precision"]) == ("Cochabamba", 2)


def test_a_square_or_street_named_after_a_town_is_not_the_town(run):
    ev = on(run("Families marched to the courts in La Paz; police blocked them at the Plaza Murillo."), "blocked")
    assert ev["location"]["name"] == "La Paz"


def test_a_town_geonames_lacks_is_kept_by_hand(run):
    ev = on(run("Troops killed ten people at the fuel plant in El Alto, Bolivia's second city."), "killed")
    assert (ev["location"]["name"], ev["location"]["country"]) == ("El Alto", "BOL")


def test_pepper_spray_is_crowd_control(run):
    ev = on(run("Several mothers were pepper-sprayed, their lawyer said."), "sprayed")
    assert ev["plover"] == {"event": "ASSAULT", "mode": "crowd-control"}
    assert run("Activists sprayed graffiti on the walls.") == []


# --- from a third-anniversary opinion article (example 41) -----------------------------------


def test_setting_things_alight_is_destruction(run):
    ev = on(run("That night young people set cars and town halls alight and fought the police."), "set")
    assert ev["plover"] == {"event": "ASSAULT", "mode": "destroy"} and who(ev) == [("young people", "CVL")]
    assert run("The council set a deadline for the talks.") == []


def test_a_rubber_projectile_is_crowd_control(run):
    ev = on(run("A man died after being hit by a rubber projectile fired by a police unit."), "fired")
    assert ev["plover"]["mode"] == "crowd-control"


def test_a_hyphenated_town_with_lower_case_parts_is_read_whole(run):
    ev = on(run("Riots broke out in Clichy-sous-Bois on Monday."), "Riots")
    assert ev["location"]["name"] == "Clichy-sous-Bois" and ev["location"]["text"] == "Clichy-sous-Bois"


def test_a_date_of_what_came_after_does_not_date_what_came_before(run):
    events = run("On 27 October 2005 two boys died in Clichy-sous-Bois. The riots lasted three weeks, and "
                 "nearly 3,000 people were detained before the government declared a state of emergency "
                 "on 8 November.")
    assert when(on(events, "detained")) != ("2005-11-08", "2005-11-08")


def test_a_range_between_two_kinds_of_date(run):
    ev = on(run("Between November 2018 and the spring of 2019, some 2,500 protesters were injured."), "injured")
    assert when(ev) == ("2018-11-01", "2019-05-31")
    assert ev["date"]["text"] == "November 2018 and the spring of 2019"


# --- from a tenth-anniversary opinion article (example 42, HTML) -----------------------------


def test_a_region_known_by_its_english_name(run):
    ev = on(run("Since November 2015, students and farmers across Oromia had protested against a plan "
                "to expand the capital into their land."), "protested")
    assert (ev["location"]["name"], ev["location"]["country"], ev["location"]["precision"]) == ("Oromiya", "ETH", 3)
    assert ev["location"]["text"] == "Oromia"


def test_a_named_person_in_apposition_is_one_victim(run):
    ev = on(run("In June 2020 the singer Hachalu Hundessa was shot dead in Addis Ababa."), "shot")
    assert count(ev, "killed") is not None and ev["counts"]["killed"]["value"] == 1
    assert who(ev, "recipient") != []


def test_a_lake_named_like_a_town_is_not_the_town(run):
    ev = on(run("This week the regional government banned all gatherings at Lake Hora in Ethiopia."), "banned")
    assert ev["location"]["country"] == "ETH" and ev["location"]["text"] == "Ethiopia"


def test_turning_something_into_a_riot_is_the_riot(run):
    events = run("The government warned that anyone who turns a celebration into a riot will be arrested.")
    assert on(events, "riot")["status"] == "hypothetical"
    assert on(run("The protest turned into a riot on Friday."), "riot")["status"] == "asserted"


# --- from an anniversary opinion article (example 43, Markdown) ------------------------------


def test_hyphenated_years_ago_today(run):
    ev = on(run("Fifty-six years ago today, National Guard troops fired into a crowd of students.",
                published="2026-05-04"), "fired")
    assert when(ev) == ("1970-05-04", "1970-05-04")


def test_the_events_named_at_a_place_take_up_the_ones_told_there(run):
    events = run("On 4 May 1970 guardsmen fired on students at Kent State. Eleven days later, police "
                 "fired on a dormitory at Jackson State. A presidential commission later called the "
                 "shootings at Kent State \"unnecessary, unwarranted and inexcusable\".", published="2026-05-04")
    assert when(on(events, "shootings")) == ("1970-05-04", "1970-05-04")


def test_a_place_of_what_a_protest_is_against_is_not_where_it_was(run):
    events = run("Students in Ohio marched on Monday. Two years ago, students set up encampments on "
                 "dozens of campuses in the United States to protest against the war in Gaza.",
                 published="2026-05-04")
    ev = on(events, "protest")
    assert ev["location"]["country"] == "USA"
    assert "participants" not in ev["counts"]  # dozens of campuses are no crowd


# --- from a fifth-anniversary opinion article (example 44) -----------------------------------


def test_the_following_sunday_is_that_weekday_after_the_day_told_before(run):
    events = run("Five years ago today, protesters marched in Moscow. The following Sunday more than "
                 "5,000 were held.", published="2026-01-23")
    held = on(events, "held")
    assert when(held) == ("2021-01-31", "2021-01-31")
    assert held["plover"] == {"event": "COERCE", "mode": "arrest"} and count(held, "arrested") == ("more than 5,000", 5000)


def test_people_held_are_detained_but_talks_held_are_not(run):
    assert on(run("Three journalists were held overnight."), "held")["plover"]["mode"] == "arrest"
    assert all(e["trigger"]["text"] != "held" for e in run("Talks were held in Geneva on Monday."))
    events = run("Thousands of commuters were held up by the strike.")
    assert all(not e["counts"] for e in events)


def test_a_square_named_after_someone_is_not_a_town(run):
    ev = on(run("Riot police beat protesters on Pushkin Square."), "beat")
    assert ev["location"]["name"] == "Moscow"  # a landmark of the capital, not the town Pushkin
    ev = on(run("Police dispersed a rally on Lenin Street in Kazan."), "dispersed")
    assert ev["location"]["name"] == "Kazan"


def test_a_foreign_country_a_noun_is_about_sets_no_place_for_what_follows(run):
    events = run("Police in Moscow arrested activists in January. The invasion of Ukraine brought the "
                 "last wave. In the first two weeks more than 15,000 people were detained at anti-war "
                 "protests.", published="2026-01-23")
    assert on(events, "detained")["location"]["country"] == "RUS"


# --- from a seventh-anniversary opinion article (example 45) ---------------------------------


def test_what_brings_a_crowd_into_the_streets_is_a_protest(run):
    ev = on(run("A proposed tax brought hundreds of thousands of Lebanese into the streets of Beirut."), "brought")
    assert ev["plover"] == {"event": "PROTEST", "mode": "demo"}
    assert ev["counts"]["participants"]["value"] == 200000
    assert run("The truck brought supplies into the city.") == []


def test_an_accidental_explosion_is_no_attack(run):
    events = run("On 4 August 2020, ammonium nitrate stored in a warehouse exploded, killing more than "
                 "218 people and destroying much of the city. Then the port blew up.")
    assert events == []
    ev = on(run("A car bomb exploded in the market, killing 12 people and wounding 30."), "exploded")
    assert ev["plover"]["mode"] == "explosives" and ev["counts"]["killed"]["value"] == 12


def test_families_who_gather_are_a_protest(run):
    ev = on(run("Families of the port victims plan to gather outside the Justice Palace on Monday.",
                published="2026-10-17"), "gather")
    assert ev["status"] == "future" and when(ev) == ("2026-10-19", "2026-10-19")


# --- from a seventh-anniversary opinion article (example 46) ---------------------------------


def test_a_date_told_every_year_is_a_habit_not_a_day(run):
    ev = on(run("The vigils that filled Victoria Park every 4 June for three decades have been banned "
                "since 2020.", published="2026-06-12"), "vigils")
    assert when(ev) != ("2026-06-04", "2026-06-04")
    assert when(on(run("On 4 June they marched in Hong Kong.", published="2026-06-12"), "marched")) == \
        ("2026-06-04", "2026-06-04")


# --- from a third-anniversary opinion article (example 47) -----------------------------------


def test_within_a_week_of_the_date_told_before(run):
    events = run("Three years ago today, police arrested Imran Khan in Islamabad. Within hours his "
                 "supporters had stormed a house in Lahore.\n\nThe state's answer was swift. More than "
                 "4,000 people were detained in Punjab alone within a week, police said, and a military "
                 "court sentenced 85 of them in December 2024.", published="2026-05-09")
    assert when(on(events, "stormed")) == ("2023-05-09", "2023-05-09")
    assert when(on(events, "detained")) == ("2023-05-09", "2023-05-16")
    assert when(on(events, "sentenced")) == ("2024-12-01", "2024-12-31")


def test_until_a_day_is_where_a_stretch_ends(run):
    ev = on(run("The government has banned all gatherings in Islamabad until Monday.",
                published="2026-05-09"), "banned")
    assert when(ev) != ("2026-05-04", "2026-05-04")


def test_tear_gassed_is_crowd_control(run):
    ev = on(run("In 2007, lawyers were beaten and tear-gassed in Lahore."), "gassed")
    assert ev["plover"] == {"event": "ASSAULT", "mode": "crowd-control"}
    assert on(run("The regime gassed its own people in 1988."), "gassed")["plover"]["mode"] == "unconventional"


# --- from a first-anniversary opinion article (example 48) -----------------------------------


def test_another_sources_toll_does_not_raise_the_first(run):
    ev = on(run("The main opposition party, Chadema, said that about 700 people had been killed; a "
                "church-backed rights group put the toll at more than 1,000."), "killed")
    assert ev["counts"]["killed"]["value"] == 700
    assert ev["attribution"]["text"] == "The main opposition party"  # "said that", across the semicolon
    ev = on(run("At least 12 people were killed on Monday. The death toll rose to 40 on Tuesday."), "killed")
    assert ev["counts"]["killed"]["value"] == 40


def test_those_who_fled_are_no_crowd(run):
    events = run("In January 2001, police shot dead at least 31 opposition supporters in Zanzibar during "
                 "protests, and some 2,000 people fled to Kenya by boat.")
    assert all("participants" not in e["counts"] for e in events)


def test_a_police_commander_is_police(run):
    ev = on(run("The police commander for the city warned that any gathering without a permit would be "
                "dispersed."), "warned")
    assert who(ev) == [("police commander", "COP")]


# --- from a ninth-anniversary opinion article (example 49) -----------------------------------


def test_a_date_opening_a_later_clause_does_not_date_the_one_before(run):
    events = run("In October 2016 lawyers in Bamenda went on strike. Police beat lawyers in the streets of "
                 "Buea, and in December 2016 at least four people were shot dead in Bamenda during a "
                 "protest, residents said.")
    beat = on(events, "beat")
    assert when(beat) == ("2016-10-01", "2016-10-31") and beat["location"]["name"] == "Buea"
    assert "killed" not in beat["counts"]  # the toll is the shooting's, in December and in Bamenda
    shot = on(events, "shot")
    assert when(shot) == ("2016-12-01", "2016-12-31") and shot["location"]["name"] == "Bamenda"
    assert shot["counts"]["killed"]["value"] == 4


# --- from an anniversary opinion article on Marikana (example 50) -----------------------------


def test_a_past_deed_in_a_relative_clause_of_now_is_not_dated_by_it(run):
    events = run("On 3 March 2025 a police officer shot dead a student at the gates. The officer who fired "
                 "the shot goes on trial in September.", published="2026-08-16")
    assert when(on(events, "fired")) == ("2025-03-03", "2025-03-03")  # the shot told before
    assert when(on(events, "shot")) == ("2025-03-03", "2025-03-03")
    # (but a date of the noun the clause tells of dates it: "remember December 1986, when ...")
    events = run("Older Kazakhs remember December 1986, when students who marched in Alma-Ata were "
                 "beaten by troops.", published="2026-08-16")
    assert when(on(events, "marched")) == ("1986-12-01", "1986-12-31")


def test_the_dead_take_up_the_killing_told_before(run):
    events = run("Fourteen years ago today, police opened fire on striking miners, and 34 were killed. "
                 "In the week before, ten people had been killed in clashes around the mine.\n\n"
                 "Most of the dead were shot at a second koppie.", published="2026-08-16")
    assert when(on(events, "killed", 1)) == ("2012-08-09", "2012-08-15")  # "the week before"
    assert on(events, "killed", 1)["plover"]["mode"] is None  # the mine is where, not what with
    assert when(on(events, "shot")) == ("2012-08-16", "2012-08-16")  # the story's line, not the flashback
    ev = on(run("Two soldiers were killed when their truck hit a mine."), "killed")
    assert ev["plover"]["mode"] == "explosives"


def test_the_day_and_the_week_before_or_after_the_date_told(run):
    events = run("Police fired on the crowd on 3 March 2021. The day before, two students had been "
                 "arrested. The day after, the union called a strike.")
    assert when(on(events, "arrested")) == ("2021-03-02", "2021-03-02")
    assert when(on(events, "strike")) == ("2021-03-04", "2021-03-04")


def test_on_the_day_is_the_last_day_told_and_counts_on(run):
    events = run("Police opened fire on the miners on 16 August 2012. The inquiry found in 2015 that the "
                 "operation was badly planned. Instead, 270 miners were arrested on the day; the charges "
                 "were withdrawn within weeks.", published="2026-08-16")
    assert when(on(events, "arrested")) == ("2012-08-16", "2012-08-16")
    start, end = when(on(events, "withdrawn"))
    assert start == "2012-08-16" and end is not None and end < "2012-10-01"


def test_ten_people_among_them_a_list_are_ten_killed(run):
    ev = on(run("Ten people, among them two police officers and two security guards, had been killed in "
                "clashes."), "killed")
    assert count(ev, "killed") == ("Ten", 10)


def test_an_official_toll_and_a_higher_estimate_bound_the_range(run):
    ev = on(run("On 16 June 1976, police fired on schoolchildren in Soweto; the official toll was 176, but "
                "estimates range up to 700."), "fired")
    toll = ev["counts"]["killed"]
    assert (toll["value"], toll["low"], toll["high"]) == (176, 176, 700)
    ev = on(run("About 700 people were killed, the government said; a rights group put the toll at more "
                "than 1,000."), "killed")
    toll = ev["counts"]["killed"]
    assert (toll["value"], toll["high"]) == (700, 1000)


# --- from an anniversary opinion article on Gwangju (example 51) ------------------------------


def test_the_previous_or_following_month_and_year(run):
    events = run("In May 1980, students marched against General Chun, who had seized power in a coup the "
                 "previous December. Chun was sentenced to death in 1996 for the coup and pardoned the "
                 "following year.", published="2026-05-18")
    assert when(on(events, "coup")) == ("1979-12-01", "1979-12-31")
    assert when(on(events, "coup", 1)) == ("1979-12-01", "1979-12-31")  # the deed judged, not the judgment's year
    assert when(on(events, "pardoned")) == ("1997-01-01", "1997-12-31")
    events = run("Crowds marched on 3 December 2016. Park was impeached the following March.")
    assert all(e["plover"]["event"] != "PROTEST" for e in events if e["trigger"]["text"] == "March")
    # ("the next march" is a march)
    assert on(run("Until someone is held to account, the next march will end the same way."),
              "march")["plover"]["event"] == "PROTEST"


def test_a_day_in_a_winter_told_with_its_year_is_that_winters(run):
    events = run("In the winter of 2016, crowds filled the square every Saturday. Police estimated the "
                 "largest crowd, on 3 December, at 320,000. Not a single shot was fired.",
                 published="2026-05-18")
    assert count(on(events, "filled"), "participants") == ("320,000", 320000)
    shot = on(events, "fired")
    assert shot["status"] == "negated" and when(shot) == ("2016-12-03", "2016-12-03")


def test_not_a_single_and_not_only(run):
    ev = on(run("Not one protester was arrested."), "arrested")
    assert ev["status"] == "negated" and "arrested" not in ev["counts"]
    assert on(run("Not only students marched."), "marched")["status"] == "asserted"


# --- from anniversary opinion articles on Tlatelolco and Gezi (examples 52 and 53) -------------


def test_an_estimate_between_two_figures_bounds_the_toll(run):
    ev = on(run("Fifty-eight years ago today, soldiers opened fire on a student rally. The government said "
                "that 26 people had died. Later estimates put the toll at between 300 and 400.",
                published="2026-10-02"), "opened")
    toll = ev["counts"]["killed"]
    assert (toll["value"], toll["low"], toll["high"]) == (26, 26, 400)


def test_a_present_denial_is_not_dated_by_the_deed_it_denies(run):
    events = run("Last week thousands marched in the capital. The army denies that its soldiers took part "
                 "in the attack on the students in 2014.", published="2026-10-02")
    assert not when(on(events, "denies"))[0].startswith("2014")
    assert when(on(events, "attack"))[0] == "2014-01-01"


def test_each_weapon_of_a_list_counts(run):
    ev = on(run("On 10 June 1971 a paramilitary group attacked a march of students in the capital with "
                "sticks and rifles, killing at least 120 people."), "attacked")
    assert ev["plover"]["mode"] == "firearms"


def test_an_owner_takes_up_coercion_of_the_same_kind(run):
    events = run("On 1 May 1978, rallies in the square were banned. In April 2022 the philanthropist was "
                 "sentenced to life. The court has ruled that his detention violates his rights.",
                 published="2026-05-31")
    assert when(on(events, "detention"))[0] != when(on(events, "banned"))[0]


def test_the_end_of_the_summer_of_the_story(run):
    events = run("Thirteen years ago this week, police raided a sit-in in the park. By the end of the "
                 "summer, more than 8,000 people had been injured.", published="2026-05-31")
    assert when(on(events, "injured")) == ("2013-08-01", "2013-08-31")


def test_a_deed_judged_through_a_gerund_is_the_one_told_before(run):
    events = run("In late May 2013, police raided a sit-in, and protests spread to every province. In April "
                 "2022 the philanthropist was sentenced to life for allegedly financing the protests.",
                 published="2026-05-31")
    protests = on(events, "protests", 1)
    assert when(protests)[0] == "2013-05-21" and protests["hedged"]  # late May
    # (a deed not told before keeps the date of its sentence: "punish members for a violent rally
    # in Kwangju, Sunday")
    events = run("The president ordered his aides to punish members of the group for a violent protest "
                 "rally in Kwangju, Sunday.", published="2003-05-20")
    assert when(on(events, "rally")) == ("2003-05-18", "2003-05-18")


def test_the_victims_kin_take_up_nothing(run):
    events = run("On 3 March police shot dead eight people. On 5 March the president promised an inquiry. "
                 "Relatives of the victims gathered at the site.", published="2024-06-10")
    assert when(on(events, "gathered")) == ("2024-03-05", "2024-03-05")  # the story's last date


# --- from an anniversary opinion article on the Maidan (example 54) ---------------------------


def test_convicted_of_killing_counts_the_killed_and_dates_the_deed(run):
    events = run("On 20 February 2014 snipers fired on protesters, killing dozens. In October 2023, a court "
                 "convicted three former riot police officers of killing 31 protesters.",
                 published="2026-02-20")
    killing = on(events, "killing")  # ("killing dozens" is told by "fired")
    assert count(killing, "killed") == ("31", 31)
    assert when(killing) == ("2014-02-20", "2014-02-20")


def test_after_the_shootings_takes_up_the_shooting(run):
    events = run("On 20 February 2014 snipers fired on the crowd. On 30 November 2013 riot police had beaten "
                 "students. Yanukovych fled the country two days after the shootings.", published="2026-02-20")
    assert when(on(events, "shootings")) == ("2014-02-20", "2014-02-20")  # the shooting, not the beating


def test_veterans_of_the_protests_take_up_the_protests(run):
    events = run("The protests began in November 2013. Veterans of the protests plan to march on Friday.",
                 published="2026-02-20")
    assert when(on(events, "protests", 1))[0] == "2013-11-01"


def test_a_part_of_the_victims_gives_them_no_sector(run):
    ev = on(run("More than 100 people were killed, among them 13 police officers."), "killed")
    assert who(ev, "recipient") == [("More than 100 people", "CVL")]


# --- from an anniversary opinion article on the Chilean estallido (example 55) ----------------


def test_the_years_of_something_that_followed(run):
    events = run("On 11 September 1973, the armed forces bombed the presidential palace. In the 17 years of "
                 "dictatorship that followed, more than 3,000 people were killed.", published="2026-10-18")
    start, end = when(on(events, "killed"))
    assert start == "1973-09-11" and end is not None and end.startswith("1990")


def test_a_deed_judged_takes_up_the_deed_of_its_kind_told_before(run):
    events = run("Gustavo Gatica was blinded on 8 November 2019 when police fired at his face. A sergeant "
                 "was convicted of the shooting last year.", published="2026-10-18")
    assert when(on(events, "shooting")) == ("2019-11-08", "2019-11-08")


# --- from an anniversary opinion article on Bloody Sunday (example 56) ------------------------


def test_the_wounded_are_people_not_an_event(run):
    events = run("Soldiers opened fire on the march, killing 13. One of the wounded died four months later.")
    assert [e["trigger"]["text"] for e in events if e["plover"]["event"] == "ASSAULT"] == ["opened"]
    ev = on(run("Police fired on the crowd, leaving 3 dead and 12 wounded."), "fired")
    assert count(ev, "injured") == ("12", 12)


def test_the_same_day_is_the_date_just_told_on_the_day_the_last_day(run):
    events = run("Troops fired on the march on 30 January 1972. It took until June 2010 for the inquiry to "
                 "find that the killings were unjustified. The prime minister apologised the same day.",
                 published="2026-01-30")
    assert when(on(events, "apologised")) == ("2010-06-01", "2010-06-30")


def test_an_event_noun_doing_something_ahead_is_still_to_come(run):
    ev = on(run("A march will retrace the route on Sunday.", published="2026-01-30"), "march")
    assert ev["status"] == "future" and when(ev) == ("2026-02-01", "2026-02-01")
    assert on(run("A strike will not stop the reform."), "strike")["status"] == "asserted"


# --- from an anniversary opinion article on Eswatini's unrest (example 57) --------------------


def test_by_a_month_told_on_in_the_past_perfect_is_the_storys(run):
    events = run("On 29 June 2021 soldiers fired into crowds.\n\nBy mid-July, at least 46 people had been "
                 "killed. Unions must reply by the end of July.", published="2026-06-29")
    # (from the day told before: the toll of the stretch, "by" mid-July)
    assert when(on(events, "killed")) == ("2021-06-29", "2021-07-20")


def test_those_who_had_backed_the_protests_are_no_crowd_and_take_them_up(run):
    events = run("Young people took to the streets on 29 June 2021. Two members of parliament who had backed "
                 "the protests were sentenced in 2024.", published="2026-06-29")
    protests = on(events, "protests")
    assert when(protests) == ("2021-06-29", "2021-06-29") and "participants" not in protests["counts"]
    ev = on(run("Three students who had been badly beaten were taken to hospital."), "beaten")
    assert count(ev, "injured") == ("Three", 3)


# --- from an anniversary opinion article on Iran's November 2019 (example 58) -----------------


def test_overnight_is_the_night_of_the_date_its_sentence_told(run):
    events = run("Seven years ago this weekend, the government tripled the price of petrol overnight, and "
                 "within hours protesters had blocked roads.", published="2026-11-15")
    assert when(on(events, "blocked"))[0].startswith("2019-11")


def test_a_date_alone_on_its_line_is_the_pages(run):
    text = ("Sunday, 15 November 2026 | 11:20 IRST\n\nSeven years ago this weekend, police shot protesters "
            "in dozens of cities.\n\nNobody knows how many died. About 1,500 were killed, Reuters reported.")
    events = run(text, published="2026-11-15")
    assert when(on(events, "killed"))[0].startswith("2019-11")  # the story goes on, the page's date is no event's
    # (but a paragraph whose own later dates are news keeps the report's day)
    text = ("Protesters blocked the main roads on 3 May 2021.\n\nMore than 1,000 people were "
            "detained. A student was arrested on Friday.")
    assert when(on(run(text, published="2026-04-28"), "detained"))[0] == "2026-04-28"


def test_judged_men_are_no_crowd_and_during_the_protests_takes_them_up(run):
    events = run("In September 2022 protests spread across the country. On Tuesday the judiciary said that "
                 "two more men convicted of waging war during the protests would be executed.",
                 published="2026-11-15")
    during = on(events, "protests", 1)
    assert when(during) == ("2022-09-01", "2022-09-30") and "participants" not in during["counts"]


# --- from an anniversary opinion article on Bahrain (example 59) -------------------------------


def test_protesters_asleep_are_no_protest_and_the_killers_are_the_stormers(run):
    events = run("Before dawn on 17 February 2011, riot police stormed the camp while the protesters slept, "
                 "killing four people.")
    assert not [e for e in events if e["trigger"]["text"] == "slept"]
    assert who(on(events, "killing")) == [("riot police", "COP")]
    # (a participle after a clause of people doing something is theirs)
    events = run("Riot policemen put up no resistance as the crowd poured through the building, waving guns "
                 "and roughing up journalists.")
    assert who(on(events, "roughing")) == [("crowd", "CVL")]


def test_by_the_end_of_the_year_of_the_story_across_a_paragraph(run):
    events = run("On 18 March 2011 the monument was torn down.\n\nBy the end of the year, a commission had "
                 "counted nearly 3,000 arrests.", published="2026-02-14")
    assert when(on(events, "arrests")) == ("2011-09-01", "2011-12-31")


# --- from an anniversary opinion article on Cuba's 11 July (example 60) -----------------------


def test_a_dateline_is_no_actor_and_an_agent_country_no_place(run):
    events = run("HAVANA - Five years ago today, thousands of Cubans took to the streets of dozens of towns.\n\n"
                 "In January 2025 the government released 553 prisoners under a deal brokered by the "
                 "Vatican, but it rearrested some of them within weeks.", published="2026-07-11")
    assert ("HAVANA", "GOV") not in who(on(events, "took"))
    assert (on(events, "released")["location"] or {}).get("country") != "VAT"
    assert on(events, "rearrested")["plover"]["event"] == "COERCE"


# --- from an anniversary opinion article on Senegal (example 61) -------------------------------


def test_who_tried_something_when_people_were_killed_did_not_kill_them(run):
    ev = on(run("When the president tried to postpone the election in February 2024, three young men were "
                "killed in Dakar."), "killed")
    assert who(ev) == []
    assert who(on(run("Three were killed when soldiers fired on the crowd."), "fired")) == [("soldiers", "MIL")]


def test_one_listed_among_them_before_a_verb_is_done_to(run):
    ev = on(run("Amnesty International counted 23 deaths, among them a 16-year-old boy shot in the chest."),
            "shot")
    assert who(ev) == [] and who(ev, "recipient") == [("16-year-old boy", "CVL")]
    assert who(on(run("Among the crowd, police fired on students."), "fired")) == [("police", "COP")]


# --- from an anniversary opinion article on Armenia's 1 March (example 62) ---------------------


def test_a_toll_broken_down_after_a_colon_is_no_crowd(run):
    ev = on(run("By evening, clashes near the embassy had left ten people dead: eight civilians and two "
                "police officers."), "clashes")
    assert count(ev, "killed") == ("ten", 10) and "participants" not in ev["counts"]
    events = run("Three were arrested: 2,000 people marched on the ministry.")
    assert count(on(events, "marched"), "participants") == ("2,000", 2000)


# --- from an anniversary opinion article on Uganda's November 2020 (example 63) ----------------


def test_a_passive_joined_by_and_shares_its_subject_and_its_agent(run):
    ev = on(run("A man was surrounded and struck by police officers in Kampala."), "struck")
    assert ev["plover"]["mode"] == "beat"
    assert who(ev) == [("police officers", "COP")] and who(ev, "recipient") == [("man", "CVL")]
    events = run("Two students were arrested and beaten by soldiers.")
    assert who(on(events, "arrested")) == [("soldiers", "MIL")]
    assert who(on(events, "beaten"), "recipient") == [("Two students", "EDU")]
    # (not a later stage done by someone else)
    assert who(on(run("Protesters were detained and later released by the court."), "detained")) == []
    # Strikes are still strikes, and deals deals.
    assert on(run("Police officers struck for a third day over pay."), "struck")["plover"]["event"] == "PROTEST"
    assert on(run("Police struck a deal with the protesters."), "deal")["plover"]["event"] == "AGREE"


def test_a_surname_takes_the_title_of_the_full_name_told_before(run):
    events = run("General Chun Doo-hwan seized power in 1979. In May 1980, Chun sent paratroopers "
                 "to the city.")
    assert who(on(events, "sent")) == [("Chun", "MIL")]


def test_a_name_heading_a_where_clause_is_a_place(run):
    events = run("In May 1980, the general sent paratroopers to Gwangju, where they killed hundreds "
                 "of protesters.")
    assert on(events, "killed")["location"]["name"] == "Gwangju"
    assert ("Gwangju", None) not in who(on(events, "sent"), "recipient")


def test_a_village_spelt_as_the_name_does_not_beat_the_city(run):
    ev = on(run("A man was beaten by police on Monday in Ahmadabad during a nationwide strike."), "beaten")
    assert (ev["location"]["name"], ev["location"]["country"]) == ("Ahmedabad", "IND")


def test_what_was_ordered_on_a_day_is_not_dated_ahead(run):
    ev = on(run("On Monday, the president ordered police to arrest the opposition leader.",
                published="2026-12-01"), "arrest")
    assert ev["status"] == "hypothetical" and when(ev)[0] != "2026-12-07"


def test_people_freed_or_sentenced_after_a_protest_are_no_crowd(run):
    ev = on(run("In 1997 the leaders of the 1980 protests were pardoned and hundreds of detainees "
                "walked free."), "protests")
    assert "participants" not in ev["counts"]
    events = run("Soldiers fired on protesters in May 1980. Two organisers were sentenced to life. "
                 "Seven others received 18 years each.")
    assert "participants" not in on(events, "fired")["counts"]


def test_the_leaders_of_protests_are_no_government(run):
    ev = on(run("In 1997 the leaders of the 1980 protests were pardoned."), "pardoned")
    assert who(ev, "recipient") == [("leaders of the 1980 protests", "CVL")]


def test_a_deadline_in_a_condition_looks_ahead(run):
    events = run("The union threatened to strike if talks with the government fail by the end of July.",
                 published="2026-06-10")
    assert when(on(events, "talks"))[0] != "2025-07-21"
    ev = on(run("The opposition says it will return to the streets if talks fail by the end of January.",
                published="2026-11-18"), "return")
    assert ev["plover"]["event"] == "PROTEST" and when(ev)[0].startswith("2027-01")


def test_a_state_since_a_year_dates_nothing_after_it(run):
    events = run("President Yoweri Museveni has ruled since 1986. Soldiers beat a rider near the "
                 "Clock Tower.", published="2026-11-18")
    assert not when(on(events, "beat"))[0].startswith("1986")
    # (also through a participle: "a council run by the Liberals since 2011")
    events = run("The town has had a council run by the Liberals since 2011. Shopkeepers "
                 "marched against the new bypass.", published="2018-02-28")
    assert not when(on(events, "marched"))[0].startswith("2011")


def test_the_nth_day_of_the_protests_counts_from_their_first_day(run):
    events = run("On 18 November 2020 thousands took to the streets. By 19 November 2020, 54 had "
                 "been killed.\n\nOn the third day of the protests, soldiers beat a rider.",
                 published="2026-11-18")
    assert when(on(events, "beat")) == ("2020-11-20", "2020-11-20")


def test_they_in_a_where_clause_went_there(run):
    ev = on(run("In May 1966, Prime Minister Milton Obote sent troops to Mengo, where they stormed the "
                "palace of the Kabaka."), "stormed")
    assert who(ev) == [("they", "MIL")]
    ev = on(run("Thousands of students marched to the parliament, where they clashed with police."),
            "clashed")
    assert who(ev)[0] == ("they", "EDU")


def test_a_fire_that_kills_is_no_attack_unless_someone_set_it(run):
    assert run("A sweeping fire killed more than 350 inmates at a prison yesterday.") == []
    assert on(run("Police fire killed two protesters."), "killed")["plover"]["event"] == "ASSAULT"


# --- from an anniversary opinion article on Zimbabwe's 1 August 2018 (example 64) -----------


def test_a_surname_ner_does_not_take_for_a_person_still_has_the_title(run):
    events = run("President Emmerson Mnangagwa has governed since 2017. Mnangagwa, who was security "
                 "minister at the time, has always denied any role in the killings.")
    assert who(on(events, "denied")) == [("Mnangagwa", "GOV")]


def test_denying_a_role_in_a_deed_denies_no_deed(run):
    ev = on(run("Mnangagwa has always denied any role in the killings."), "killings")
    assert ev["status"] == "asserted" and ev.get("attribution") is None
    assert on(run("The army denied the killings."), "killings")["status"] == "negated"


def test_what_a_commission_recommended_is_not_done(run):
    ev = on(run("The commission recommended that the victims' families be compensated."), "compensated")
    assert ev["status"] == "hypothetical"
    ev = on(run("The consul had been told by his staff that police shot two farmers."), "shot")
    assert ev["status"] == "asserted"


def test_the_date_of_a_participle_describing_a_thing_dates_nothing_after_it(run):
    events = run("Eight years ago today, soldiers opened fire on opposition supporters, killing six. "
                 "The protesters had demanded the results of the election held two days earlier. "
                 "A commission found in December 2018 that the army had used disproportionate force.",
                 published="2026-08-01")
    assert when(on(events, "force")) == ("2018-08-01", "2018-08-01")


def test_a_stay_away_is_a_strike_and_its_days_count(run):
    events = run("On 14 January 2019 the unions called a three-day stay-away. On the second day of the "
                 "stay-away, soldiers beat men in Harare.", published="2019-01-20")
    assert (on(events, "stay-away")["plover"]["event"], on(events, "stay-away")["plover"]["mode"]) == \
        ("PROTEST", "strike")
    assert when(on(events, "beat")) == ("2019-01-15", "2019-01-15")
    # Not counted from a day told before a month: "In January 2019 ..." has no first day.
    events = run("Eight years ago today, soldiers opened fire. In January 2019 the unions called a "
                 "stay-away. On the second day of the stay-away, soldiers beat men.", published="2026-08-01")
    assert when(on(events, "beat")) == ("2019-01-01", "2019-01-31")


def test_one_done_to_in_a_passive_relative_clause(run):
    ev = on(run("Three people died, one of them a police officer who was stoned by a mob in Bulawayo."),
            "stoned")
    assert who(ev, "recipient") == [("police officer", "COP")] and who(ev) == [("mob", "CVL")]


def test_a_toll_by_a_day_counts_from_the_day_the_story_began(run):
    events = run("On 18 November 2020 thousands took to the streets. By the evening of 19 November 2020, at "
                 "least 54 people had been killed.", published="2026-11-18")
    ev = on(events, "killed")
    assert when(ev) == ("2020-11-18", "2020-11-19") and ev["date"]["precision"] == "week"
    # Not a toll told in the simple past, nor one of another story a year before.
    events = run("On 18 November 2020 thousands took to the streets. By 19 November 2020, police killed "
                 "54 people.", published="2026-11-18")
    assert when(on(events, "killed")) == ("2020-11-19", "2020-11-19")
    events = run("On 18 November 2019 thousands took to the streets. By 19 November 2020, 54 people had "
                 "been killed.", published="2026-11-18")
    assert when(on(events, "killed")) == ("2020-11-19", "2020-11-19")



# --- sentences of long articles (session 27) ---------------------------------------------------


def test_a_figure_of_them_after_a_toll_breaks_it_down(run):
    ev = on(run("Twenty-one people died, 14 of them from gunshot wounds, the health ministry said."), "gunshot")
    assert count(ev, "killed") == ("Twenty-one", 21) and "injured" not in ev["counts"]
    ev = on(run("Police arrested 40 people, 12 of them students."), "arrested")
    assert count(ev, "arrested") == ("40", 40)


def test_one_killed_before_at_whose_funeral_police_fired(run):
    events = run("Police fired tear gas at mourners at the funeral of a protester killed the day before.")
    assert "killed" not in on(events, "fired")["counts"]
    assert count(on(events, "killed"), "killed") == ("a protester", 1)


def test_a_stretch_of_a_stated_length_that_began_on_a_day(run):
    events = run("Security forces killed at least 300 people during the three-month uprising, which began "
                 "on 1 October 2019.", published="2026-10-01")
    ev = on(events, "uprising")
    assert when(ev) == ("2019-10-01", "2019-12-31") and ev["date"]["precision"] == "season"
    ev = on(run("The 11-day strike that began on 3 March ended.", published="2026-10-01"), "strike")
    assert when(ev) == ("2026-03-03", "2026-03-13")


def test_what_someone_was_sentenced_for_ordering_was_done(run):
    ev = on(run("Earlier this year, a court sentenced the former police chief to 20 years for ordering the "
                "shootings."), "shootings")
    assert ev["status"] == "asserted"
    ev = on(run("The general was convicted of ordering troops to fire on the crowd."), "fire")
    assert ev["status"] == "asserted"
    assert on(run("He was charged with ordering the shootings."), "shootings")["status"] != "asserted"


def test_a_when_clause_of_a_dated_event_noun_is_of_its_date(run):
    events = run("It was the deadliest day since the 1989 massacre, when troops killed hundreds.",
                 published="2026-10-01")
    assert when(on(events, "massacre")) == ("1989-01-01", "1989-12-31")
    assert when(on(events, "killed")) == ("1989-01-01", "1989-12-31")
    # (a yardstick is still no date: "the biggest rally since 2004")
    assert when(on(run("Farmers held the biggest rally since 2004.", published="2026-10-01"), "rally")) == \
        ("2026-10-01", "2026-10-01")


def test_what_lasted_until_a_date_spans_to_it(run):
    ev = on(run("Protests erupted in late September and lasted until mid-November.", published="2026-12-01"),
            "Protests")
    assert when(ev) == ("2026-09-21", "2026-11-20") and ev["date"]["precision"] == "season"
    ev = on(run("The strike, which began on 3 March, continued until the end of April.", published="2026-12-01"),
            "strike")
    assert when(ev) == ("2026-03-03", "2026-04-30")


def test_most_of_them_by_someone_names_the_doer(run):
    ev = on(run("At least 1,400 people were killed between 15 July and 5 August, most of them by security "
                "forces."), "killed")
    assert who(ev) == [("security forces", "COP")]


def test_held_accountable_is_no_detention_and_police_holding_people_is(run):
    ev = on(run("No one has been held accountable for the killings of 12 protesters in 2019."), "killings")
    assert "arrested" not in ev["counts"]
    ev = on(run("Police held 40 protesters overnight."), "held")
    assert ev["plover"]["event"] == "COERCE" and count(ev, "arrested") == ("40", 40)
    assert on(run("Police held talks with the protesters."), "talks")["plover"]["event"] == "CONSULT"
    assert run("Soldiers held their fire.") == []


def test_them_in_what_someone_claims_is_the_claimant(run):
    ev = on(run("The police claim that protesters attacked them first."), "attacked")
    assert who(ev, "recipient") == [("them", "COP")]
    ev = on(run("The students say police beat them."), "beat")
    assert who(ev, "recipient") == [("them", "EDU")]
    # (not the doer of the clause: "witnesses said soldiers fired on them")
    ev = on(run("Witnesses said soldiers fired on them."), "fired")
    assert ("them", "MIL") not in who(ev, "recipient")
    # An object is not its own clause's subject: "police said they arrested them".
    ev = on(run("Police said they arrested them."), "arrested")
    assert ("them", "COP") not in who(ev, "recipient")
    ev = on(run("Protesters gathered outside the ministry. Police said they arrested them."), "arrested")
    assert who(ev, "recipient") == [("them", "CVL")]


def test_a_count_in_the_perfect_since_a_day_runs_to_the_report(run):
    ev = on(run("The interior ministry said 212 people had been detained since the protests began on "
                "16 September.", published="2026-10-01"), "detained")
    assert when(ev) == ("2026-09-16", "2026-10-01")
    ev = on(run("At least 40 people have been killed since 3 August.", published="2026-10-01"), "killed")
    assert when(ev) == ("2026-08-03", "2026-10-01") and ev["date"]["precision"] == "season"
    # (a record's yardstick is still none: "the largest protest since 2004")
    assert when(on(run("It was the largest protest since 2004.", published="2026-10-01"), "protest")) == \
        ("2026-10-01", "2026-10-01")


# --- sentences of long articles (session 28) ---------------------------------------------------

def test_one_of_them_done_to_is_a_count(run):
    ev = on(run("On 3 March soldiers killed one of them, a teacher."), "killed")
    assert count(ev, "killed") == ("one", 1)
    ev = on(run("Police arrested two of them outside the court."), "arrested")
    assert count(ev, "arrested") == ("two", 2)
    # (one of a group who speaks is no count: "One of the organisers said ...")
    events = run("One of the organisers said the march was peaceful.")
    assert all(not e["counts"] for e in events)


def test_a_toll_someone_says_was_higher_is_only_its_range(run):
    ev = on(run("Soldiers shot dead at least 12 people, by the army's own count; doctors said the "
                "toll was more than 30."), "shot")
    c = ev["counts"]["killed"]
    assert (c["value"], c["qualifier"], c["high"]) == (12, "at_least", 30)
    # (a toll that rose is the new figure)
    ev = on(run("Troops killed 12 people on Monday. By Wednesday the death toll had risen to 30."),
            "killed")
    assert count(ev, "killed") == ("30", 30)


def test_detainees_of_an_arrest_in_the_same_sentence(run):
    events = run("In 2019 police arrested hundreds of miners in the north.\n\nLast March police "
                 "arrested dozens of nurses; some of the detainees were beaten in custody.",
                 published="2026-01-14")
    assert when(on(events, "beaten")) == ("2025-03-01", "2025-03-31")


def test_fighting_the_police_is_violence_done_to_them(run):
    ev = on(run("Young men fought the police in the streets of Mombasa on Friday."), "fought")
    assert ev["plover"]["event"] == "ASSAULT" and who(ev, "recipient") == [("police", "COP")]
    # (youths who fight the police riot, as those who clash with them do)
    ev = on(run("Youths fought the police in the streets of Mombasa on Friday."), "fought")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "riot")


def test_a_general_strike_goes_on_in_no_town_told_before(run):
    events = run("Last week police fired tear gas at marchers in Sfax.\n\nThe union has called a "
                 "general strike for Thursday.", published="2026-01-14")
    strike = on(events, "strike")
    assert (strike["location"]["name"], strike["location"]["precision"]) == ("Tunisia", 3)


def test_the_village_of_a_name_is_where_not_at_whom(run):
    ev = on(run("Farmers protested at the village of Nyamakuru on Monday."), "protested")
    assert who(ev, "recipient") == [] and who(ev) == [("Farmers", "AGR")]
    # (a village attacked is still the attack's target)
    ev = on(run("Soldiers attacked the village of Nyamakuru."), "attacked")
    assert who(ev, "recipient") == [("village", "CVL")]


def test_two_groups_told_together_are_one_count(run):
    ev = on(run("On Friday 27 civilians and six police officers were killed."), "killed")
    c = ev["counts"]["killed"]
    assert (c["text"], c["value"], c["qualifier"]) == ("27 civilians and six", 33, "exact")
    ev = on(run("Police arrested 40 students and three teachers on Monday."), "arrested")
    assert count(ev, "arrested") == ("40 students and three", 43)
    ev = on(run("At least 12 marchers and two soldiers were wounded."), "wounded")
    assert ev["counts"]["injured"]["value"] == 14 and ev["counts"]["injured"]["qualifier"] == "at_least"
    # (a vague crowd is no part of a toll, nor two crowds one count)
    ev = on(run("Thousands of protesters and 12 police officers were injured."), "injured")
    assert count(ev, "injured") == ("12", 12)


def test_a_plan_the_parse_took_for_a_noun_is_still_a_plan(run):
    ev = on(run("The families of the dead plan a vigil outside the court on Saturday.",
                published="2026-08-10"), "vigil")
    assert ev["status"] == "future" and when(ev) == ("2026-08-15", "2026-08-15")
    # (a plan told as a thing is none: "under the new plan, a strike was held")
    ev = on(run("Under the new plan, a strike was held on Monday.", published="2026-08-10"), "strike")
    assert ev["status"] == "asserted"


def test_a_force_vehicle_acts_for_the_force(run):
    ev = on(run("On 22 May a National Guard vehicle ran over and killed one of them."), "killed")
    assert who(ev) == [("National Guard vehicle", "MIL")] and count(ev, "killed") == ("one", 1)
    ev = on(run("Then an army truck ran over and killed a boy."), "ran")
    assert who(ev) == [("army truck", "MIL")]
    # (not where someone is: "fired into the air from a police van")
    ev = on(run("Officers fired into the air from a police van."), "fired")
    assert ("police van", "COP") not in who(ev, "recipient")


def test_cutting_the_internet_is_censorship(run):
    ev = on(run("The authorities cut internet access across the country for several hours."), "cut")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("COERCE", "censor")
    assert on(run("Authorities cut off mobile internet in the north."), "cut")["plover"]["mode"] == "censor"
    # (power cut off is a sanction, not censorship)
    ev = on(run("The government cut power to the rebel region."), "cut")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("SANCTION", "discontinue")


# --- sentences of long articles (session 29) ---------------------------------------------------

def test_who_called_a_strike_killed_no_one_during_it(run):
    ev = on(run("During a strike called by the union, six people were killed."), "killed")
    assert who(ev) == [] and count(ev, "killed") == ("six", 6)
    # (a raid's doer did: "killed in a raid by the army")
    assert who(on(run("Two were killed in a raid by the army."), "killed")) == [("army", "MIL")]


def test_whoever_will_be_prosecuted_is_warned_by_who_says_so(run):
    ev = on(run("The interior minister said on Monday that anyone who blocks a highway will be "
                "prosecuted."), "prosecuted")
    assert ev["plover"]["event"] == "THREATEN" and who(ev) == [("interior minister", "GOV")]
    # (a rights group that tells of a threat makes none; a charge for those already held, or
    # one ruled out, is no threat)
    ev = on(run("Three protesters will be executed, Amnesty International said."), "executed")
    assert ev["plover"]["event"] == "THREATEN" and who(ev) == []
    ev = on(run("Those arrested would be charged with public violence."), "charged")
    assert ev["plover"]["event"] == "ACCUSE"
    ev = on(run("He will not be prosecuted, the court said."), "prosecuted")
    assert ev["plover"]["event"] == "ACCUSE" and ev["status"] == "negated"


def test_figures_joined_to_a_sourced_toll_are_the_same_sources(run):
    ev = on(run("Eleven people died in the unrest, according to the ombudsman, and 1,340 were "
                "injured."), "injured")
    assert ev["attribution"]["text"] == "the ombudsman"
    # (a clause of another kind is not: "... and a curfew was imposed")
    ev = on(run("11,000 were arrested, according to police figures, and a curfew was imposed."),
            "curfew")
    assert ev["attribution"] is None


def test_a_country_owns_no_protest_and_defiance_imposes_nothing(run):
    assert who(on(run("Kenya's protests turned deadly on Tuesday."), "protests")) == []
    ev = on(run("Iran's protesters defied the ban."), "ban")
    assert who(ev) == []


def test_a_community_leader_is_a_civilian(run):
    ev = on(run("On Sunday a community leader was shot dead in Cotacachi."), "shot")
    assert who(ev, "recipient") == [("community leader", "CVL")]


def test_a_town_marched_into_is_no_recipient(run):
    ev = on(run("Tens of thousands of people marched into Quito on Monday."), "marched")
    assert who(ev, "recipient") == [] and ev["location"]["name"] == "Quito"


def test_a_sit_in_is_one_word(run):
    # (split at the hyphen, "a sit-in in Nairobi" parsed as an object "in" with the town on it)
    ev = on(run("Riot police dispersed a sit-in in Nairobi on Monday."), "dispersed")
    assert who(ev, "recipient") == [] and ev["location"]["name"] == "Nairobi"
    ev = on(run("About 100 miners held a sit-in at the shaft on Monday."), "sit-in")
    assert who(ev) == [("About 100 miners", "LAB")]
    ev = on(run("Climate activists staged a die-in outside parliament on Friday."), "die-in")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "demo")


def test_a_subject_stranded_after_an_object_is_the_next_verbs(run):
    # (the parse joins "six children" to "the village" and leaves "were killed" with no subject:
    # the troops were read as the ones killed)
    events = run("Troops shelled the village and six children were killed.")
    ev = on(events, "killed")
    assert who(ev, "recipient") == [("six children", "CVL")] and who(ev) == []
    assert who(on(events, "shelled"), "recipient") == [("village", "CVL")]
    events = run("Protesters stoned a police post and two soldiers were lynched by a mob.")
    assert who(on(events, "stoned"), "recipient") == [("police post", "COP")]
    ev = on(events, "lynched")
    assert who(ev, "recipient") == [("two soldiers", "MIL")] and who(ev) == [("mob", "CVL")]
    # (a plain object conjunct stays the first verb's)
    ev = on(run("Police arrested the organiser and two students on Monday."), "arrested")
    assert [t for t, _ in who(ev, "recipient")] == ["organiser", "two students"]


def test_the_end_of_the_year_in_a_story_of_the_paragraph_before(run):
    # ("by the end of the year ... had" goes on with the story's year however many sentences of
    # the paragraph before came after its date)
    events = run("In the north, soldiers opened fire on marchers in October 2017. At least four "
                 "people were killed. Youths stoned a police post. The government denied it.\n"
                 "By the end of the year, some 16 people had died in the unrest, and more than 100 "
                 "had been arrested, rights groups said.", published="2026-09-05")
    ev = on(events, "arrested")
    assert when(ev) == ("2017-09-01", "2017-12-31") and count(ev, "arrested") == ("more than 100", 100)
    # (with no story before it, the end of this year)
    ev = on(run("Police will have arrested 100 people by the end of the year.", published="2026-09-05"),
            "arrested")
    assert when(ev)[0] is not None and when(ev)[0].startswith("2026")


def test_a_title_owned_by_a_pronoun_is_of_its_antecedent(run):
    # (a bare "leaders" reads as the state's)
    ev = on(run("The opposition coalition plans a march. Its leaders have threatened to call a "
                "general strike."), "threatened")
    assert who(ev) == [("Its leaders", "OPP")]
    ev = on(run("Students marched on Monday. Their leaders were arrested."), "arrested")
    assert who(ev, "recipient") == [("Their leaders", "EDU")]
    # (the state's own officials stay the state's)
    ev = on(run("The army sealed the town. Its commanders ordered the arrest of 20 students."), "arrest")
    assert who(ev)[0][1] in ("MIL", "GOV")


def test_the_present_perfect_after_a_paragraph_of_other_news_is_now(run):
    events = run("Two weeks ago, police arrested a dozen activists in Lomé.\n"
                 "The coalition plans to march on 19 September, and its leaders have threatened to "
                 "call a general strike.", published="2026-09-05")
    assert when(on(events, "arrested")) == ("2026-08-17", "2026-08-23")
    assert when(on(events, "threatened")) == ("2026-09-05", "2026-09-05")


def test_protesters_threatened_with_arrest_hold_no_protest(run):
    # (the frame took "arrested" in, and "Protesters" then read as a protest of their own)
    events = run("Protesters will be arrested, the police chief warned.")
    assert [e["plover"]["event"] for e in events] == ["THREATEN"]
    assert who(events[0], "recipient") == [("Protesters", "CVL")]


def test_a_plan_told_in_a_clause_opened_by_the_day_of_its_telling(run):
    # ("on Friday" opens the clause that tells the plan: the rally's day is its own)
    ev = on(run("The government called for a new vote, and on Friday the assembly said it will "
                "hold a rally outside parliament on 11 October.", published="2026-10-01"), "rally")
    assert ev["status"] == "future" and when(ev) == ("2026-10-11", "2026-10-11")
    # (a plan with no day of its own still is not of the day it was told)
    ev = on(run("Last month the government called for a vote, and on Friday the union said its "
                "members will strike.", published="2026-10-01"), "strike")
    assert when(ev) == ("2026-10-01", "2026-10-01")


def test_those_sentenced_are_no_crowd_of_the_protest(run):
    events = run("When the Supreme Court sentenced nine separatist leaders to prison in October "
                 "2019, protesters blocked the airport.", published="2026-10-01")
    blocked = on(events, "blocked")
    assert count(blocked, "participants") is None
    assert who(blocked, "recipient") == []  # (nor is the court whom they blocked)
    ev = on(run("About 3,000 workers marched as the court convicted five union leaders."), "marched")
    assert count(ev, "participants") == ("About 3,000", 3000)


def test_hurt_in_the_passive_is_an_injury(run):
    ev = on(run("The interior ministry said 431 police officers had been hurt."), "hurt")
    assert ev["plover"]["event"] == "ASSAULT" and count(ev, "injured") == ("431", 431)
    assert who(ev, "recipient") == [("431 police officers", "COP")]
    assert run("The sanctions hurt the economy.")[0]["trigger"]["text"] != "hurt"


def test_jailed_pending_trial_is_held_not_sentenced(run):
    ev = on(run("A judge jailed the two leaders pending trial for sedition."), "jailed")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("COERCE", "arrest")
    assert on(run("He was jailed without charge."), "jailed")["plover"]["event"] == "COERCE"
    ev = on(run("The activist was jailed for six years."), "jailed")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("SANCTION", "convict")


def test_a_town_what_was_fired_was_fired_in_is_where(run):
    # ("in Barcelona" hung on the bullets had made the town the one fired on)
    ev = on(run("Officers in riot gear fired rubber bullets in Barcelona and dragged voters out of "
                "schools."), "fired")
    assert who(ev, "recipient") == [] and ev["location"]["name"] == "Barcelona"
    ev = on(run("Troops fired shells at Jericho."), "fired")
    assert who(ev, "recipient") == [("Jericho", "CVL")]


def test_a_when_clause_of_the_same_doer_names_whom(run):
    ev = on(run("Police used live rounds when they dispersed the crowd in Conakry."), "used")
    assert who(ev, "recipient") == [("crowd", "CVL")]


def test_a_date_of_an_event_noun_is_not_the_verbs_over_it(run):
    events = run("Mutharika died in office in April 2012. Nobody has been convicted for the killings "
                 "of July 2011.", published="2026-07-20")
    assert when(on(events, "killings")) == ("2011-07-01", "2011-07-31")
    assert when(on(events, "convicted")) != ("2011-07-01", "2011-07-31")
    # (a judgment's own date still leaves the deed told before it its own)
    events = run("The army killed 30 in 1979. Chun was sentenced to death in 1996 for the killings.")
    assert when(on(events, "sentenced"))[0] == "1996-01-01"
    assert when(on(events, "killings"))[0] == "1979-01-01"


def test_a_coalition_of_groups_is_an_it(run):
    # (the head is singular, whatever the groups it is of)
    ev = on(run("A coalition of rights groups says it will march to parliament on Thursday."), "march")
    assert who(ev) == [("it", "SOC")]


def test_as_if_compares_and_supposes_nothing(run):
    assert on(run("They shot at us as if we were an army."), "shot")["status"] == "asserted"
    assert on(run("They marched even if it rained."), "marched")["status"] == "asserted"
    assert on(run("Police will make arrests if the protest goes ahead."), "protest")["status"] == "hypothetical"


def test_the_state_house_is_the_presidency(run):
    events = run("Last week about 2,000 people held a vigil outside parliament, and a coalition of "
                 "rights groups says it will march to the State House on Thursday.", published="2026-07-20")
    assert count(on(events, "vigil"), "participants") == ("about 2,000", 2000)
    march = on(events, "march")
    assert march["status"] == "future" and who(march, "recipient") == [("State House", "GOV")]


def test_a_deadline_of_a_sentence_before_is_no_threats(run):
    # ("by the following evening" is a deadline only to a threat of its own sentence)
    events = run("Fifteen years ago today, thousands marched in Lilongwe. Police fired tear gas; by "
                 "the following evening some 20 people had been shot dead.\nHundreds of people were "
                 "arrested over the two days. The president warned the organisers.", published="2026-07-20")
    assert when(on(events, "warned"))[0].startswith("2011-07")
    ev = on(run("The union threatened to strike if wages were not paid by the end of March.",
                published="2026-07-20"), "threatened")
    assert when(ev) == ("2026-07-20", "2026-07-20")


def test_a_deed_one_is_punished_for_is_ones_own(run):
    ev = on(run("Netanyahu fired his defence minister, Yoav Gallant, for urging a pause in the plan."), "urging")
    assert who(ev)[0][0] == "his defence minister"
    ev = on(run("The court jailed the activist for criticising the president."), "criticising")
    assert who(ev) == [("activist", "CVL")]
    # (and it was done: suspended for protesting is no protest suspended)
    ev = on(run("The university suspended 15 students for protesting."), "protesting")
    assert ev["status"] == "asserted" and who(ev) == [("15 students", "EDU")]
    assert on(run("The government banned rallies for a month."), "rallies")["status"] == "negated"


def test_a_gerund_parsed_as_an_adjective_is_still_a_deed(run):
    events = run("The union accused the police of beating protesters.")
    ev = on(events, "beating")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "beat") and ev["hedged"] is True
    assert who(ev) == [("police", "COP")] and who(ev, "recipient") == [("protesters", "CVL")]
    assert [e["plover"]["event"] for e in events] == ["ACCUSE", "ASSAULT"]  # (no protest of the police)


def test_what_a_plan_lasts_until_has_not_happened(run):
    ev = on(run("The organisers have said they will return every Saturday until the bill is withdrawn."),
            "withdrawn")
    assert ev["status"] == "hypothetical"
    assert on(run("Police held him until the protest was over."), "protest")["status"] == "asserted"


def test_a_labour_federation_is_labour(run):
    ev = on(run("The Histadrut labour federation called a general strike on Monday."), "strike")
    assert who(ev) == [("Histadrut labour federation", "LAB")]


def test_another_sources_nearly_n_bounds_the_toll(run):
    ev = on(run("At least 28 people were killed, according to hospital officials; the opposition put "
                "the toll at nearly 40.", published="2026-02-07"), "killed")
    c = ev["counts"]["killed"]
    assert (c["value"], c["qualifier"], c["low"], c["high"]) == (28, "at_least", 28, 40)


def test_a_date_another_event_noun_names_with_of_is_its_own(run):
    events = run("Seventeen years ago today, troops fired on marchers. The killings came a fortnight "
                 "after the riots of 26 January, when crowds looted shops.", published="2026-02-07")
    assert when(on(events, "killings")) == ("2009-02-07", "2009-02-07")
    assert when(on(events, "riots")) == ("2009-01-26", "2009-01-26")
    assert when(on(events, "looted")) == ("2009-01-26", "2009-01-26")  # (the riots' own clause)


def test_marchers_who_set_off_riot_not(run):
    ev = on(run("Marchers have set off from the Plaza Dos de Mayo."), "Marchers")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "demo")
    assert on(run("Protesters set off fireworks."), "set")["plover"]["mode"] == "riot"


def test_a_strike_starting_tomorrow_starts_tomorrow(run):
    ev = on(run("Unions representing transport workers have also called a 48-hour strike starting "
                "tomorrow.", published="2026-11-20"), "strike")
    assert when(ev) == ("2026-11-21", "2026-11-21")


def test_two_months_running_on_are_one_stretch(run):
    ev = on(run("Lima last saw protests on this scale in December 2022 and January 2023.",
                published="2026-11-20"), "protests")
    assert when(ev) == ("2022-12-01", "2023-01-31")
    # (two months apart are not)
    ev = on(run("Police arrested 20 in May 2020 and July 2020."), "arrested")
    assert when(ev) == ("2020-05-01", "2020-05-31")


def test_people_overcome_by_gas_are_no_crowd(run):
    events = run("Riot police fired tear gas at protesters. Our reporter saw several people overcome "
                 "by gas near the square.")
    assert count(on(events, "fired"), "participants") is None
    ev = on(run("About 2,000 people angered by the price rise marched."), "marched")
    assert count(ev, "participants") == ("About 2,000", 2000)


def test_police_who_charge_a_crowd_accuse_no_one(run):
    # ("when police charged" is when, not who says so; and the charge is the crowd control)
    events = run("Several people were badly injured when police charged.")
    assert all(e["attribution"] is None for e in events)
    ev = on(events, "charged")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "crowd-control")
    assert who(ev) == [("police", "COP")]
    ev = on(run("Police charged five men with murder."), "charged")
    assert ev["plover"]["event"] == "ACCUSE"
    assert on(run("Police fired tear gas, witnesses said."), "fired")["attribution"]["text"] == "witnesses"


def test_a_day_told_as_an_ordinal_word(run):
    ev = on(run("Police have never answered for the first of October, when officers stormed the "
                "schools.", published="2026-10-20"), "stormed")
    assert when(ev) == ("2026-10-01", "2026-10-01")
    ev = on(run("On the twenty-first of June 2019, troops fired on marchers."), "fired")
    assert when(ev) == ("2019-06-21", "2019-06-21")
    # (a square named after a day is a place)
    from eventscribe.timex import find_timexes

    found = find_timexes("Police were called to the Ninth of September Square.")
    assert all("Ninth" not in t.text for t in found)


def test_live_rounds_after_tear_gas_are_firearms(run):
    # (the parse joined "live rounds" to the verb, and only the tear gas was read)
    events = run("Thousands of Malawians marched in Lilongwe. Police fired tear gas and then live "
                 "rounds; by the following evening some 20 people had been shot dead.")
    assert on(events, "fired")["plover"]["mode"] == "firearms"
    assert on(run("Police fired tear gas and arrested 20 people."), "fired")["plover"]["mode"] == "crowd-control"


# --- session 30 -----------------------------------------------------------------------------


def test_a_limit_opening_the_sentence_bounds_every_deed_done_by_then(run):
    events = run("The unrest did not end with the vote. By the end of July more than 60 people had "
                 "died in the protests, the commission said, and dozens of students had been "
                 "abducted from their homes.", published="2026-06-25")
    abducted = on(events, "abducted")
    assert abducted["date"]["origin"] == "text" and when(abducted)[1] == "2025-07-31"
    assert who(abducted, "recipient") == [("dozens of students", "EDU")]  # (not their homes)
    # (the 60 died in the protests, not in the abductions)
    assert count(on(events, "protests"), "killed") == ("more than 60", 60)
    assert count(abducted, "killed") is None


def test_a_nationwide_toll_of_a_later_clause_does_not_spread_the_firing(run):
    events = run("Thousands stormed parliament in Nairobi. Police opened fire on the crowd outside "
                 "the building, and at least 19 people were killed across the country that day.")
    assert on(events, "opened")["location"]["name"] == "Nairobi"
    killed = on(events, "killed")
    assert (killed["location"]["country"], killed["location"]["precision"]) == ("KEN", 3)


def test_a_body_named_for_its_country_is_no_place(run):
    events = run("Police fired tear gas at mourners in Kisumu. The organisers said they will march on "
                 "parliament again on Tuesday, and the Law Society of Kenya has threatened to sue the "
                 "inspector general if the march is banned.", published="2026-06-25")
    march = on(events, "march")
    assert march["location"]["name"] == "Nairobi"  # parliament, in the capital
    threat = on(events, "threatened")
    assert who(threat) == [("Law Society", "CVL")]
    assert who(threat, "recipient") == [("inspector general", "COP")]
    # (a ban in the condition is not the threatener's)
    assert who(on(events, "banned")) == []


def test_a_town_of_an_earlier_episode_clause_is_not_the_later_ones(run):
    events = run("On 7 July 1990 police killed about 20 people in Nairobi and Kisumu, and in 2017 "
                 "officers shot dead dozens of opposition supporters.", published="2026-06-25")
    assert on(events, "killed")["location"]["name"] == "Nairobi"
    shot = on(events, "shot")
    assert (shot["location"]["country"], shot["location"]["precision"]) == ("KEN", 3)


def test_a_judged_killing_of_someone_new_is_not_the_one_told_before(run):
    events = run("In 1990 police killed about 20 people at a rally. No officer has been convicted over "
                 "the deaths of 2024. An inquest opened in February, and a constable was charged with "
                 "murder last month over the killing of a man in Kitengela.", published="2026-06-25")
    killing = on(events, "killing")
    assert when(killing)[0] != "1990-01-01" and when(killing)[0] != "2026-02-01"


def test_the_following_weeks_count_from_the_story_not_from_a_limit(run):
    events = run("A year ago tonight, thousands poured onto the avenue after the prime minister said "
                 "talks would be suspended until 2028. Over the following weeks, demonstrators "
                 "gathered every evening, and masked men beat journalists.", published="2025-11-28")
    gathered, beat = on(events, "gathered"), on(events, "beat")
    assert when(gathered) == ("2024-11-29", "2024-12-19")
    assert when(beat) == when(gathered)  # (the clause joined after the opening date)


def test_a_deed_told_as_later_is_after_the_date_before_it(run):
    ev = on(run("On 3 May the court jailed him, but he was later pardoned by the king.",
                published="2025-11-28"), "pardoned")
    assert when(ev) == ("2025-05-03", "2025-11-28") and ev["date"]["origin"] == "context"
    ev = on(run("Police arrested 30 people on Monday. Three were later released.",
                published="2025-11-28"), "released")
    assert when(ev) == ("2025-11-24", "2025-11-28")
    # (a date of its own still dates it)
    ev = on(run("He was arrested in May and later released in June.", published="2025-11-28"), "released")
    assert when(ev) == ("2025-06-01", "2025-06-30")


def test_attackers_nationality_does_not_place_the_protest_attacked(run):
    events = run("Tbilisi is the capital of Georgia. On 9 April 1989, Soviet troops attacked a hunger "
                 "strike in front of the government building, killing 21 people.")
    assert on(events, "strike")["location"]["country"] == "GEO"


def test_the_protests_the_news_tells_are_not_an_older_episode(run):
    events = run("In June 2019 police fired rubber bullets at crowds outside parliament. Protesters "
                 "still march most nights, though the crowds are smaller, between 2,000 and 3,000 on "
                 "a typical evening. Last week a court jailed a student for throwing a bottle at a "
                 "police officer during the protests. His lawyers said he will appeal.",
                 published="2025-11-28")
    assert when(on(events, "protests"))[0] != "2019-06-01"
    assert count(on(events, "march"), "participants") == ("between 2,000 and 3,000", 2000)
    # ("he" is the student jailed, not the officer in the phrase after)
    assert who(on(events, "appeal")) == [("he", "EDU")]


def test_a_shared_landmark_is_the_story_countrys(run):
    events = run("BISHKEK — Security forces fired on a crowd outside the White House, the seat of "
                 "government in Bishkek. In October 2020 thousands of protesters stormed the White "
                 "House in the Kyrgyz capital.", published="2026-04-07")
    assert on(events, "stormed")["location"]["country"] == "KGZ"
    # (an apposition the parse made an object names no one fired on)
    assert who(on(events, "fired"), "recipient") == [("crowd", "CVL")]


def test_two_dozen_is_twenty_four(run):
    ev = on(run("In October 2022 police detained about two dozen activists."), "detained")
    assert count(ev, "arrested") == ("about two dozen", 24)


def test_a_counted_date_is_not_restated_by_a_date_of_another_clause(run):
    events = run("In April 2010 troops fired on a crowd in Bishkek. Two months later, ethnic violence "
                 "in Osh killed more than 400 people, an international commission found in 2011.",
                 published="2026-04-07")
    killed = on(events, "killed")
    assert when(killed) == ("2010-06-01", "2010-06-30")
    assert killed["attribution"]["text"] == "an international commission"


def test_they_who_say_they_will_gather_are_the_tellers(run):
    ev = on(run("Relatives of the dead have said they will gather again next April.",
                published="2026-04-07"), "gather")
    assert ev["plover"]["event"] == "PROTEST" and ev["status"] == "future"
    assert when(ev) == ("2027-04-01", "2027-04-30")
    assert all(e["plover"]["event"] != "PROTEST" for e in run("The ministers said they will gather in Brussels."))


def test_a_crowd_of_a_day_told_is_no_crowd_of_another_day(run):
    events = run("On Saturday, a few dozen people laid flowers at the memorial. A journalists' union "
                 "plans to hold a vigil on Friday for reporters jailed since January.",
                 published="2026-04-07")
    vigil = on(events, "vigil")
    assert count(vigil, "participants") is None
    assert who(vigil) == [("journalists' union", "LAB")]


def test_a_verb_tagged_as_a_noun_still_has_its_subject(run):
    ev = on(run("Relatives have said they will return, and a journalists' union plans to hold a vigil "
                "on Friday.", published="2026-04-07"), "vigil")
    assert who(ev) == [("journalists' union", "LAB")]


def test_riot_police_the_parse_split_is_no_riot(run):
    events = run("In June 2013 fare rises brought a million people onto the streets of dozens of "
                 "cities, and in São Paulo riot police fired rubber bullets at marchers.")
    assert all(e["trigger"]["text"] != "riot" for e in events)
    assert on(events, "brought")["location"]["precision"] == 3  # (the town is the firing's)


def test_the_nearest_of_two_subjects_the_parse_gave_says_it(run):
    ev = on(run("By the next morning more than 1,500 people had been detained, most of them at a camp "
                "outside the army headquarters, federal police said."), "detained")
    assert ev["attribution"]["text"] == "federal police"


def test_the_following_sunday_after_a_month_is_in_that_month(run):
    events = run("Three years ago today, rioters ransacked Congress. In September 2025 the former "
                 "president was sentenced to 27 years, and his supporters rallied in Rio de Janeiro "
                 "the following Sunday.", published="2026-01-08")
    assert when(on(events, "rallied")) == ("2025-09-01", "2025-09-30")


def test_since_then_runs_from_the_date_before_to_the_report(run):
    events = run("Three years ago today, rioters ransacked Congress in Brasília.\n\nSince then the "
                 "Supreme Court has convicted hundreds of them.", published="2026-01-08")
    ev = on(events, "convicted")
    assert when(ev) == ("2023-01-08", "2026-01-08") and ev["date"]["origin"] == "context"


def test_of_two_crowd_estimates_the_first_bounded_by_the_other(run):
    ev = on(run("His supporters rallied in Rio de Janeiro on Sunday; organisers claimed as many as "
                "400,000 took part, while researchers counted about 42,000.", published="2025-09-20"),
            "rallied")
    crowd = ev["counts"]["participants"]
    assert (crowd["value"], crowd["low"], crowd["high"]) == (400000, 42000, 400000)


def test_a_run_on_clause_before_a_semicolon_is_no_ones_target(run):
    ev = on(run("In 1968 some 100,000 people marched against the killing of a student by police; by "
                "the end of that year the generals had suspended civil liberties."), "suspended")
    assert who(ev, "recipient") == []
    ev = on(run("Police said the rally was peaceful and that no one had been arrested."), "arrested")
    assert who(ev, "recipient") == [] and count(ev, "arrested") == ("no one", 0)


def test_held_without_trial_is_an_arrest(run):
    events = run("Police detained two dozen activists in October. They were reportedly held for "
                 "months without trial.", published="2026-04-07")
    held = on(events, "held")
    assert (held["plover"]["event"], held["plover"]["mode"]) == ("COERCE", "arrest") and held["hedged"]
    assert all(e["plover"]["event"] != "COERCE" for e in run("The talks were held in Geneva."))


def test_praying_for_time_to_arrest_is_no_arrest(run):
    ev = on(run("The officer is praying for 20 days time to arrest the accused."), "arrest")
    assert ev["status"] == "hypothetical"


def test_a_street_outside_a_building_is_where(run):
    ev = on(run("Riot police used water cannon to clear the street outside parliament."), "used")
    assert who(ev, "recipient") == []


def test_protesters_named_are_no_protest(run):
    events = run("The minister, who has called the protesters agents of foreign powers, said on "
                 "Tuesday that the government would not negotiate.")
    assert all(e["plover"]["event"] != "PROTEST" for e in events)


def test_students_the_parse_made_an_object_of_demonstrating_demonstrated(run):
    ev = on(run("demonstrating students and riot police faced off for the second straight day "
                "thursday in the centre of harare.", published="1992-05-28"), "demonstrating")
    assert ev["plover"]["event"] == "PROTEST" and when(ev) == ("1992-05-28", "1992-05-28")
    assert all(e["trigger"]["text"] != "demonstrated" for e in run("The results demonstrated the students' resolve."))


def test_a_town_most_of_its_region_lives_in_is_the_town(run):
    ev = on(run("Thousands marched in Ulaanbaatar.", published="2025-12-05"), "marched")
    assert (ev["location"]["name"], ev["location"]["precision"]) == ("Ulan Bator", 1)


def test_four_of_them_shot_were_shot(run):
    events = run("On 1 July 2008 rioters set fire to the party headquarters. Five people were killed, "
                 "four of them shot, and more than 700 were arrested.")
    assert who(on(events, "shot")) == [] and who(on(events, "shot"), "recipient") == [("four", "CVL")]


def test_ministers_and_officers_charged_are_accused(run):
    ev = on(run("Two deputy ministers were later charged."), "charged")
    assert ev["plover"]["event"] == "ACCUSE" and who(ev, "recipient") == [("Two deputy ministers", "GOV")]
    assert on(run("Three officers were charged."), "charged")["plover"]["event"] == "ACCUSE"
    assert on(run("Police charged the crowd."), "charged")["plover"]["event"] == "ASSAULT"


def test_a_present_perfect_clause_under_a_past_report_is_the_writers(run):
    events = run("The organisers said they will march on parliament on Tuesday, and the Law Society "
                 "has threatened to sue the inspector general.", published="2026-06-25")
    assert on(events, "march")["attribution"]["text"] == "The organisers"
    assert on(events, "threatened")["attribution"] is None


def test_a_town_of_a_part_does_not_place_a_toll_across_the_country(run):
    events = run("Argentines banged pots in the streets of Buenos Aires. By the next evening police had "
                 "killed at least 39 people across the country, five of them in the Plaza de Mayo, and "
                 "the president had resigned.", published="2026-12-19")
    killed = on(events, "killed")
    assert (killed["location"]["country"], killed["location"]["precision"]) == ("ARG", 3)
    # (nor does the country's span reach the clause joined after it)
    assert on(events, "resigned")["location"]["name"] == "Buenos Aires"


def test_most_of_those_deaths_are_no_one(run):
    ev = on(run("Nobody has ever been convicted for most of those deaths."), "convicted")
    assert who(ev, "recipient") == []


def test_someone_named_by_age_is_a_civilian(run):
    ev = on(run("Last week a 17-year-old was reportedly beaten by officers.", published="2026-12-19"), "beaten")
    assert who(ev, "recipient") == [("a 17-year-old", "CVL")] and who(ev) == [("officers", "COP")]
    assert ev["hedged"]


def test_a_header_line_of_short_parts_is_the_pages_date(run):
    events = run("LUANDA | Opinion | 28 July 2026\n\nA year ago today, taxi drivers began a strike.\n\n"
                 "The government blamed criminal gangs.", published="2026-07-28")
    # (the story's day goes on; the header's date, the page's, was taken for a date of the story)
    assert when(on(events, "blamed")) == ("2025-07-28", "2025-07-28")
    from eventscribe.timex import find_timexes, page_date_lines

    text = "Police fired on 3 May 2020 | they said."
    assert page_date_lines(text, find_timexes(text)) == []


def test_a_sentence_joined_to_one_told_as_later_is_later_too(run):
    ev = on(run("Most were released within weeks, but dozens were later tried and sentenced to five "
                "years, their lawyers said.", published="2026-07-28"), "sentenced")
    assert ev["date"]["end_date"] == "2026-07-28"


def test_an_inquiry_into_the_shootings_takes_them_up(run):
    events = run("In March 2024 police shot dead 12 protesters in the capital. An inquiry into the "
                 "shootings has not reported.", published="2026-07-28")
    assert when(on(events, "shootings"))[0] == "2024-03-01"


def test_shops_looted_in_towns_name_no_one(run):
    ev = on(run("Shops were looted in Cazenga and Viana."), "looted")
    assert who(ev, "recipient") == []
    assert who(on(run("Troops shelled the town."), "shelled"), "recipient") == [("town", "CVL")]


def test_a_yardstick_a_when_clause_tells_of_dates_it(run):
    events = run("It was the worst unrest in Luanda since 2016, when security forces allegedly shot dead "
                 "at least six young men.", published="2026-07-28")
    assert when(on(events, "shot")) == ("2016-01-01", "2016-12-31")
    ev = on(run("Crowds not seen since 1989 marched on Monday.", published="2026-07-28"), "marched")
    assert when(ev) == ("2026-07-27", "2026-07-27")


def test_a_date_then_a_stretch_begun_on_it(run):
    ev = on(run("A year ago today, taxi drivers began a three-day strike.", published="2026-07-28"), "strike")
    assert when(ev) == ("2025-07-28", "2025-07-30")
    ev = on(run("On Monday, police arrested 12 people who had held a three-day sit-in.",
                published="2026-07-28"), "arrested")
    assert when(ev) == ("2026-07-27", "2026-07-27")


# --- session 31 -----------------------------------------------------------------------------


def test_counted_people_who_protested_protested(run):
    # (the verb tagged a bare participle, as in a reduced relative "six people killed ...")
    ev = on(run("Several thousand people protested in the capital."), "protested")
    assert who(ev) == [("Several thousand people", "CVL")] and who(ev, "recipient") == []
    ev = on(run("Police said that six people killed inside a temple had been shot."), "killed")
    assert who(ev, "recipient") == [("six people", "CVL")]


def test_outside_parliament_is_where_not_whom(run):
    ev = on(run("Thousands of people protested outside parliament."), "protested")
    assert who(ev, "recipient") == []
    ev = on(run("Police fired tear gas at students outside parliament."), "fired")
    assert who(ev, "recipient") == [("students", "EDU")]


def test_where_a_march_sets_out_from_or_goes_on_is_no_one(run):
    ev = on(run("On Saturday about 300 students marched from the Panteón de los Héroes to the plaza."),
            "marched")
    assert who(ev, "recipient") == []
    ev = on(run("Farmers said they would march on Asunción in April to demand land reform."), "march")
    assert who(ev, "recipient") == [] and ev["location"]["name"] == "Asunción"


def test_doers_the_parse_hung_on_the_night_of_a_date(run):
    ev = on(run("On the night of 26 March snipers fired on them from nearby rooftops."), "fired")
    assert who(ev) == [("snipers", "UAF")]


def test_a_pronoun_after_a_preposition_is_not_its_clauses_subject(run):
    ev = on(run("Police fired on them."), "fired")
    assert who(ev, "recipient") == []
    ev = on(run("Students gathered in the square. Police fired on them."), "fired")
    assert who(ev, "recipient") == [("them", "EDU")]


def test_every_march_is_the_month(run):
    events = run("Every March, someone in Asunción lays flowers. Every march ends at the plaza.")
    assert [e["trigger"]["start"] for e in events if e["plover"]["event"] == "PROTEST"] == [53]


def test_people_shot_on_a_square_were_shot_there(run):
    ev = on(run("It was the mothers of the young men who were shot on the Plaza de Armas in 1999."), "shot")
    assert who(ev, "recipient") == [("young men", "CVL")]
    ev = on(run("Tear gas was fired at protesters."), "fired")
    assert who(ev, "recipient") == [("protesters", "CVL")]


def test_some_of_them_are_those_told_before(run):
    events = run("Several thousand people protested outside Congress, and some of them broke in and "
                 "set part of the building on fire.")
    assert who(on(events, "set")) == [("some", "CVL")]


def test_a_scene_town_is_the_place_of_each_episode_of_its_paragraph(run):
    events = run("Every March, someone in Asunción lays flowers outside Congress. This year it was the "
                 "mothers of the men who were shot in 1999, and on Saturday they were joined by 300 "
                 "students who marched to the plaza.\n\nNothing changed.\n\nThe end.", published="2026-03-30")
    assert on(events, "marched")["location"]["name"] == "Asunción"
    # (a town told with an event of another day is that episode's, not carried)
    events = run("In 2020 police shot 12 people at the Lekki toll gate in Lagos, and in 1929 colonial "
                 "troops killed 50 women.\n\nNothing changed.\n\nThe end.", published="2026-03-30")
    assert on(events, "killed")["location"]["precision"] == 3


def test_the_claim_denied_is_no_one(run):
    ev = on(run("The opposition accused the police of beating demonstrators; the police denied it."), "denied")
    assert who(ev, "recipient") == [] and who(ev) == [("police", "COP")]


def test_a_pronoun_object_is_not_the_subject_of_the_verb_it_is_joined_to(run):
    ev = on(run("A few hundred farmers walked to the bridge. Police let them hold a short programme and "
                "then asked them to leave."), "asked")
    assert who(ev, "recipient") == [("them", "AGR")]


def test_a_strike_called_for_a_day_is_still_to_come(run):
    ev = on(run("A transport strike has been called for next week.", published="2026-01-22"), "strike")
    assert ev["status"] == "future" and when(ev) == ("2026-01-26", "2026-02-01")
    ev = on(run("A strike has been called for Monday.", published="2026-01-22"), "strike")
    assert ev["status"] == "future" and when(ev) == ("2026-01-26", "2026-01-26")
    # (told of a past year, or called off, it is no plan of now)
    assert on(run("In 2019 a general strike was called for 3 February.", published="2026-01-22"),
              "strike")["status"] == "asserted"


def test_an_old_event_named_to_date_a_new_one_is_no_event(run):
    events = run("Thousands rallied in Santiago on Sunday to mark the anniversary of the 2019 uprising.")
    assert [e["trigger"]["text"] for e in events] == ["rallied"]
    events = run("They will return on 21 September, the anniversary of martial law.")
    assert events == []
    # (a note that tells of nothing else keeps it: the commemoration is told by it)
    events = run("to mark the anniversary of the killing of 19 members by police in 1996")
    assert [e["trigger"]["text"] for e in events] == ["killing"]


def test_a_date_before_a_teller_set_off_by_commas_dates_what_is_told(run):
    text = "On 22 January 1987, some 10,000 farmers marched to the bridge. In early 2019, the peasant " \
           "movement said, more than 200 farmers had been evicted from farms in the north."
    assert when(on(run(text, published="2026-01-22"), "evicted")) == ("2019-01-01", "2019-04-30")
    # (without the commas the date is the telling's, and the story told before dates the deed)
    text = "On 22 January 1987, some 10,000 farmers marched to the bridge. In October the minister " \
           "said the farmers had been evicted."
    assert when(on(run(text, published="2026-01-22"), "evicted")) == ("1987-01-22", "1987-01-22")


def test_a_sentence_that_moves_on_to_a_later_day_leaves_the_story_there(run):
    text = ("In early 2019, farmers were evicted from their farms, and in December of that year police "
            "killed 14 farmers in raids. Their families said they were shot in their homes.")
    assert when(on(run(text, published="2026-01-22"), "shot")) == ("2019-12-01", "2019-12-31")


def test_the_same_bridge_is_where_the_bridge_told_before_is(run):
    text = ("MANILA - On Thursday, a few hundred farmers walked to Mendiola Bridge. Police asked them to "
            "leave.\n\nOn 22 January 1987, some 10,000 farmers marched to the same bridge. Marines fired "
            "on the crowd.")
    events = run(text, published="2026-01-22")
    assert on(events, "marched")["location"]["name"] == "Manila"
    assert on(events, "fired")["location"]["name"] == "Manila"


def test_back_in_the_streets_is_a_protest_again(run):
    ev = on(run("The farmers were back in the streets of Manila within months."), "were")
    assert ev["plover"]["event"] == "PROTEST" and who(ev) == [("farmers", "AGR")]
    assert run("The children were back in school.") == []
    assert run("Police were back on the streets.") == []


def test_workers_a_strike_participle_was_read_as_acting_on_are_the_strikers(run):
    ev = on(run("Military police opened fire on striking garment workers."), "striking")
    assert who(ev) == [("garment workers", "LAB")] and who(ev, "recipient") == []
    ev = on(run("Police fired on protesting students."), "protesting")
    assert who(ev) == [("protesting students", "EDU")]
    ev = on(run("Students were arrested for protesting the ruling."), "protesting")
    assert who(ev) == [("Students", "EDU")]


def test_one_seen_being_shot_was_shot(run):
    ev = on(run("One young man who was seen being shot has never been found."), "shot")
    assert who(ev) == [] and who(ev, "recipient") == [("One young man", "CVL")]


def test_an_attacks_dead_are_not_the_rallys_target(run):
    ev = on(run("On 30 March 1997, grenades were thrown into a rally of the opposition leader Sam Rainsy "
                "outside the National Assembly, killing at least 16 people."), "rally")
    assert who(ev, "recipient") == []
    # (nor is a part of a person's name a capital's: "Sam" is an old name of Damascus)
    assert [a["country"] for a in ev["actors"] if a["role"] == "actor"] != ["SYR"]


def test_an_office_of_a_body_outside_the_state_is_that_bodys(run):
    ev = on(run("A union president was jailed for two years."), "jailed")
    assert who(ev, "recipient") == [("union president", "LAB")]
    ev = on(run("The party chairman was arrested."), "arrested")
    assert who(ev, "recipient") == [("party chairman", "PTY")]
    ev = on(run("Assembly president Ali Musa was arrested."), "arrested")
    assert who(ev, "recipient") == [("Assembly president Ali Musa", "GOV")]


def test_their_in_what_a_body_says_is_that_bodys(run):
    events = run("The FBI investigation pointed at a bodyguard unit. The wage is higher today, but unions say "
                 "their leaders are watched and sued.")
    assert who(on(events, "sued"), "recipient") == [("their leaders", "LAB")]
    events = run("The unions say their leaders are watched and sued.")
    assert who(on(events, "sued"), "recipient") == [("their leaders", "LAB")]


def test_will_not_allow_it_is_a_refusal_of_no_one(run):
    events = run("The unions will march on Sunday. The police have said they will not allow it.",
                 published="2026-01-03")
    ev = on(events, "allow")
    assert ev["plover"]["event"] == "REJECT" and ev["status"] == "asserted"
    assert who(ev, "recipient") == [] and who(ev) == [("they", "COP")]


def test_sentences_given_later_run_to_the_report(run):
    events = run("On 2 January 2014, soldiers arrested 10 workers. Twenty-three people were detained over "
                 "the two days, and most were later given suspended sentences.", published="2026-01-03")
    assert when(on(events, "sentences")) == ("2014-01-02", "2026-01-03")


def test_what_is_said_in_general_of_violence_is_no_event(run):
    assert run("Violence against those who protest is older than the garment industry.") == []
    assert [e["trigger"]["text"] for e in run("Violence was widespread on Sunday.")] == ["Violence"]
    assert [e["trigger"]["text"] for e in run("The protest is the largest since 2019.")] == ["protest"]


def test_a_day_just_before_a_january_of_the_story_is_in_the_year_before(run):
    text = ("On 27 November 2017 the count stopped, and on 1 December the government declared a curfew.\n\n"
            "At least 22 people were killed between late November and the end of January. Residents said "
            "troops fired into houses on the night of 2 December.")
    events = run(text, published="2026-12-02")
    assert when(on(events, "killed")) == ("2017-11-21", "2018-01-31")
    assert when(on(events, "fired")) == ("2017-12-02", "2017-12-02")
    import datetime as dt

    from eventscribe.timex import find_timexes

    (tx,) = find_timexes("between late November and the end of January", dt.date(2026, 12, 2))
    assert (tx.start_date, tx.end_date) == (dt.date(2025, 11, 21), dt.date(2026, 1, 31))


def test_a_when_clause_after_an_undated_deed_dates_it(run):
    ev = on(run("Two protesters were killed when Zelaya tried to fly home on 5 July.",
                published="2026-12-02"), "killed")
    assert when(ev) == ("2026-07-05", "2026-07-05")
    # (within a coarser date of its own clause, the finer day of the "when" clause)
    ev = on(run("In 1988 two protesters were killed when Zelaya tried to fly home on 5 July.",
                published="2026-12-02"), "killed")
    assert when(ev) == ("1988-07-05", "1988-07-05")
    ev = on(run("On 28 June 2009 soldiers woke the president. In the weeks that followed, two protesters were "
                "killed when he tried to fly home on 5 July.", published="2026-12-02"), "killed")
    assert when(ev) == ("2009-07-05", "2009-07-05")
    # (not a day of another clause: "who had gathered on 5 May")
    ev = on(run("In 1988 police arrested students who had gathered on 5 May.", published="2026-12-02"), "arrested")
    assert when(ev) == ("1988-01-01", "1988-12-31")


def test_its_men_are_the_forces_men(run):
    ev = on(run("Residents said troops fired into houses. The army said its men had been shot at first."), "shot")
    assert who(ev, "recipient") == [("its men", "MIL")]
    ev = on(run("The families said their men had been shot."), "shot")
    assert who(ev, "recipient") == [("their men", "CVL")]


def test_a_header_opened_by_a_town_in_capitals_is_a_dateline(run):
    text = ("TEGUCIGALPA | Comment | Updated 2 Dec 2026, 06:15 CST\n\nOn 28 June 2009 soldiers arrested the "
            "president in San Pedro Sula.\n\nThis week the families of the dead will hold a vigil outside the "
            "prosecutor's office.")
    events = run(text, published="2026-12-02")
    vigil = on(events, "vigil")
    assert vigil["location"]["name"] == "Tegucigalpa" and when(vigil) == ("2026-11-30", "2026-12-06")


def test_a_year_after_in_before_a_group_noun_is_a_year(run):
    ev = on(run("In 1988 police arrested students.", published="2026-12-02"), "arrested")
    assert when(ev) == ("1988-01-01", "1988-12-31") and count(ev, "arrested") is None
    # (people counted stay a count: "in 2000 people" is rare, "2000 people" is not)
    ev = on(run("Police arrested 2000 people.", published="2026-12-02"), "arrested")
    assert count(ev, "arrested") == ("2000", 2000)


def test_beaten_at_the_polls_is_no_beating(run):
    assert run("Women demanded that Gbagbo hand over power to the man who had beaten him at the polls.",
               published="2026-03-03")[0]["plover"]["event"] == "REQUEST"
    assert all(e["plover"]["event"] != "ASSAULT" for e in run("Ouattara beat Gbagbo in the election."))
    assert [e["plover"]["event"] for e in run("Guards beat him in court.")] == ["ASSAULT"]


def test_above_a_number_is_at_least_it(run):
    ev = on(run("Police shot dead above 20 protesters."), "shot")
    assert ev["counts"]["killed"]["qualifier"] == "at_least"


def test_a_month_after_the_year_a_paragraph_opens_with_is_in_that_year(run):
    ev = on(run("The wounds reopened in 2020, when Ouattara ran for a third term. In August and again in "
                "October, opposition supporters blocked roads.", published="2026-03-03"), "blocked")
    assert ev["date"]["start_date"].startswith("2020-")
    # (a sentence of its own that does not open on the date stays the news)
    ev = on(run("He was arrested in 2015, said his lawyer. He was detained on 14 August.",
                published="2026-03-03"), "detained")
    assert when(ev) == ("2025-08-14", "2025-08-14")


def test_killings_named_by_their_place_are_the_ones_told_there(run):
    text = ("Fifteen years ago today, thousands of women marched in Abobo. Soldiers opened fire and seven "
            "women were killed.\n\nIn 2020 opposition supporters clashed with youths.\n\nLast month a court "
            "in Abidjan sentenced two former soldiers to life in prison for the Abobo killings.")
    ev = on(run(text, published="2026-03-03"), "killings")
    assert when(ev) == ("2011-03-03", "2011-03-03")


def test_a_subject_before_the_mark_of_a_clause_is_not_its(run):
    ev = on(run("About 3,000 people were killed, many of them in Abidjan, before forces loyal to Alassane "
                "Ouattara captured Gbagbo in his residence on 11 April 2011."), "captured")
    assert [r for r in who(ev, "recipient") if r[0] == "many"] == [] and who(ev) == [("forces", "MIL")]


def test_an_armoured_column_is_the_army(run):
    assert who(on(run("An armoured column drove past and opened fire."), "opened")) == [("armoured column", "MIL")]


def test_on_this_day_in_a_year_is_the_reports_day_then(run):
    ev = on(run("On this day in 2014, hundreds of thousands of protesters marched on the National Assembly.",
                published="2026-10-31"), "marched")
    assert when(ev) == ("2014-10-31", "2014-10-31")
    from eventscribe.timex import find_timexes

    (tx,) = find_timexes("On this date 12 years ago, they marched.", __import__("datetime").date(2026, 10, 31))
    assert (tx.text, str(tx.start_date)) == ("this date 12 years ago", "2014-10-31")


def test_a_commission_of_inquiry_that_tells_is_a_body(run):
    events = run("Soldiers fired on crowds, according to the commission of inquiry.")
    assert [e["trigger"]["text"] for e in events] == ["fired"]
    # (setting one up is still an inquiry)
    assert [e["trigger"]["text"] for e in run("The government set up a commission of inquiry.")] == ["inquiry"]


def test_held_the_president_and_the_prime_minister_hostage(run):
    ev = on(run("Soldiers burst into a cabinet meeting and held the interim president and the prime minister "
                "hostage."), "held")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "abduct")
    assert ("Soldiers", "MIL") in who(ev)


def test_what_it_took_years_to_do_was_done_that_many_years_on(run):
    events = run("On 15 October 1987, Thomas Sankara was shot dead. It took 34 years for a military court to "
                 "convict him of complicity in the murder.", published="2026-10-31")
    ev = on(events, "convict")
    assert ev["status"] == "asserted" and when(ev) == ("2021-01-01", "2021-12-31")
    # (a wish "for" someone "to" act is still no deed)
    ev = on(run("They called for the judges to convict him."), "convict")
    assert ev["status"] == "hypothetical"


def test_it_is_years_today_since_a_deed(run):
    ev = on(run("It is five years today since a commando stormed the residence of the president and shot him "
                "dead.", published="2026-07-07"), "stormed")
    assert when(ev) == ("2021-07-07", "2021-07-07") and all(a["text"] != "It" for a in ev["actors"])
    ev = on(run("It's been ten years since troops fired on the crowd.", published="2026-07-07"), "fired")
    assert when(ev) == ("2016-01-01", "2016-12-31")


def test_a_killing_that_did_not_come_out_of_nowhere_happened(run):
    assert on(run("The killing did not come out of nowhere."), "killing")["status"] == "asserted"
    assert on(run("The protesters did not come under fire."), "fire")["status"] == "negated"


def test_a_percentage_before_a_comma_counts_no_crowd(run):
    ev = on(run("In July 2018, when the government tried to raise fuel prices by as much as 51 percent, crowds "
                "burned cars and looted shops in the capital, and at least seven people died."), "burned")
    assert "participants" not in (ev.get("counts") or {})
    # (nor a span of time before a comma: "lasting less than 80 minutes, rioters attacked")
    ev = on(run("During the trouble, lasting less than 80 minutes, rioters attacked a dozen shops."), "attacked")
    assert "participants" not in (ev.get("counts") or {})


def test_the_attack_planned_in_the_past_was_done(run):
    ev = on(run("The UN found that two police officials had helped plan the attack."), "attack")
    assert ev["status"] == "asserted"
    assert on(run("They plan the attack for Monday."), "attack")["status"] == "future"


def test_the_murder_a_trial_is_for_is_the_one_told_of_that_victim(run):
    text = ("On 7 July 2021 a commando shot the president dead. Police arrested 18 men. Three were killed. "
            "Gangs rose. Prices rose. Fuel ran out. Schools shut. Banks shut. Nobody expects a trial for the "
            "murder of the president this year.")
    assert when(on(run(text, published="2026-07-07"), "murder")) == ("2021-07-07", "2021-07-07")


def test_a_later_day_of_the_report_does_not_move_an_old_story(run):
    events = run("The pattern returned in November 2019, when fuel prices were raised overnight. Protesters "
                 "blocked roads in Shiraz.", published="2024-11-18")
    assert when(on(events, "blocked")) == ("2019-11-01", "2019-11-30")


def test_a_range_of_days_in_a_month_after_a_past_season_is_in_that_year(run):
    events = run("The same streets filled again in the summer of 2020. From 10 to 12 July, special units opened "
                 "fire on protesters. A month later, on 18 August, soldiers arrested the president.",
                 published="2026-03-26")
    assert when(on(events, "opened")) == ("2020-07-10", "2020-07-12")
    # (of a counted date and a finer one right after it, the finer)
    assert when(on(events, "arrested")) == ("2020-08-18", "2020-08-18")


def test_a_dateline_opening_the_body_after_a_title(run):
    text = ("Mali's March 26 is a holiday no one celebrates\n\nPublished on 26 March 2026\n\nBAMAKO (Opinion) — "
            "Thirty-five years ago today, soldiers shot at crowds in the streets. On Monday police detained a dozen "
            "members of a youth movement who had planned a silent march.")
    events = run(text, published="2026-03-26")
    assert on(events, "detained")["location"]["name"] == "Bamako"
    # (a plan told in the past perfect is no plan ahead, nor read forwards)
    march = on(events, "march")
    assert march["status"] == "hypothetical" and when(march) == ("2026-03-23", "2026-03-23")


def test_its_members_are_the_bodys(run):
    ev = on(run("The movement says its members will gather at the monument on Saturday."), "gather")
    assert who(ev) == [("its members", "SOC")]


def test_a_month_after_a_sentence_told_in_the_present_is_the_reports(run):
    text = ("Mineworkers struck in the spring and summer of 1976.\n\nMemory matters because the price of mealie "
            "meal is rising again. In mid-March, traders closed their stalls in protest.")
    ev = on(run(text, published="2026-11-04"), "protest")
    assert when(ev) == ("2026-03-11", "2026-03-20")


def test_a_dateline_with_the_day_before_the_month(run):
    ev = on(run("LUSAKA, 4 November 2026 -\n\nPolice fired tear gas at traders on Monday.", published="2026-11-04"),
            "fired")
    assert ev["location"]["name"] == "Lusaka"


def test_a_stretch_of_time_counts_no_one(run):
    ev = on(run("For three days crowds looted state shops and fought the police."), "fought")
    assert "participants" not in (ev.get("counts") or {})


def test_a_union_that_says_it_will_strike(run):
    ev = on(run("The union says it will strike next week.", published="2026-11-04"), "strike")
    assert who(ev) == [("it", "LAB")] and when(ev) == ("2026-11-09", "2026-11-15")
    assert run("The storm will strike the coast.") == []


def test_the_previous_autumn_is_before_the_date_told(run):
    events = run("Riots broke out in Casablanca in June 1981. In the previous autumn, the same unions had struck "
                 "over wages.", published="2026-10-28")
    assert when(on(events, "struck")) == ("1980-09-01", "1980-11-30")


def test_the_town_of_a_later_clause_with_its_own_date_is_another_episodes(run):
    text = ("In late May 2017, police arrested him and dozens of other activists; in June 2018 a court in "
            "Casablanca sentenced him to 20 years in prison.")
    events = run(text, published="2026-10-28")
    assert on(events, "arrested")["location"]["name"] != "Casablanca"
    assert on(events, "sentenced")["location"]["name"] == "Casablanca"


def test_an_act_a_law_makes_a_crime_is_no_deed(run):
    ev = on(run("Congress is debating a bill that would make blocking a road a crime punishable by up to five "
                "years in prison."), "blocking")
    assert ev["status"] == "hypothetical"
    assert on(run("Police made arrests."), "arrests")["status"] == "asserted"


def test_a_foreign_town_in_a_sentence_told_across_the_country_is_no_place(run):
    text = ("GUATEMALA CITY - Guatemala's roads were blocked again.\n\nFrom 2 October 2023, thousands of people "
            "blocked more than 100 roads across the country to demand the resignation of the attorney general, "
            "whose prosecutors were trying to overturn the victory of Bernardo Arévalo.")
    ev = on(run(text, published="2026-10-02"), "blocked", 1)
    assert (ev["location"]["country"], ev["location"]["precision"]) == ("GTM", 3)


def test_a_town_a_blockade_was_cleared_in_is_where(run):
    ev = on(run("Police cleared a blockade in Guatemala City with tear gas."), "cleared")
    assert who(ev, "recipient") == [] and ev["location"]["name"] == "Guatemala City"


def test_those_listed_among_the_injured_are_not_the_arrested(run):
    ev = on(run("By the night's end, 113 people had been injured, among them 58 police officers, and 339 had been "
                "arrested, the Metropolitan Police said."), "arrested")
    assert who(ev, "recipient") == [("339", "CVL")] and count(ev, "arrested") == ("339", 339)


def test_a_day_right_after_a_counted_week_restates_it(run):
    ev = on(run("Thirty-six years ago this week, on 31 March 1990, a march against the poll tax ended in rioting.",
                published="2026-03-29"), "march")
    assert when(ev) == ("1990-03-31", "1990-03-31")


def test_towns_a_riot_spread_to_among_many_do_not_place_it(run):
    text = ("On 4 August, officers shot dead a man in Tottenham, north London. Two days later a peaceful vigil "
            "turned into rioting that spread to Birmingham, Manchester and a dozen other cities over five nights.")
    ev = on(run(text, published="2026-03-29"), "rioting")
    assert ev["location"]["name"] not in ("Birmingham", "Manchester")
    # (a spread to named towns alone goes there)
    ev = on(run("The protests spread to Almaty."), "protests")
    assert ev["location"]["name"] == "Almaty"


# --- session 32 -----------------------------------------------------------------------------


def test_next_weekday_is_ahead_of_the_report_whatever_the_story(run):
    text = ("Last December, truck drivers in Ma'an went on strike over diesel prices. The unions have asked for "
            "permission to hold a rally in Amman next Friday.")
    ev = on(run(text, published="2026-08-18"), "rally")
    # (asked for permission to hold it: not held)
    assert ev["status"] == "hypothetical" and when(ev) == ("2026-08-21", "2026-08-21")


def test_a_skill_is_no_deed(run):
    assert on(run("Students in Kenya know how to protest."), "protest")["status"] == "hypothetical"


def test_a_town_a_later_clause_spread_to_is_not_the_earlier_clause_s(run):
    text = ("In April 1989 the southern town of Ma'an rose first. Crowds burned banks and government offices, "
            "and the unrest spread north to Karak and Tafileh within two days.")
    evs = run(text, published="2026-08-18")
    assert on(evs, "burned")["location"]["name"] != "Karak"
    assert on(evs, "unrest")["location"]["name"] == "Karak"


def test_a_ministry_that_owns_the_troops_is_not_where_they_are(run):
    text = ("In Ismayilli residents set fire to a hotel. Interior Ministry troops dispersed them with tear gas.")
    assert on(run(text, published="2026-10-16"), "dispersed")["location"]["name"] == "Ismayilli"
    ev = on(run("About 3,000 people gathered at the Latvian parliament building on Thursday."), "gathered")
    assert ev["location"]["name"] == "Riga"


def test_a_pronoun_is_not_the_subject_of_a_relative_clause_before(run):
    text = ("The evening after the president was declared the winner of an election that observers called "
            "deeply flawed, several thousand opposition supporters gathered on a square in Baku. Police and "
            "troops charged them with truncheons.")
    assert who(on(run(text), "charged"), "recipient") == [("them", "OPP")]


def test_a_professional_syndicate_is_a_union(run):
    ev = on(run("After the teachers' syndicate held marches in a dozen cities, the authorities closed the union."),
            "marches")
    assert who(ev) == [("teachers' syndicate", "EDU")]


def test_a_deed_on_the_eve_of_a_march_has_not_marched(run):
    ev = on(run("Soldiers raided the temple of a sect in Goma on the eve of a march against the United Nations."),
            "march")
    assert ev["status"] == "future"


def test_people_who_spend_days_in_the_streets_protest(run):
    ev = on(run("In January 2015, students in Kinshasa spent four days in the streets against a change to the "
                "electoral law. The government said 12 people died."), "spent")
    assert ev["plover"]["event"] == "PROTEST" and count(ev, "killed") == ("12", 12)


def test_people_camped_outside_a_palace_protest_refugees_in_a_forest_do_not(run):
    ev = on(run("Thousands of opposition supporters camped outside the royal palace for weeks."), "camped")
    assert ev["plover"]["event"] == "PROTEST"
    assert run("Refugees camped in the forest.") == []


def test_a_day_a_plan_is_announced_for_in_the_present_perfect_is_the_plan_s(run):
    text = ("In June 2021 soldiers shot dead two protesters in Ejura. The convenors have announced a vigil in "
            "Ejura on 29 June.")
    ev = on(run(text, published="2028-02-28"), "vigil")
    assert ev["status"] == "future" and when(ev) == ("2028-06-29", "2028-06-29")


def test_shot_so_many_dead_is_a_death_toll(run):
    ev = on(run("Soldiers shot two of them dead and wounded at least four more."), "shot")
    assert count(ev, "killed") == ("two", 2) and count(ev, "injured") is None
    assert count(on(run("Police shot a protester dead."), "shot"), "killed")[1] == 1
    assert count(on(run("Police shot two protesters in the leg."), "shot"), "killed") is None


def test_tellers_are_who_they_say_were_never_compensated(run):
    text = "The government set up a committee. The young men who were wounded say they were never compensated."
    assert who(on(run(text), "compensated"), "recipient") == [("they", "CVL")]


def test_a_date_before_a_verb_dates_the_verb_joined_to_it(run):
    text = ("In September 2006 several thousand protesters besieged the state television, and on the night of "
            "18 September some of them broke in and set cars on fire.")
    assert when(on(run(text, published="2026-10-23"), "set")) == ("2006-09-18", "2006-09-18")


def test_a_crowd_that_came_out_at_dawn_against_a_decision_protests(run):
    ev = on(run("Young people in N'Djamena came out at dawn against the junta's decision to extend the transition."),
            "came")
    assert ev["plover"]["event"] == "PROTEST"


def test_a_time_that_goes_on_keeps_the_clause_s_town(run):
    text = ("The next morning, his relatives carried his body to the government building in Khorog, and within "
            "hours about a thousand people had gathered there to demand an investigation.")
    assert on(run(text), "gathered")["location"]["name"] == "Khorugh"


def test_a_time_phrase_under_set_on_fire_is_no_plan(run):
    ev = on(run("During the G20 summit in Hamburg, rioters set cars on fire."), "summit")
    assert ev["status"] == "asserted"
    assert on(run("A general strike is set for Monday."), "strike")["status"] == "future"


def test_a_finer_date_in_a_during_phrase_restates_a_counted_one(run):
    text = ("On 30 September 2010 police used water cannon in Stuttgart. Seven years later, during the G20 summit "
            "in Hamburg in July 2017, rioters set cars on fire.")
    assert when(on(run(text, published="2026-06-02"), "set")) == ("2017-07-01", "2017-07-31")


def test_a_deed_during_a_summit_is_not_the_summit_s_hosts_and_keeps_its_date(run):
    text = "During the G20 summit of June 2010, more than 1,100 people were detained, most of them never charged."
    ev = on(run(text, published="2026-06-26"), "detained")
    assert who(ev) == [] and when(ev) == ("2010-06-01", "2010-06-30")
    assert ev["attribution"] is None and not ev["hedged"]
    # (those injured during an army raid were by the army)
    assert who(on(run("Three people were injured during an army raid."), "injured")) == [("army", "MIL")]
    # (and "some of whom said" still tell it)
    ev = on(run("Police arrested 20 people, some of whom said they were beaten."), "beaten")
    assert ev["attribution"]["text"] == "some of whom"


def test_police_who_box_in_a_crowd_kettle_it(run):
    ev = on(run("Police boxed in several hundred people at a street corner."), "boxed")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "crowd-control")


def test_a_day_after_a_weekday_restates_it_in_the_story_s_year(run):
    text = ("During the summit of June 2010 more than 1,100 people were detained. On the Sunday evening, June 27, "
            "police boxed in several hundred people.")
    assert when(on(run(text, published="2026-06-26"), "boxed")) == ("2010-06-27", "2010-06-27")


def test_an_armed_group_s_men_are_the_group_s(run):
    ev = on(run("Taliban fighters fired on a crowd. The Taliban said its men had fired into the air."), "fired", 1)
    assert who(ev) == [("its men", "REB")]


def test_a_passive_pronoun_in_a_time_clause_is_the_main_clause_s_subject(run):
    text = ("Taliban fighters fired on a crowd in Herat. In Kabul several hundred women marched towards the "
            "embassy chanting freedom before they were dispersed with shots fired into the air.")
    assert who(on(run(text), "dispersed"), "recipient") == [("they", "CVL")]


def test_a_time_clause_the_parse_made_the_root_reports_nothing(run):
    text = ("Minutes after the electoral commission declared Ali Bongo the winner, crowds in Libreville set fire "
            "to the National Assembly.")
    assert on(run(text), "set")["attribution"] is None


def test_by_someone_s_count_is_their_claim(run):
    ev = on(run("By the government's count three people died in the unrest that week."), "unrest")
    assert ev["attribution"]["text"] == "the government"


def test_what_a_court_declined_to_open_is_not_open(run):
    assert on(run("The court declined to open an investigation."), "investigation")["status"] == "negated"


def test_a_commander_s_men_are_his_force_s(run):
    text = ("Members of the Republican Guard fired into the crowd, though the guard's commander insisted that his men "
            "had only fired rubber bullets.")
    assert who(on(run(text), "fired", 1)) == [("his men", "MIL")]


def test_arrest_warrants_are_no_arrests(run):
    text = ("The prime minister accused the prosecutor general of siding with the plotters when she issued arrest "
            "warrants for six guardsmen.")
    assert count(on(run(text), "accused"), "arrested") is None
    assert count(on(run("Police arrested six guardsmen."), "arrested"), "arrested") == ("six", 6)


def test_a_seat_of_power_in_apposition_is_not_where_a_deed_was(run):
    text = ("A few thousand young people marched from a square in Sulaimani towards the headquarters of the "
            "Kurdistan Democratic Party, the ruling party in Erbil, to protest against corruption.")
    assert on(run(text), "marched")["location"]["name"] == "Sulaymaniyah"
    # (a town the parse hung on a government otherwise is the deed's)
    text = "Militant groups staged a rally against declaring a revolutionary government in downtown Cebu City."
    assert on(run(text), "rally")["location"]["name"] == "Cebu City"


def test_a_valley_named_for_a_town_is_not_the_town(run):
    ev = on(run("Troops fired on thousands who had gathered in a square in Andijan, in the Ferghana Valley."), "fired")
    assert ev["location"]["name"] == "Andijon"
    # (nor a town named Valley)
    assert (on(run("Police fired on protesters in the Swat Valley."), "fired")["location"] or {}).get("name") != "Valley"


def test_a_step_back_does_not_move_the_story(run):
    text = ("Twenty-one years ago today, troops opened fire on thousands in Andijan. The crowd had come to hear "
            "speeches after armed men freed 23 businessmen from the prison the night before. The government said "
            "187 people were killed.")
    assert when(on(run(text, published="2026-05-13"), "killed")) == ("2005-05-13", "2005-05-13")


def test_a_dateline_with_its_date_is_no_doer(run):
    text = "MONROVIA, April 14, 2026 (Opinion) — Forty-seven years ago today, thousands of people marched on the mansion."
    assert who(on(run(text, published="2026-04-14"), "marched")) == [("thousands of people", "CVL")]


def test_a_country_that_takes_to_the_streets_is_its_people(run):
    assert who(on(run("The weekend Vietnam took to the streets."), "took")) == [("Vietnam", "CVL")]
    assert who(on(run("Egypt protested the decision."), "protested")) == [("Egypt", "GOV")]


def test_a_law_on_demonstrations_is_about_none(run):
    assert on(run("The draft law on demonstrations would require a permit."), "demonstrations")["status"] == \
        "hypothetical"


def test_a_province_the_gazetteer_lacks_is_no_town_of_another_name(run):
    ev = on(run("In Binh Thuan province, crowds threw stones at the provincial government building."), "threw")
    assert (ev["location"] or {}).get("name") != "Hòa Cường"


def test_a_passive_with_a_subject_of_its_own_takes_no_recipient_from_before(run):
    text = "Thousands marched in the capital against the president's plans, and a Bitcoin machine was set on fire."
    assert who(on(run(text), "set"), "recipient") == []
    assert who(on(run("Students were arrested and beaten."), "beaten"), "recipient") == [("Students", "EDU")]


def test_a_weekday_after_the_day_its_sentence_tells_is_that_day(run):
    text = ("Fifteen years ago today, after Friday prayers, gunmen opened fire on protesters in Sanaa. The "
            "president declared a state of emergency that evening. He signed a deal to hand over power in November.")
    evs = run(text, published="2026-03-18")
    assert when(on(evs, "state")) == ("2011-03-18", "2011-03-18")
    assert when(on(evs, "deal")) == ("2011-11-01", "2011-11-30")


def test_a_participle_tagged_a_past_tense_names_the_one_it_was_done_to(run):
    ev = on(run("Among the dead was Salah Sanhouri, a young pharmacist shot outside his family's home."), "shot")
    assert who(ev, "recipient") == [("young pharmacist", "MED")] and who(ev) == []


def test_those_brought_into_the_streets_protest(run):
    ev = on(run("A proposed tax brought hundreds of thousands of Lebanese into the streets of Beirut."), "brought")
    assert who(ev) == [("hundreds of thousands", "CVL")]
    ev = on(run("A rise in the price of bread brought people back into the streets of Atbara."), "brought")
    assert ev["plover"]["event"] == "PROTEST"


def test_another_spelling_of_a_big_town_abroad_is_no_place(run):
    # (in a story that names two or more towns of its own country; alone, "in Birgunj" near
    # "the Indian town of Raxaul" is still Birganj, Nepal)
    text = ("KHARTOUM - Protests broke out in Atbara and spread to Omdurman. Police shot a pharmacist outside his "
            "home in Burri on Friday.")
    ev = on(run(text), "shot")
    assert (ev["location"] or {}).get("country") != "IND"


# --- session 33: from examples 117 to 124 -----------------------------------------------------


def test_a_charge_with_tear_gas_is_crowd_control_and_a_charge_with_a_crime_accuses(run):
    ev = on(run("The rally had been peaceful for hours when the gendarmerie charged the crowd with tear gas, "
                "water cannon and batons."), "charged")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "crowd-control")
    ev = on(run("For two days the police charged the marches with batons and tear gas."), "charged")
    assert ev["plover"]["mode"] == "crowd-control"
    ev = on(run("Prosecutors charged the gendarmerie's commanders with abuse of office in 2019."), "charged")
    assert ev["plover"]["event"] == "ACCUSE" and when(ev) == ("2019-01-01", "2019-12-31")


def test_a_markdown_dateline_in_emphasis_places_the_story_and_names_no_one(run):
    text = ("# Victoria Square, eight years on\n\n*Bucharest* — Eight years ago tonight, tens of thousands of "
            "Romanians who live abroad came home to protest against corruption in the government.")
    ev = on(run(text, published="2026-08-10"), "protest")
    assert ev["location"]["name"] == "Bucharest"
    assert ("Bucharest", "GOV") not in who(ev)


def test_one_protester_telling_a_court_is_a_witness_not_a_protest(run):
    events = run("\"We were there with our children,\" one protester from Turin told a court last year.")
    assert [e for e in events if e["plover"]["event"] == "PROTEST"] == []


def test_a_group_named_by_a_noun_before_it_is_a_kind_not_the_one_told_before(run):
    text = ("Last October a Bucharest court ordered the investigation to start again.\n\n"
            "The diaspora groups have called for a gathering in Victoria Square this evening.")
    assert who(on(run(text), "called")) == [("diaspora groups", "SOC")]


def test_a_named_day_is_no_weekday(run):
    text = ("Two years after Black Wednesday\n\nOn 10 January 2024, police walked off the job in Port Moresby. "
            "By the end of the week, 22 people had been killed.\n\nMost of the dead were looters shot by shop "
            "guards or killed in fires.")
    ev = on(run(text, published="2026-01-10"), "shot")
    assert when(ev) == ("2024-01-08", "2024-01-14")


def test_walking_off_the_job_is_a_strike(run):
    ev = on(run("Nurses walked off the job on Monday."), "walked")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "strike")
    assert who(ev) == [("Nurses", "MED")]


def test_a_purpose_in_a_circumstance_names_no_recipient(run):
    ev = on(run("With no one on the streets to stop them, crowds looted shops across the capital."), "looted")
    assert who(ev, "recipient") == []


def test_a_place_a_later_clause_spread_to_is_not_where_the_clause_before_was(run):
    text = ("On 10 January 2024, police walked off the job in Port Moresby. Crowds looted shops and set buildings "
            "alight across the capital; unrest spread to Lae the same day.")
    evs = run(text, published="2026-01-10")
    assert on(evs, "looted")["location"]["name"] == "Port Moresby"
    assert on(evs, "unrest")["location"]["name"] == "Lae"


def test_a_title_owned_by_a_pronoun_is_the_owners(run):
    text = ("This year the police union is again in talks over pay, and its president warned last week that "
            "officers \"will stop work\" if the back pay is not settled.")
    assert who(on(run(text), "warned")) == [("its president", "LAB")]


def test_an_event_that_will_set_off_is_still_to_come(run):
    ev = on(run("This evening the march will set off again from the Propylaia at six o'clock."), "march")
    assert ev["status"] == "future"


def test_a_strike_that_shut_a_country_is_a_strike_and_the_country_is_where(run):
    ev = on(run("On 10 December 2008 a general strike shut down much of Greece."), "shut")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "strike")
    assert who(ev, "recipient") == [] and ev["location"]["country"] == "GRC"


def test_schools_occupied_are_a_protest(run):
    ev = on(run("Schools were occupied across the country."), "occupied")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "obstruct")
    ev = on(run("The factory was occupied by soldiers."), "occupied")
    assert ev["plover"]["event"] == "ASSAULT"


def test_those_an_arrest_brought_back_to_the_streets_protest_and_did_not_arrest(run):
    text = ("On 29 October the former MP Musallam al-Barrak was arrested for a speech. His arrest brought "
            "thousands back to the streets within hours.")
    evs = run(text, published="2026-10-21")
    brought = on(evs, "brought")
    assert brought["plover"]["event"] == "PROTEST" and count(brought, "participants") == ("thousands", 2000)
    arrest = on(evs, "arrest")
    assert who(arrest) == [] and "arrested" not in (arrest.get("counts") or {})


def test_a_headline_deed_takes_the_day_the_body_tells(run):
    text = ("When Kuwaitis marched for their vote\n\nFourteen years ago this week, on 21 October 2012, tens of "
            "thousands of Kuwaitis marched towards the National Assembly.")
    evs = run(text, published="2026-10-21")
    assert [when(e) for e in evs if e["trigger"]["text"] == "marched"] == [("2012-10-21", "2012-10-21")] * 2


def test_smoke_bombs_and_stun_grenades_are_crowd_control(run):
    ev = on(run("Police met the marchers with tear gas, stun grenades and smoke bombs."), "met")
    assert ev["plover"]["mode"] == "crowd-control"


def test_officers_hurt_are_no_toll_of_their_own_forces(run):
    text = ("Police met the marchers with tear gas; the interior ministry said 11 officers were injured.")
    evs = run(text)
    assert count(on(evs, "met"), "injured") is None
    assert count(on(evs, "injured"), "injured") == ("11", 11)


def test_a_crowd_counted_in_the_streets_protests(run):
    ev = on(run("Within hours, thousands of young people were in the streets."), "were")
    assert ev["plover"]["event"] == "PROTEST" and count(ev, "participants") == ("thousands", 2000)
    assert [e for e in run("Police were in the streets.") if e["plover"]["event"] == "PROTEST"] == []


def test_a_square_is_no_town(run):
    ev = on(run("Police charged protesters in Piazza Alimonda in Genoa."), "charged")
    assert ev["location"]["name"] == "Genoa"


def test_those_taken_to_hospital_are_injured(run):
    ev = on(run("Officers stormed the school, and 61 people were taken to hospital."), "stormed")
    assert count(ev, "injured") == ("61", 61)


def test_a_law_against_an_act_tells_none(run):
    ev = on(run("Italy only made torture a crime two years later."), "torture")
    assert ev["status"] == "hypothetical"


def test_a_ruling_after_a_semicolon_does_not_date_the_deed_before_it(run):
    text = ("On 20 July 2001 a policeman shot dead Carlo Giuliani in Genoa. The officer who shot Giuliani was "
            "never tried; a judge ruled in 2003 that he had acted in self-defence.")
    evs = run(text, published="2026-07-20")
    assert when(on(evs, "shot", 1)) == ("2001-07-20", "2001-07-20")


def test_people_counted_expected_to_gather_will_protest(run):
    ev = on(run("This afternoon a few hundred people are expected to gather in Genoa."), "gather")
    assert ev["plover"]["event"] == "PROTEST" and ev["status"] == "future"
    assert who(ev) == [("a few hundred people", "CVL")]


def test_a_weekday_before_a_day_and_month_is_that_day(run):
    text = "Eight years ago this weekend, on Sunday 25 March 2018, activists tried to march in Niamey."
    ev = on(run(text, published="2026-03-25"), "march")
    assert when(ev) == ("2018-03-25", "2018-03-25")


def test_a_town_owning_a_protest_is_where_not_who(run):
    text = "Niamey's tax protests, eight years on\n\nOn 25 March 2018 activists marched in Niamey."
    ev = on(run(text, published="2026-03-25"), "protests")
    assert who(ev) == [] and ev["location"]["name"] == "Niamey"


def test_the_evening_before_and_nights_later_count_from_the_day_told(run):
    evs = run("On Sunday 25 March 2018 activists tried to march in Niamey. The government banned the march "
              "the evening before.", published="2026-03-25")
    assert when(on(evs, "banned")) == ("2018-03-24", "2018-03-24")
    evs = run("On 17 February 2013 some 100,000 people marched in Sofia. Two nights later, police beat "
              "protesters outside the Council of Ministers.", published="2026-02-20")
    assert when(on(evs, "beat")) == ("2013-02-19", "2013-02-19")


def test_that_winter_after_a_february_day_is_the_winter_it_ends(run):
    evs = run("On 20 February 2013 the prime minister resigned. In all, six people set themselves on fire "
              "that winter.", published="2026-02-20")
    assert when(on(evs, "set")) == ("2012-12-01", "2013-02-28")


def test_the_previous_weeks_end_the_day_before(run):
    evs = run("On 20 February 2013 Plamen Goranov set himself on fire in Varna. He had spent the previous "
              "weeks at the protests against the city's mayor.", published="2026-02-20")
    assert when(on(evs, "protests")) == ("2013-01-30", "2013-02-19")


def test_a_date_opening_a_later_clause_with_its_own_doer_is_not_the_first_clauses(run):
    text = ("The elections of 16 February 2020 had been suspended. Police detained a few dozen students in the "
            "first days, and on the night of 18 February officers fired tear gas at a group outside the board.")
    evs = run(text, published="2026-02-27")
    assert when(on(evs, "detained")) == ("2020-02-16", "2020-02-16")
    assert when(on(evs, "fired")) == ("2020-02-18", "2020-02-18")


def test_them_given_sentences_are_not_the_court(run):
    text = ("At least 23 people were arrested. In July 2018 a court convicted several of them and gave them "
            "suspended sentences.")
    assert who(on(run(text), "sentences"), "recipient") == [("them", "CVL")]


def test_a_gathering_held_or_called_is_a_protest_but_not_a_family_one(run):
    ev = on(run("This evening the organisers will hold a gathering in the square again."), "gathering")
    assert ev["plover"]["event"] == "PROTEST" and ev["status"] == "future"
    assert [e for e in run("The minister attended a family gathering.") if e["trigger"]["text"] == "gathering"] == []


def test_a_square_named_for_a_party_is_a_place(run):
    ev = on(run("Some 60,000 people filled SNP Square in Bratislava."), "filled")
    assert who(ev, "recipient") == []
    ev = on(run("Protesters marched on Downing Street."), "marched")
    assert who(ev, "recipient") == [("Downing Street", "GOV")]


def test_a_deed_weeks_before_the_clause_it_hangs_on_is_dated_back(run):
    text = ("On 9 March 2018, tens of thousands marched in Bratislava, two weeks after the journalist Ján Kuciak "
            "was shot dead in his home.")
    evs = run(text, published="2026-03-09")
    shot = on(evs, "shot")
    assert when(shot) == ("2018-02-20", "2018-02-26") and shot["date"]["text"] == "two weeks after"
    # (and the crowd is the march's, not the shooting's: it came after)
    assert count(shot, "participants") is None
    evs = run("Police fired on the crowd on 5 May, three days after the arrest of the opposition leader.",
              published="2026-06-01")
    assert when(on(evs, "arrest")) == ("2026-05-02", "2026-05-02")


def test_job_seekers_are_civilians(run):
    ev = on(run("Job seekers staged a small protest outside the labour ministry in Muscat last month."), "protest")
    assert who(ev) == [("Job seekers", "CVL")]


def test_the_one_before_a_colon_is_who_a_pronoun_after_it_is(run):
    text = ("At least one protester, Abdullah al-Ghamlasi, was killed.\n\nThe sultan answered with money rather "
            "than force: within weeks he promised 50,000 public-sector jobs, and he dismissed a dozen ministers.")
    evs = run(text)
    assert who(on(evs, "promised")) == [("he", "GOV")] and who(on(evs, "promised"), "recipient") == []
    assert who(on(evs, "dismissed")) == [("he", "GOV")]


def test_who_names_a_deed_is_not_where_it_was(run):
    text = ("Soviet tanks moved on the television tower in Vilnius. Lithuania had declared its independence in "
            "March 1990; the Kremlin called the assault an attempt to restore order.")
    assert on(run(text), "assault")["location"]["name"] == "Vilnius"


def test_a_town_and_date_alone_on_a_line_are_the_pages(run):
    text = ("VILNIUS, 13 January 2026\n\nThirty-five years ago tonight, thousands of Lithuanians gathered at the "
            "television tower.\n\nThe crowd stayed. Troops attacked the tower.")
    ev = on(run(text, published="2026-01-13"), "attacked")
    assert when(ev)[0] != "2026-01-13"


def test_a_time_clause_taken_for_a_complement_names_no_one(run):
    text = ("On 26 April 2015, the day after the ruling CNDD-FDD named Pierre Nkurunziza as its candidate, "
            "hundreds of young people took to the streets of Bujumbura.")
    assert who(on(run(text), "took"), "recipient") == []


def test_those_who_marched_marched_in_the_protest_told_before(run):
    text = ("On 26 April 2015 hundreds of young people took to the streets of Bujumbura.\n\nMost of those who "
            "marched are still in exile. A group of them plans a vigil on Sunday.")
    ev = on(run(text, published="2026-04-26"), "marched")
    assert when(ev) == ("2015-04-26", "2015-04-26") and ev["location"]["name"] == "Bujumbura"


def test_a_meeting_abroad_and_a_clause_before_a_semicolon_do_not_place_what_follows(run):
    text = ("In April 2015 thousands marched in Bujumbura against a third term. On 13 May, while the president "
            "was at a summit in Tanzania, a general announced that he had been deposed; loyal troops put the coup "
            "down within two days, and the last independent radio stations were burned.")
    evs = run(text, published="2026-04-26")
    assert on(evs, "summit")["location"]["country"] == "TZA"
    assert on(evs, "burned")["location"]["country"] == "BDI"


def test_an_italic_photo_line_is_a_caption(run):
    text = ("On 7 April 2009 crowds set the parliament on fire in Chisinau.\n\n*Photo: The parliament building on "
            "the morning of 8 April 2009.*\n\nThat night police began mass arrests.")
    assert when(on(run(text, published="2026-04-07"), "arrests")) == ("2009-04-07", "2009-04-07")


def test_a_town_and_a_date_on_a_line_below_the_title_are_the_dateline(run):
    text = ("Tivoli Gardens, sixteen years later\nKINGSTON, May 24, 2026\nSixteen years ago today, soldiers "
            "entered Tivoli Gardens in West Kingston to arrest Christopher Coke. He was later extradited to New "
            "York, where the United States had charged him.")
    ev = on(run(text, published="2026-05-24"), "arrest")
    assert ev["location"]["country"] == "JAM"


def test_a_country_blamed_is_not_where(run):
    text = "In Chisinau, President Vladimir Voronin called the riot an attempted coup and blamed Romania."
    assert on(run(text), "blamed")["location"]["country"] == "MDA"


def test_where_unrest_spread_in_a_time_clause_does_not_place_the_deed(run):
    text = ("On 14 March 2008 the unrest in Lhasa turned violent. More than 200 Tibetans were killed in the crackdown "
            "that followed, as protests spread to Tibetan areas of Gansu, Sichuan and Qinghai.")
    assert on(run(text), "killed")["location"]["name"] == "Lhasa"


def test_a_deed_found_in_the_past_perfect_is_older_than_the_finding(run):
    text = ("On 24 May 2010 soldiers entered Tivoli Gardens in Kingston. A commission of enquiry found in 2016 that "
            "some of the dead had been executed.")
    assert when(on(run(text, published="2026-05-24"), "executed"))[0] == "2010-05-24"


def test_a_year_naming_a_thing_sets_no_story_year(run):
    text = ("The protests had begun on 10 March 2008, the anniversary of the 1959 uprising. On 14 March the "
            "unrest turned violent.")
    assert when(on(run(text, published="2026-03-14"), "unrest")) == ("2008-03-14", "2008-03-14")


def test_a_deed_days_before_a_plan_is_that_long_before(run):
    text = ("More than 50 people were injured on Monday as students clashed with police two days before "
            "planned protests against the reforms.")
    ev = on(run(text, published="2007-11-06"), "protests")
    assert when(ev) == ("2007-11-07", "2007-11-07")


def test_a_counted_crowd_shutting_a_highway_protests(run):
    text = ("On 22 July 2019 several hundred thousand Puerto Ricans shut down the Expreso Las Américas to demand "
            "the governor's resignation.")
    ev = on(run(text), "shut")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "obstruct")
    assert count(ev, "participants") == ("several hundred thousand", 300000)


def test_a_name_told_as_a_building_is_no_town(run):
    text = ("Night after night, crowds gathered outside La Fortaleza, the governor's mansion in Old San Juan. "
            "Police fired tear gas outside La Fortaleza.")
    evs = run(text, published="2019-07-25")
    assert all((e["location"] or {}).get("country") != "BRA" for e in evs)


def test_announcing_a_resignation_is_resigning(run):
    ev = on(run("The governor announced his resignation on 24 July.", published="2019-07-30"), "resignation")
    assert ev["status"] == "asserted" and when(ev) == ("2019-07-24", "2019-07-24")
    ev = on(run("The union announced a strike for Monday."), "strike")
    assert ev["status"] == "future"


def test_a_year_of_a_step_back_sets_no_story_year(run):
    text = ("The protests began on 15 February 2011, when relatives of the prisoners killed at Abu Salim in 1996 "
            "gathered in Benghazi. On 17 February, thousands marched in Benghazi.")
    ev = on(run(text, published="2026-02-17"), "marched")
    assert when(ev) == ("2011-02-17", "2011-02-17")


def test_where_an_embassy_moved_in_a_time_clause_is_not_where_people_died(run):
    text = ("The deadliest day came on 14 May 2018 in Gaza, when the United States moved its embassy to Jerusalem: "
            "about 60 Palestinians were killed that day.")
    assert (on(run(text), "killed")["location"] or {}).get("name") != "Jerusalem"


def test_breaking_into_a_parliament_is_a_riot_and_into_a_school_by_police_an_attack(run):
    ev = on(run("About 200 supporters of the party broke into the parliament after the vote."), "broke")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "riot")
    ev = on(run("Police broke into the school and beat pupils."), "broke")
    assert ev["plover"]["event"] == "ASSAULT"


def test_the_day_after_a_deed_told_again_is_the_day_before_the_clause(run):
    text = ("On 7 February 2012 the president resigned. The day after his resignation, on 8 February, thousands "
            "of his supporters marched in the capital.")
    assert when(on(run(text, published="2026-02-07"), "resignation")) == ("2012-02-07", "2012-02-07")


def test_those_who_were_beaten_were_beaten_in_the_deed_told_before(run):
    text = ("On 27 April 2017 supporters of the party beat members of parliament in Skopje.\n\nIn March 2019 a "
            "court convicted 16 people. Those who were beaten in the chamber will mark the anniversary today.")
    assert when(on(run(text, published="2026-04-27"), "beaten")) == ("2017-04-27", "2017-04-27")


def test_by_late_may_is_a_month_in_edited_text(run):
    text = "On 28 April 2006 soldiers fired on the crowd in Dili. By late May, fighting had spread across the capital."
    assert when(on(run(text, published="2026-04-28"), "fighting")) == ("2006-05-21", "2006-05-31")


def test_a_yearless_month_of_the_headline_dates_no_paragraph(run):
    text = ("Opinion › Balkans\nSARAJEVO, 7 February 2026\n\nThe February the plenums spoke\n\nTwelve years ago "
            "today, government buildings burned in Tuzla.\n\nWhat followed was stranger: citizens' plenums met "
            "every evening in a dozen towns.")
    assert when(on(run(text, published="2026-02-07"), "met"))[0].startswith("2014")


def test_a_month_of_that_year_is_of_the_year_told_before(run):
    text = ("On 21 November 2011 police shot a man in Qatif. The protests had begun in February that year, when "
            "several hundred people marched in Qatif.")
    assert when(on(run(text, published="2026-11-24"), "marched")) == ("2011-02-01", "2011-02-28")


def test_about_to_be_done_is_not_done(run):
    ev = on(run("Protesters gathered, fearing he was about to be arrested."), "arrested")
    assert ev["status"] == "hypothetical"
    assert on(run("Workers are about to strike."), "strike")["status"] == "future"


def test_a_headline_is_past_the_section_label(run):
    text = ("Opinion | Gulf\n\nQatif, November 2011: the protests the kingdom erased\n\nOn 21 November 2011 police "
            "shot a man at a checkpoint. The next day mourners marched through Qatif.")
    evs = run(text, published="2026-11-24")
    assert when(on(evs, "protests")) == ("2011-11-22", "2011-11-22")


def test_one_shot_who_died_of_it_is_killed(run):
    text = ("A young woman was shot in the chest on a side street near Kargar Avenue in Tehran and died within "
            "minutes.")
    assert count(on(run(text), "shot"), "killed") == ("A young woman", 1)
    assert count(on(run("A man was shot in the leg and taken to hospital."), "shot"), "injured") == ("A man", 1)


def test_an_active_conjunct_with_its_own_object_counts_its_object(run):
    text = ("Police cleared the camp on 22 July, a day after Wickremesinghe was sworn in as president, and "
            "arrested at least nine people.")
    evs = run(text, published="2022-07-30")
    assert count(on(evs, "arrested"), "arrested") == ("at least nine", 9)
    assert [e for e in evs if e["trigger"]["text"] == "sworn"] == []


# --- session 34: from examples 147 to 164 -----------------------------------------------------


def loc(ev: Event) -> tuple[str | None, str | None]:
    place = ev.get("location") or {}
    return place.get("name"), place.get("country")


def test_a_capital_standing_for_its_government_is_not_where_the_deed_was(run):
    text = ("Two years ago, Nouméa burned. Paris declared a state of emergency on 15 May 2024 and flew in "
            "more than 3,000 police. A curfew was imposed across Greater Nouméa.")
    evs = run(text, published="2026-05-12")
    assert loc(on(evs, "state"))[1] == "NCL"
    assert loc(on(evs, "curfew")) == ("Nouméa", "NCL")
    # (what the government itself does is done at its seat)
    ev = on(run("Beirut again rejected Thursday a United Nations appeal for deploying army troops along its "
                "borders with Israel."), "rejected")
    assert loc(ev) == ("Beirut", "LBN")


def test_a_territory_told_with_its_sovereigns_capital_is_the_story(run):
    text = ("On the night of 13 May 2024, as the National Assembly in Paris debated a change to New Caledonia's "
            "rolls, young men put up roadblocks across the suburbs of the capital. President Emmanuel Macron "
            "flew to Nouméa on 23 May. Police in Dumbéa shot a young man.")
    evs = run(text, published="2026-05-12")
    assert loc(on(evs, "roadblocks")) == ("Nouméa", "NCL")
    assert when(on(evs, "roadblocks")) == ("2024-05-13", "2024-05-13")


def test_a_country_that_sends_troops_is_not_where_they_go(run):
    text = ("HONIARA - Rioters burned much of Chinatown in Honiara on 25 November 2021. Australia sent police and "
            "soldiers within a day, followed by Papua New Guinea and Fiji. By early December more than a "
            "hundred people had been arrested.")
    evs = run(text, published="2026-11-24")
    assert loc(on(evs, "sent"))[1] == "SLB"
    assert loc(on(evs, "arrested"))[1] == "SLB"


def test_a_dateline_in_bold_may_hold_its_date(run):
    text = ("# A title\n\n**HONIARA, November 24 (Opinion)** — Five years ago today, about a thousand people "
            "marched on the national parliament to demand the resignation of the prime minister.")
    assert loc(on(run(text, published="2026-11-24"), "marched")) == ("Honiara", "SLB")


def test_a_town_named_with_port_of_and_a_romance_name_that_holds_a_town(run):
    text = "On 26 February 1970 a few hundred students marched through Port of Spain."
    assert loc(on(run(text, published="2026-02-26"), "marched")) == ("Port of Spain", "TTO")
    text = ("*Lisbon* — On 25 April 1974 an armoured column rolled into the Terreiro do Paço at dawn. As a crowd "
            "gathered outside the headquarters of the secret police, agents inside opened fire.")
    assert loc(on(run(text, published="2026-04-25"), "opened"))[1] == "PRT"
    text = ("In September two more students, Hugo de los Santos and Susana Pintos, were killed by police "
            "gunfire during protests in Montevideo.")
    ev = on(run(text, published="2026-08-14"), "killed")
    assert loc(ev) == ("Montevideo", "URY")
    assert count(ev, "killed") == ("two more students, Hugo de los Santos and Susana Pintos", 2) or \
        count(ev, "killed")[1] == 2


def test_the_subject_of_a_clause_without_one_is_not_where(run):
    text = ("Seventeen years ago tonight, a peaceful rally in Riga's Dome Square ended in the worst rioting "
            "Latvia had seen since independence.")
    assert loc(on(run(text, published="2026-01-13"), "rally")) == ("Riga", "LVA")


def test_news_after_an_old_episode_abroad_is_the_storys_town(run):
    text = ("About 10,000 people gathered in Riga on 13 January 2009.\n\nThree days later, on 16 January, a "
            "crowd rioted in Vilnius.\n\nThe anger has not gone: pensioners still picket outside the Saeima on "
            "the first Monday of every month.")
    assert loc(on(run(text, published="2026-01-13"), "picket"))[1] == "LVA"


def test_a_people_named_in_two_words_is_one_nationality(run):
    text = "Hundreds of Greek Cypriot motorcyclists rode to the ceasefire line in protest."
    assert loc(on(run(text, published="2026-08-11"), "protest"))[1] == "CYP"
    ev = on(run("Greek Cypriot motorcyclists rode to the buffer zone to protest.", published="2026-08-11"), "rode")
    assert [a["country"] for a in ev["actors"]] == ["CYP"]


def test_where_people_were_removed_to_is_not_where_they_protested(run):
    text = ("WINDHOEK - On 10 December 1959, police opened fire on residents of the Old Location who were "
            "protesting against their forced removal to the new township of Katutura.")
    evs = run(text, published="2026-12-10")
    assert loc(on(evs, "protesting"))[0] != "Katutura"
    assert loc(on(evs, "opened"))[0] != "Katutura"


def test_blame_for_riots_told_long_before_is_of_their_time(run):
    text = ("On 24 November 2021 rioters burned much of Chinatown in Honiara. Police fired tear gas. A curfew "
            "was imposed. Australia sent police. Troops arrived. Shops were looted. Sogavare survived a vote.\n\n"
            "The anger had many sources: leaders resented the switch of recognition to China in 2019. Sogavare "
            "blamed foreign powers for the riots.")
    evs = run(text, published="2026-11-24")
    assert when(on(evs, "blamed"))[0].startswith("2021-11")
    assert when(on(evs, "riots"))[0].startswith("2021-11")


def test_a_range_of_years_after_of(run):
    text = ("Memories of the tensions of 1998 to 2003, when militias from Guadalcanal and Malaita fought, are "
            "never far away.")
    assert when(on(run(text, published="2026-11-24"), "fought")) == ("1998-01-01", "2003-12-31")


def test_a_date_opening_the_sentence_stops_at_a_when_clause_of_its_own(run):
    text = ("In the early hours of 22 January 2009 police fired tear gas in central Reykjavik, the first time "
            "they had done so since 1949, when a crowd had stormed the Althing.")
    assert when(on(run(text, published="2026-01-21"), "stormed")) == ("1949-01-01", "1949-12-31")


def test_that_winter_after_an_autumn_is_the_coming_winter(run):
    text = ("The banks had collapsed in October 2008. Every Saturday that winter a few thousand people "
            "gathered in front of the parliament.")
    assert when(on(run(text, published="2026-01-21"), "gathered")) == ("2008-12-01", "2009-02-28")


def test_a_conjunct_without_its_auxiliary_shares_the_tense(run):
    text = ("On the evening of 26 April 2007 a crowd gathered in the centre of Tallinn. The government had "
            "decided to move the memorial.\n\nBy nightfall the protest had turned into a riot. Shop windows "
            "were smashed and kiosks looted.")
    assert when(on(run(text, published="2026-04-26"), "looted"))[0] == "2007-04-26"


def test_the_end_of_the_year_across_a_blank_line_goes_on_with_the_story(run):
    text = ("Ten years ago today, soldiers killed Burhan Wani in a gunfight.\n\nWhat followed was the longest "
            "curfew in the valley's history. By the end of the year, more than 90 civilians had been killed.")
    evs = run(text, published="2026-07-08")
    assert when(on(evs, "killed", 1))[0].startswith("2016")
    assert when(on(evs, "curfew"))[0].startswith("2016")


def test_a_yearless_month_after_a_story_of_that_year_is_of_it(run):
    text = ("Eight years ago this week, protesters set fire to the consulate on 7 September 2018.\n\nThe "
            "protests had begun in July, when security forces shot dead a young man. In the first week of "
            "September at least 12 protesters were killed.")
    evs = run(text, published="2026-09-06")
    assert when(on(evs, "shot")) == ("2018-07-01", "2018-07-31")
    assert when(on(evs, "killed"))[0] == "2018-09-01"


def test_a_headline_takes_the_date_its_body_gives_by_context(run):
    text = ("# The Maria Hertogh riots\n\n**SINGAPORE** — On 11 December 1950 a court hearing was adjourned. "
            "A crowd had gathered outside. When the decision was announced, rioters attacked Europeans in the "
            "streets and set cars on fire.")
    assert when(on(run(text, published="2026-12-11"), "riots"))[0] == "1950-12-11"


def test_a_records_yardstick_sets_no_time_for_what_follows(run):
    text = ("Twenty-seven years ago today, students gathered near the palace in Vientiane.\n\nIt was the first "
            "public protest against the government since it took power in 1975. Within minutes security "
            "officers broke up the gathering.")
    assert when(on(run(text, published="2026-10-26"), "broke"))[0] == "1999-10-26"


def test_a_protest_named_as_where_a_future_deed_will_be_is_to_come(run):
    ev = on(run("The Kanak flag will fly at a march through the city centre on Saturday.",
                published="2026-05-12"), "march")
    assert ev["status"] == "future"
    assert when(ev) == ("2026-05-16", "2026-05-16")


def test_a_claim_in_apposition_is_told_by_the_one_above(run):
    text = ("Loyalist politicians say the rioters were criminals and that the CCAT planned the violence, a "
            "charge its lawyers deny.")
    ev = on(run(text), "violence")
    assert ev["attribution"]["text"] == "Loyalist politicians"


def test_riots_told_as_a_warning_make_no_threat(run):
    evs = run("The May riots were a warning Paris chose not to hear.")
    assert [e for e in evs if e["plover"]["event"] == "THREATEN"] == []
    assert on(run("The statement was a warning to the opposition."), "warning")["plover"]["event"] == "THREATEN"


def test_guns_described_as_loaded_are_still_used(run):
    ev = on(run("Security forces used shotguns loaded with metal pellets against stone-throwing crowds."), "used")
    assert ev["plover"]["event"] == "ASSAULT"


def test_walking_with_placards_and_leading_supporters_out_are_protests(run):
    text = ("Solo Sandeng and a few dozen members of the party walked down the junction with placards calling "
            "for electoral reform.")
    assert on(run(text), "walked")["plover"]["event"] == "PROTEST"
    text = "On 16 April 2016 the party's leader, Ousainou Darboe, led supporters into the streets of Banjul."
    assert on(run(text), "led")["plover"]["event"] == "PROTEST"


def test_being_met_by_a_crowd_or_with_stones_is_no_meeting(run):
    evs = run("When they crossed into the buffer zone, they were met by Turkish Cypriot counter-demonstrators. "
              "Police were met with a hail of paving stones.")
    assert [e for e in evs if e["plover"]["event"] == "CONSULT"] == []


def test_closing_newspapers_is_censorship(run):
    ev = on(run("The government closed newspapers and banned left-wing parties."), "closed")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("COERCE", "censor")
    assert run("The shop closed at noon.") == []


def test_a_deed_before_which_someone_was_shot_is_its_own(run):
    evs = run("Anna Mungunda set fire to the administrator's car before she was shot.")
    assert on(evs, "set")["plover"]["mode"] == "destroy"
    assert on(evs, "shot")["plover"]["mode"] == "firearms"


def test_stones_of_a_when_clause_are_not_the_polices_weapon(run):
    ev = on(run("When some of them threw stones, police and soldiers fired into the crowd."), "fired")
    assert ev["plover"]["mode"] == "firearms"


def test_a_crowd_in_a_clause_of_the_time_is_no_protests_size(run):
    text = ("On the night of 13 May 2024, as the assembly debated a change that would have opened the rolls to "
            "thousands of recent arrivals, young men put up roadblocks.")
    assert count(on(run(text, published="2026-05-12"), "roadblocks"), "participants") is None
    text = "Zuma had an uncomfortable birthday as up to 100,000 South Africans marched to demand that he step down."
    assert count(on(run(text), "marched"), "participants")[1] == 100_000


def test_the_dead_listed_are_killed(run):
    text = ("The dead included a young man shot by a gendarme at a roadblock in Dumbéa, and a father of two shot "
            "by a resident.")
    ev = on(run(text), "shot")
    assert count(ev, "killed") == ("a young man", 1)
    assert count(ev, "injured") is None


def test_poisoning_is_no_toll_of_a_shooting(run):
    text = ("The protests began in July, when security forces shot dead a young man. By September more than "
            "100,000 people had been taken to hospital with symptoms of poisoning.")
    assert count(on(run(text), "shot"), "injured") is None


def test_a_list_after_of_them_is_part_of_the_toll(run):
    text = ("Over the two days 19 people were killed, eight of them Serbs and eleven Albanians, and about 900 "
            "were injured. Crowds set fire to some 800 Serbian homes.")
    assert count(on(run(text), "set"), "participants") is None


def test_a_number_before_had_been_hurt_counts_the_hurt(run):
    text = ("By the morning 106 people had been detained and about 40 had been hurt, among them 14 police "
            "officers, the interior ministry said.")
    evs = run(text)
    assert count(on(evs, "detained"), "arrested") == ("106", 106)
    assert count(on(evs, "hurt"), "injured") == ("about 40", 40)


def test_it_is_not_the_town_someone_flew_to(run):
    text = ("President Emmanuel Macron flew to Nouméa on 23 May and promised that the reform would not be forced "
            "through. It was suspended on 12 June.")
    assert who(on(run(text, published="2026-05-12"), "suspended"), "recipient") == []


def test_titles_of_bodies_the_dictionary_knows_or_not(run):
    ev = on(run("Police arrested Christian Tein, the leader of the Field Action Coordination Cell, and ten other "
                "activists."), "arrested")
    assert ("Christian Tein", "GOV") not in who(ev, "recipient")
    ev = on(run("Soldiers killed Burhan Wani, a 22-year-old commander of Hizbul Mujahideen."), "killed")
    assert who(ev, "recipient") == [("Burhan Wani", "REB")]
    text = "Protesters demanded the resignation of the prime minister, Manasseh Sogavare. He refused to resign."
    assert who(on(run(text), "refused")) == [("He", "GOV")]
    text = "On 16 April 2016 police arrested the party's leader, Ousainou Darboe."
    assert who(on(run(text), "arrested"), "recipient") == [("the party's leader, Ousainou Darboe", "PTY")] or \
        [s for _t, s in who(on(run(text), "arrested"), "recipient")] == ["PTY"]


def test_a_party_inside_a_longer_name_is_not_that_party(run):
    ev = on(run("Police arrested members of the United Democratic Party."), "arrested")
    assert all(a["name"] != "Democratic Party" for a in ev["actors"])


def test_a_zone_named_for_a_body_is_where_not_who(run):
    ev = on(run("Tassos Isaac was beaten to death in the United Nations buffer zone."), "beaten")
    assert who(ev) == []


def test_bodyguards_are_security(run):
    ev = on(run("The ambassador's bodyguards had to use pepper spray on the crowd."), "use")
    assert who(ev) == [("The ambassador's bodyguards", "COP")] or [s for _t, s in who(ev)] == ["COP"]


def test_a_dateline_with_its_date_names_no_one(run):
    text = ("COPENHAGEN, 18 May 2026 (Opinion) — Thirty-three years ago tonight, Danish police fired live "
            "rounds at rioters in Copenhagen.")
    ev = on(run(text, published="2026-05-18"), "fired")
    assert all(a["text"] != "COPENHAGEN" for a in ev["actors"])


def test_stones_thrown_at_police_are_a_riot(run):
    ev = on(run("About twenty people were arrested, and several police officers were hurt by paving stones."),
            "hurt")
    assert ev["acled"] == {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
    ev = on(run("A man stabbed a police officer."), "stabbed")
    assert ev["acled"]["event_type"] != "Riots"


def test_a_ground_named_by_a_town_and_a_town_of_two_countries(run):
    text = ("About 350 protesters tore down a fence at Rugby Park in Hamilton and occupied the pitch. Tens of "
            "thousands of New Zealanders marched against the tour in Wellington and Auckland.")
    assert loc(on(run(text, published="2026-07-25"), "occupied")) == ("Hamilton", "NZL")


def test_flour_bombs_are_no_explosives(run):
    assert run("The last test was played under a hail of flour bombs dropped from a light aircraft.") == []
    assert on(run("A bomb exploded in the market."), "exploded")["plover"]["mode"] == "explosives"


def test_an_age_in_a_relative_clause_is_no_count(run):
    ev = on(run("Hannes Westberg, who was 19, was hit in the stomach and seriously wounded."), "wounded")
    assert count(ev, "injured") in (None, ("Hannes Westberg", 1))


def test_what_is_called_to_be_done_is_not_done(run):
    text = ("They wrote an open letter calling for the constitution to be implemented and elections to be "
            "held. Police arrested them.")
    assert all(e["status"] != "asserted" for e in run(text) if e["trigger"]["text"] == "held")
    assert on(run("He was the first to be arrested."), "arrested")["status"] == "asserted"


def test_an_acronym_the_story_spells_otherwise_is_not_the_dictionarys(run):
    text = ("Sandeng died in the custody of the National Intelligence Agency. In 2023 nine former agents of "
            "the NIA were convicted.")
    ev = on(run(text), "convicted")
    assert all("Investigation" not in (a["name"] or "") for a in ev["actors"])
    ev = on(run("Police in Washington said the FBI arrested two men."), "arrested")
    assert ("the FBI", "COP") in who(ev) or [s for _t, s in who(ev)] == ["COP"]


def test_a_vague_second_group_joins_the_toll(run):
    text = "The government has said about 200 civilians and several dozen soldiers were killed."
    assert count(on(run(text), "killed"), "killed") == ("about 200 civilians and several dozen", 236)


def test_a_step_back_in_a_relative_clause_sets_no_story_time(run):
    text = ("Forty-six years ago today, squatters fought the police in Amsterdam. The riots began near the "
            "Vondelstraat, where squatters had built barricades a month earlier. Riot police used tear gas.")
    assert when(on(run(text, published="2026-04-30"), "used")) == ("1980-04-30", "1980-04-30")


def test_a_party_of_a_country_the_story_never_names_is_no_party(run):
    text = ("In Bhutan tens of thousands of Lhotshampa marched against the \"One Nation, One People\" policy in "
            "September 1990.")
    ev = on(run(text, published="2026-09-22"), "marched")
    assert all(a["name"] != "One Nation" for a in ev["actors"])


def test_where_people_were_expelled_to_is_not_where(run):
    text = ("In Bhutan, security forces arrested hundreds. By the end of 1992 more than 80,000 people had been "
            "expelled to camps in eastern Nepal.")
    assert loc(on(run(text, published="2026-09-22"), "expelled"))[1] == "BTN"


def test_a_deed_remembered_is_not_of_the_day_it_is_remembered(run):
    text = ("By February 2013 the uprisings had brought down the government. The square will host a concert on "
            "Saturday in memory of the uprisings.")
    assert not when(on(run(text, published="2026-11-26"), "uprisings", 1))[0].startswith("2026")


def test_a_town_marched_through_is_where(run):
    text = "In November 2019 thousands of people marched through Valletta night after night."
    assert loc(on(run(text, published="2026-10-16"), "marched")) == ("Valletta", "MLT")



# --- session 35: from examples 179 to 186 -----------------------------------------------------


def test_seasons_are_southern_in_a_southern_story(run):
    text = ("WELLINGTON - For eight weeks in the winter of 1981, tens of thousands of New Zealanders marched "
            "against the tour.")
    assert when(on(run(text, published="2026-07-25"), "marched")) == ("1981-06-01", "1981-08-31")
    text = "LONDON - For eight weeks in the winter of 1981, tens of thousands of Britons marched against the tour."
    assert when(on(run(text, published="2026-07-25"), "marched")) == ("1981-12-01", "1982-02-28")


def test_a_month_in_a_past_perfect_clause_is_before_the_story(run):
    text = ("On 15 July 1927 a crowd set fire to the Palace of Justice in Vienna. The day before, a jury had "
            "acquitted three men who had shot dead a man at Schattendorf in January. Electricity workers cut "
            "the power.\n\nThe Social Democrats called a general strike, which the government broke within days.")
    events = run(text, published="2026-07-15")
    assert when(on(events, "cut")) == ("1927-07-15", "1927-07-15")  # (not the January of the flashback)
    assert when(on(events, "strike"))[0] == "1927-07-15"  # "within days" of the story's day


def test_the_day_a_toll_was_counted_by_anchors_nothing(run):
    text = ("On 15 July 1927 police fired into the crowd in Vienna, and by the next day 89 people were dead.\n\n"
            "The protest began that morning as a strike.")
    assert when(on(run(text, published="2026-07-15"), "protest")) == ("1927-07-15", "1927-07-15")


def test_a_fronted_date_of_a_past_perfect_clause_is_a_step_back(run):
    text = ("PALM ISLAND - Twenty-two years ago today, a crowd burned down the police station on Palm Island.\n\n"
            "A week earlier, on 19 November 2004, a man had died in a cell at the station. When the coroner's "
            "finding was read out at a meeting that morning, about 300 people marched on the station.")
    assert when(on(run(text, published="2026-11-26"), "marched")) == ("2004-11-26", "2004-11-26")


def test_the_people_charged_are_not_a_deed_told_before(run):
    text = ("On 15 July 1927 a crowd set fire to the courts in Vienna. The day before, a jury had acquitted "
            "three men.\n\nWhen mounted police charged the marchers, the crowd stormed the building.")
    assert when(on(run(text, published="2026-07-15"), "charged")) == ("1927-07-15", "1927-07-15")


def test_where_a_deed_a_relative_clause_steps_back_to_happened_is_no_scene(run):
    text = ("On 15 July 1927 workers set fire to the Palace of Justice in Vienna. The day before, a jury had "
            "acquitted three men who had shot dead a man and a boy at Schattendorf. Electricity workers cut "
            "the power.")
    events = run(text, published="2026-07-15")
    assert loc(on(events, "acquitted"))[0] != "Schattendorf" and loc(on(events, "cut"))[0] == "Vienna"
    assert count(on(events, "shot"), "killed")[1] == 2


def test_people_listed_one_by_one_are_counted(run):
    assert count(on(run("Police killed a student, a teacher and a farmer."), "killed"), "killed")[1] == 3
    assert count(on(run("Soldiers shot dead a man, a friend said."), "shot"), "killed")[1] == 1


def test_a_named_site_marched_to_is_no_one(run):
    assert who(on(run("Tens of thousands of workers marched to the Ring."), "marched"), "recipient") == []
    assert who(on(run("Crowds looted shops on Water Street."), "looted"), "recipient") == []


def test_a_union_of_a_country_the_story_never_names_is_the_story_s(run):
    text = "In Santiago, Chile, the CUT labour federation called a two-day national strike on 24 August 2011."
    ev = on(run(text, published="2026-08-04"), "strike")
    assert [(a["sector"], a["country"]) for a in ev["actors"] if a["role"] == "actor"] == [("LAB", "CHL")]


def test_a_police_rank_is_police(run):
    assert [s for _t, s in who(on(run("A police sergeant later admitted firing his weapon."), "firing"))] == ["COP"]


def test_a_town_a_district_is_of_is_no_victim(run):
    text = "In the Macul district of Santiago, Manuel Gutiérrez, a 16-year-old student, was shot dead."
    assert [t for t, _s in who(on(run(text), "shot"), "recipient")] == ["Manuel Gutiérrez"]


def test_a_plan_of_a_story_of_years_ago_keeps_its_year(run):
    text = ("A referendum in March 1950 had given the king a majority, and when he came back to Brussels on "
            "22 July, the Socialist unions called a general strike.")
    assert when(on(run(text, published="2026-07-30"), "strike")) == ("1950-07-22", "1950-07-22")


def test_a_definite_deed_takes_up_no_hypothetical(run):
    text = ("On 30 July 1950 gendarmes fired on striking workers at Grâce-Berleur. An inquiry found that no order "
            "to shoot had been given.\n\nThe shooting ended the crisis.")
    assert when(on(run(text, published="2026-07-30"), "shooting"))[0].startswith("1950")


def test_where_reinforcements_flew_in_from_is_not_where(run):
    text = ("PALM ISLAND - On 26 November 2004 a crowd burned down the police station on Palm Island.\n\n"
            "Police flew in riot squads from Townsville and Brisbane that afternoon. Over the following days "
            "officers raided homes at dawn.")
    assert loc(on(run(text, published="2026-11-26"), "raided"))[0] != "Brisbane"


def test_the_officer_who_did_it_did_it_when_the_story_said(run):
    text = ("On 19 November 2004 Cameron Doomadgee died in a cell after being arrested on Palm Island. Police "
            "arrested 20 people on 30 November.\n\nThe officer who arrested him was charged with manslaughter in "
            "2007.")
    assert when(on(run(text, published="2026-11-26"), "arrested", 2)) == ("2004-11-19", "2004-11-19")


def test_an_update_stamp_dates_the_page(run):
    from eventscribe.ingest import date_from_stamp
    assert str(date_from_stamp("ZURICH (Opinion) - A riot at 46\n\nText.\n\nLast updated: 30.05.2026")) == "2026-05-30"


def test_the_island_of_trinidad_and_where_someone_was_born(run):
    text = ("BRIDGETOWN - Clement Payne, a Trinidad-born organiser, was deported on 26 July 1937. That evening, "
            "crowds gathered in Lower Green and marched through the city.")
    events = run(text, published="2026-07-27")
    assert loc(on(events, "gathered"))[1] != "TTO"
    assert [a["country"] for a in on(events, "deported")["actors"]] == ["BRB"]


def test_a_toll_by_a_day_of_an_old_story_is_of_that_story(run):
    text = "On 26 July 1937 crowds rioted in Bridgetown. By 28 July, fourteen people were dead and 47 injured."
    assert when(on(run(text, published="2026-07-27"), "injured")) == ("1937-07-28", "1937-07-28")


def test_counted_from_a_place_named_for_what_happened_there(run):
    text = ("Eleven years ago today, in the Dublin suburb of Jobstown, protesters surrounded the car of the "
            "Tánaiste. Three months after Jobstown, gardaí arrested 23 people.")
    events = run(text, published="2025-11-15")
    assert when(on(events, "arrested")) == ("2015-02-01", "2015-02-28")
    assert [s for _t, s in who(on(events, "surrounded"), "recipient")] == ["GOV"]


def test_street_battles_are_a_riot_and_a_charge_is_no_claim(run):
    events = run("Riot police charged them with batons and rubber bullets, and the protest turned into street battles.")
    assert on(events, "battles")["plover"]["event"] == "PROTEST"
    assert not on(events, "bullets")["hedged"]


def test_a_trades_union_council_is_labour(run):
    ev = on(run("The strike had been called by the Trades Union Council."), "strike")
    assert [s for _t, s in who(ev)] == ["LAB"]


def test_a_suburb_of_a_town_is_where(run):
    text = "On 15 November 2014, in the Dublin suburb of Jobstown, protesters surrounded the minister's car."
    assert loc(on(run(text, published="2025-11-15"), "surrounded")) == ("Jobstown", "IRL")


def test_the_day_a_deed_was_called_is_not_its_day(run):
    text = ("On Friday, 16 February 1962, a general strike turned into a riot in Georgetown. The strike had been "
            "called the week before by the Trades Union Council.")
    assert when(on(run(text, published="2026-02-16"), "strike", 1)) == ("1962-02-16", "1962-02-16")


def test_one_whose_government_the_story_names_governs(run):
    text = ("On 16 February 1962 a strike against the budget of Cheddi Jagan's government turned into a riot. "
            "Jagan asked the governor for help.")
    assert who(on(run(text, published="2026-02-16"), "asked")) == [("Jagan", "GOV")]
    assert [s for _t, s in who(on(run("Gardaí arrested 23 people in Dublin."), "arrested"))] == ["COP"]


def test_doers_the_parse_hung_on_a_dateline(run):
    text = ("MOGADISHU — Thirty-seven years ago today, soldiers of Siad Barre's government opened fire on "
            "worshippers in Mogadishu.")
    assert [s for _t, s in who(on(run(text, published="2026-07-14"), "opened"))] == ["MIL"]


def test_a_town_the_text_places_in_another_country(run):
    text = ("On 14 May 1931, soldiers fired on a march of striking workers at Lunde, in the Ådalen valley of "
            "northern Sweden. About 4,000 people had marched towards Lunde.")
    events = run(text, published="2026-05-14")
    assert loc(on(events, "fired")) == ("Lunde", "SWE") and loc(on(events, "marched"))[1] == "SWE"


def test_a_stretch_up_to_the_story_s_day(run):
    text = ("On 14 May 1931, soldiers fired on striking workers at Lunde, in northern Sweden.\n\nThe workers had "
            "been on strike since January against wage cuts. When the employers brought in strikebreakers, "
            "about 4,000 people marched towards Lunde.")
    events = run(text, published="2026-05-14")
    assert when(on(events, "strike")) == ("1931-01-01", "1931-01-31")
    assert when(on(events, "marched")) == ("1931-05-14", "1931-05-14")


def test_a_past_the_tagger_took_for_a_participle(run):
    text = ("On 14 May 1931, soldiers fired on striking workers at Lunde, in northern Sweden.\n\nA general strike "
            "followed across the valley.")
    assert when(on(run(text, published="2026-05-14"), "strike"))[0] == "1931-05-14"


def test_an_aside_between_a_toll_s_verb_and_its_number(run):
    text = "Troops began a crackdown that killed, by most estimates, between 18,000 and 28,000 people."
    assert count(on(run(text), "killed"), "killed") == ("between 18,000 and 28,000", 18000)


def test_a_headline_s_date_is_its_subject(run):
    from eventscribe.ingest import date_from_top_line
    assert str(date_from_top_line("# Pidjiguiti, 3 August 1959\n\n**Opinion** · Bissau · 3 August 2026\n\nText.")) == \
        "2026-08-03"


def test_two_groups_one_told_of_a_body(run):
    text = "Eleven members of the security forces and two civilians were killed, according to the authorities."
    assert count(on(run(text), "killed"), "killed")[1] == 13


def test_the_lead_s_town_is_the_scene_of_the_first_deed(run):
    text = ("BERLIN — Seventy-three years ago today, Soviet tanks rolled into the centre of East Berlin.\n\nIt began "
            "the day before, on 16 June, when construction workers downed tools and marched to the government's "
            "headquarters. By the morning of the 17th, strikes had spread across the country.")
    events = run(text, published="2026-06-17")
    assert loc(on(events, "marched")) == ("East Berlin", "DEU")
    assert when(on(events, "strikes")) == ("1953-06-17", "1953-06-17")


def test_a_crowd_besieging_offices_protests(run):
    ev = on(run("Hundreds of people besieged the offices of the fund in Port Vila."), "besieged")
    assert ev["plover"]["event"] == "PROTEST"
    assert on(run("Troops besieged the town."), "besieged")["plover"]["event"] == "COERCE"


def test_a_garden_named_like_a_town_is_no_town(run):
    text = "On 13 April 1919 troops fired on a crowd in the Jallianwala Bagh in Amritsar."
    assert loc(on(run(text, published="2026-04-13"), "fired")) == ("Amritsar", "IND")


def test_a_state_university_is_in_its_town(run):
    text = "On May 4, 1970, the Ohio National Guard fired on students at Kent State University."
    assert loc(on(run(text, published="2026-05-04"), "fired")) == ("Kent", "USA")


def test_a_war_protested_against_is_no_one(run):
    assert who(on(run("Students protested against the Vietnam War."), "protested"), "recipient") == []


def test_a_restated_day_wins_over_a_count_of_days(run):
    text = ("On May 4, 1970, guardsmen fired on students in Kent, Ohio. Ten days later, on May 14, police in "
            "Jackson, Mississippi, fired on students.")
    assert when(on(run(text, published="2026-05-04"), "fired", 1)) == ("1970-05-14", "1970-05-14")


def test_their_leaders_are_the_group_s(run):
    text = "The students had been on strike for weeks, and some 400 of their leaders had been arrested."
    assert [s for _t, s in who(on(run(text), "arrested"), "recipient")] == ["EDU"]


def test_a_purpose_of_going_is_not_a_deed(run):
    text = "A crowd gathered at the jetty to free detainees who were being held on a ship."
    assert on(run(text), "free")["status"] == "hypothetical"


def test_regret_for_a_deed_takes_up_the_deed(run):
    text = ("On 13 April 1919 troops fired on a crowd in Amritsar, killing hundreds.\n\nThe British government has "
            "expressed regret for the massacre.")
    assert when(on(run(text, published="2026-04-13"), "massacre"))[0] == "1919-04-13"


def test_a_bold_dateline_s_date_dates_no_deed(run):
    text = ("**ANTANANARIVO, 13 May 2026** — *Opinion*\n\nOn 13 May 1972, security forces fired on students in "
            "Antananarivo. The day before, 400 student leaders had been arrested.\n\nThe killings turned a "
            "student strike into a national uprising.")
    assert when(on(run(text, published="2026-05-13"), "uprising")) == ("1972-05-13", "1972-05-13")


def test_a_party_named_congress_is_no_parliament(run):
    text = ("On 21 March 1960 police fired on a crowd in Sharpeville, South Africa. The crowd had gathered "
            "at the call of the Pan Africanist Congress.")
    assert loc(on(run(text, published="2026-03-21"), "gathered"))[0] != "Pretoria"  # (no parliament)
    text = "Police in Langa, near Cape Town, fired on protesters."
    assert loc(on(run(text), "fired")) == ("Langa", "ZAF")


def test_an_oath_is_no_threat(run):
    assert [e for e in run("The next day the miners swore an oath under the flag.") if e["trigger"]["text"] == "swore"] == []


def test_a_date_of_who_says_so_sets_no_story_time(run):
    text = ("On 17 November 1973 a tank smashed through the gate of the Athens Polytechnic. At least 24 civilians "
            "were killed, according to an official investigation in 2003. Hundreds were arrested.")
    assert when(on(run(text, published="2026-11-17"), "arrested"))[0].startswith("1973")


def test_a_neighbourhood_named_like_another_town(run):
    text = "On 28 June 1969 police raided the Stonewall Inn, a gay bar in Greenwich Village."
    assert loc(on(run(text, published="2026-06-28"), "raided"))[0] != "Greenwich"


def test_the_date_of_a_town_and_dash_line_is_the_page_s(run):
    text = ("NEW YORK (Opinion) — June 28, 2026\n\nFifty-seven years ago today, police raided a bar in New York. "
            "The riots went on for five more nights. About 13 people were arrested on the first night.")
    assert when(on(run(text, published="2026-06-28"), "arrested"))[0] == "1969-06-28"


def test_a_unit_s_number_is_no_day_and_a_sabre_charge_is_an_attack(run):
    text = "On 16 August 1819 crowds gathered in Manchester. The 15th Hussars were sent in. They charged with sabres drawn."
    ev = on(run(text, published="2026-08-16"), "charged")
    assert ev["plover"]["event"] == "ASSAULT" and when(ev) == ("1819-08-16", "1819-08-16")


def test_a_step_back_is_before_the_story_s_latest_day(run):
    text = ("WINNIPEG, June 21, 2026 —\n\nOn June 21, 1919, police charged strikers on Main Street in Winnipeg.\n\n"
            "The general strike had begun on May 15. The strike leaders had been arrested in raids on June 17.")
    events = run(text, published="2026-06-21")
    assert when(on(events, "arrested")) == ("1919-06-17", "1919-06-17")
    assert loc(on(events, "arrested"))[0] == "Winnipeg"  # (the town the story is filed from and told in)


def test_a_number_of_years_in_words_with_a_hyphen(run):
    text = "Seventy-eight years after the shooting, the veterans of Accra are still remembered."
    assert when(on(run(text, published="2026-02-28"), "shooting")) == ("1948-01-01", "1948-12-31")


def test_a_colonial_name_of_a_country(run):
    text = "On 3 March 1959 the governor of Nyasaland declared a state of emergency."
    assert loc(on(run(text, published="2026-03-03"), "state"))[1] == "MWI"
    text = "In February 1948 police fired on veterans in the Gold Coast. The shooting began the end of British rule."
    assert loc(on(run(text, published="2026-02-28"), "fired"))[1] == "GHA"


def test_the_next_week_of_a_story_is_counted_from_it(run):
    text = ("On the morning of 27 February 1989, commuters blocked roads in Caracas. Over the next week, soldiers "
            "and police killed hundreds of people.")
    assert when(on(run(text, published="2026-02-27"), "killed")) == ("1989-02-27", "1989-03-06")


def test_a_participle_takes_the_tense_of_its_clause(run):
    text = ("On 27 January 2001 police opened fire on marchers in Wete, Tanzania.\n\nHuman Rights Watch later counted "
            "at least 35 people killed and more than 600 injured.")
    events = run(text, published="2026-01-27")
    assert when(on(events, "killed"))[0] == "2001-01-27" and when(on(events, "injured"))[0] == "2001-01-27"


def test_a_foreign_town_naming_a_school_is_no_place(run):
    text = ("On 16 June 1976 schoolchildren marched through Soweto, South Africa. Near Orlando High School, "
            "police fired into the crowd.")
    assert loc(on(run(text, published="2026-06-16"), "fired"))[1] == "ZAF"
