"""What is an act and what is not, end to end on sentences written for these tests: deaths by
disaster or accident are nobody's assault, and a crowd's running battle with the police is a
riot, not a war; and "by" after a gerund used as a noun names the doer; beatings told with a day or an object
shared with the next verb; a blaze is no gunfire; police holding a crowd in check is crowd control; another clause lends no weapon and a passive no doer; strikes on forces are attacks."""

from __future__ import annotations

import pytest

from eventscribe.detect import grievance_of

from .test_narrative_rules import count, on, run, who

__all__ = ["run"]  # the fixture, shared with the narrative tests


def kinds(events: list) -> list[tuple[str, str | None, str]]:
    return [(e["plover"]["event"], e["plover"]["mode"], e["trigger"]["text"]) for e in events]


# --- disasters and accidents ---------------------------------------------------------------


def test_a_disaster_that_kills_is_no_assault(run):
    assert kinds(run("An earthquake killed hundreds of people in the hills on Monday.")) == []
    assert kinds(run("Six passengers were killed in a plane crash near the airport.")) == []
    assert kinds(run("The storm killed 14 fishermen off the coast.")) == []


def test_people_killing_is_still_an_assault(run):
    ev = on(run("Two men were killed in a police raid on the camp."), "killed")
    assert ev["plover"]["event"] == "ASSAULT"
    assert count(ev, "killed") == ("Two", 2)
    ev = on(run("Gunmen killed three traders on the market road."), "killed")
    assert [a for a, _ in who(ev)] == ["Gunmen"]
    assert count(ev, "killed") == ("three", 3)


def test_an_accident_toll_is_no_toll_of_the_protest_beside_it(run):
    events = run("Almost 900 people died in road accidents last year, and on Friday drivers "
                 "blocked the ring road to demand safer lanes.")
    ev = on(events, "blocked")
    assert ev["plover"]["event"] == "PROTEST"
    assert count(ev, "killed") is None


@pytest.mark.parametrize("told", [
    "They said there have been four deaths due to accidents on the same road.",
    "At least nine people died in the camp within a month because of hunger.",
    "The minister was among dozens of officials who were killed in a helicopter crash.",
])
def test_a_toll_of_accidents_or_want_told_next_is_no_toll_of_the_protest(run, told):
    events = run(f"Hundreds of residents blocked the main road in Kisumu on Monday. {told}")
    ev = on(events, "blocked")
    assert count(ev, "killed") is None
    assert ev["counts"]["participants"]["text"] == "Hundreds"


def test_hunger_kills_in_no_assault(run):
    assert not [e for e in run("We will not leave. Let hunger kill us.") if e["plover"]["event"] == "ASSAULT"]


def test_a_toll_that_follows_police_fire_is_kept(run):
    ev = on(run("Police opened fire on the crowd and four people died in hospital."), "opened")
    assert count(ev, "killed") == ("four", 4)


# --- street battles --------------------------------------------------------------------------


def test_a_crowd_battling_police_riots(run):
    ev = on(run("Youths fought running battles with police in the township on Tuesday."),
            "battles")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "riot")
    assert [a for a, _ in who(ev)] == ["Youths"]
    assert [a for a, _ in who(ev, "recipient")] == ["police"]


def test_villagers_battling_soldiers_riot_and_one_fight_is_one_event(run):
    ev = on(run("Villagers fought a battle with soldiers over the grazing land."), "battle")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("PROTEST", "riot")
    events = run("Demonstrators fought pitched battles with riot police outside the plant.")
    assert [k[:2] for k in kinds(events)] == [("PROTEST", "riot")]


def test_armies_and_rebels_still_do_battle(run):
    ev = on(run("Rebels fought a fierce battle with the army near the border."), "battle")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "heavy-weapons")


# --- a gerund used as a noun -----------------------------------------------------------------


def test_by_after_a_gerund_names_the_doer(run):
    events = run("Some 30 villagers were killed in hundreds of rounds of firing by the police.")
    ev = on(events, "firing")
    assert who(ev) == [("police", "COP")]
    assert who(ev, "recipient") == []
    ev = on(run("Families fled after days of shelling by the army."), "shelling")
    assert [a for a, _ in who(ev)] == ["army"]


# --- beatings --------------------------------------------------------------------------------


def test_a_beating_told_with_a_day_and_a_shared_object(run):
    events = run("On Thursday the police beat and arrested 250 marchers near the dam.")
    ev = on(events, "beat")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "beat")
    assert who(ev, "recipient")[0][0] == "250 marchers"
    assert count(on(events, "arrested"), "arrested") == ("250", 250)
    ev = on(run("Riot police brutalised and then detained nine students."), "brutalised")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "beat")
    assert who(ev, "recipient")[0][0] == "nine students"


def test_brutalising_a_thing_is_no_beating(run):
    assert kinds(run("The junta has brutalised the economy for a decade.")) == []
    assert not any(k[0] == "ASSAULT" for k in kinds(run("Neighbours beat on pots and pans at dusk.")))


# --- fire: a blaze or gunfire ----------------------------------------------------------------


def test_a_blaze_is_no_gunfire(run):
    assert kinds(run("A blaze at a nightclub killed 19 guests.")) == []
    assert not any(k[0] == "ASSAULT" for k in kinds(run(
        "Rescuers searched for miners trapped after an underground fire at the shaft.")))
    assert not any(k[1] == "firearms" for k in kinds(run(
        "The strike was marked by tyres on fire on the ring road.")))


def test_an_execution_by_firing_squad_is_one_killing(run):
    events = run("The colonel was executed by firing squad in the prison yard.")
    assert [k[:2] for k in kinds(events)] == [("ASSAULT", "targeted")]


def test_police_fire_is_gunfire_even_into_the_air(run):
    ev = on(run("Police fire on air to scatter the mob near the temple."), "fire")
    assert (ev["plover"]["event"], ev["plover"]["mode"]) == ("ASSAULT", "firearms")
    ev = on(run("Troops opened fire at the marchers on the bridge."), "opened")
    assert ev["plover"]["mode"] == "firearms"


# --- holding a crowd in check ---------------------------------------------------------------


def test_police_holding_a_crowd_in_check_is_crowd_control(run):
    ev = on(run("Several hundred students were restrained by police as they tried to force "
                "their way into the ministry."), "restrained")
    assert (ev["plover"]["mode"], who(ev)) == ("crowd-control", [("police", "COP")])
    assert on(run("Riot police kettled hundreds of protesters in the square."),
              "kettled")["plover"]["mode"] == "crowd-control"
    assert on(run("Troops were sent in and quelled the unrest within hours."),
              "quelled")["plover"]["mode"] == "crowd-control"


def test_containing_or_restraining_a_thing_is_no_crowd_control(run):
    assert kinds(run("The bill contains a clause on fuel prices.")) == []
    assert kinds(run("The judge restrained herself from comment.")) == []


def test_a_death_a_protest_demands_justice_for_is_no_toll_of_it(run):
    # The parser hangs "demanding" on the capital, not on the gathering; it is still the
    # protest's purpose, and the death it names is its grievance.
    events = run("Hundreds of opposition supporters gathered on Tuesday in the capital demanding "
                 "justice for an activist who died in custody three years ago.")
    assert "killed" not in (on(events, "gathered")["counts"] or {})


# --- another clause's doers and weapons -------------------------------------------------------


def test_the_stones_of_another_clause_do_not_arm_the_police(run):
    # Stones thrown in a clause of another act are the crowd's, not the police's weapon.
    ev = on(run("Police opened fire after stones were thrown at them."), "opened")
    assert ev["plover"]["mode"] == "firearms"
    ev = on(run("Police fired after protesters threw stones at them."), "fired")
    assert ev["plover"]["mode"] == "firearms"
    # A participle with no subject of its own is still the trigger's phrase.
    ev = on(run("Police fired, using tear gas and rubber bullets."), "fired")
    assert ev["plover"]["mode"] == "crowd-control"


def test_a_passive_with_its_own_patient_inherits_no_doer(run):
    events = run("The demonstrations have been a display of discontent, twenty years after "
                 "100,000 people were killed in a war.")
    ev = on(events, "killed")
    assert (ev["plover"]["event"], who(ev)) == ("ASSAULT", [])


def test_a_when_clause_tells_how(run):
    ev = on(run("At least 25 civilians were killed when shells hit a market."), "killed")
    assert ev["plover"]["mode"] == "heavy-weapons"


def test_an_arrest_inside_what_a_protest_demands_is_its_grievance(nlp):
    doc = nlp("Thousands rallied in the capital demanding the release of 12 activists arrested "
              "last week.")
    arrested, rallied = (next(t for t in doc if t.text == w) for w in ("arrested", "rallied"))
    assert grievance_of(arrested, rallied)
    # A clause on the protest itself tells what happened to it, not what it is about.
    doc = nlp("The rally, which police broke up with tear gas, drew 3,000 people.")
    broke, rally = (next(t for t in doc if t.text == w) for w in ("broke", "rally"))
    assert not grievance_of(broke, rally)


def test_strikes_on_forces_are_attacks_and_strikes_of_workers_stay_strikes(run):
    assert on(run("Israel has led several reported strikes on Iranian forces in Syria."),
              "strikes")["plover"]["event"] == "ASSAULT"
    assert on(run("Workers began a strike at the army base canteen."),
              "strike")["plover"] == {"event": "PROTEST", "mode": "strike"}
