"""Event detection: triggers, PLOVER types and modes, offsets (texts written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscribe.detect import detect, load_lexicon
from eventscribe.model import PLOVER_MODES, Context, Event


def run(nlp, text: str) -> list[Event]:
    doc = nlp(text)
    return detect(doc, Context(doc_id="t", text=text, published=None))


def top(events: list[Event]) -> Event:
    assert events, "no event found"
    return max(events, key=lambda e: e.confidence)


def labels(events: list[Event]) -> set[tuple[str, str | None]]:
    return {(e.event, e.mode) for e in events}


def test_lexicon_loads_and_labels_are_valid():
    lex = load_lexicon()
    for table in (lex.verbs, lex.nouns):
        for rules in table.values():
            for rule in rules:
                if rule.label is not None:
                    event, mode = rule.label
                    assert mode is None or mode in PLOVER_MODES[event]
    assert "protest" in lex.nouns and "arrest" in lex.verbs


@pytest.mark.parametrize(("text", "event", "mode", "trigger"), [
    ("Police fired tear gas at protesters in the capital.", "ASSAULT", "crowd-control", "fired"),
    ("Gunmen opened fire on a busy market, killing 12 people.", "ASSAULT", "firearms", "opened"),
    ("Protesters torched a police station in the northern city.", "PROTEST", "riot", "torched"),
    ("Thousands of nurses staged a protest outside the health ministry.", "PROTEST", "demo", "protest"),
    ("The interior minister warned that protesters would be arrested.", "THREATEN", "arrest", "warned"),
    ("Opposition parties called for an independent investigation into the deaths.", "REQUEST", None, "called"),
    ("The union demanded the release of its jailed leaders.", "REQUEST", "yield", "demanded"),
    ("The government rejected the demand for early elections.", "REJECT", None, "rejected"),
    ("The ministry accused the rebels of recruiting children.", "ACCUSE", "allege", "accused"),
    ("Rights groups condemned the crackdown on journalists.", "ACCUSE", "disapprove", "condemned"),
    ("A court sentenced the former mayor to ten years in prison.", "SANCTION", "convict", "sentenced"),
    ("The two foreign ministers held talks in Geneva on Tuesday.", "CONSULT", None, "talks"),
    ("The army deployed troops to the border region.", "MOBILIZE", "troops", "deployed"),
    ("Authorities imposed a curfew on the town after the unrest.", "COERCE", "curfew", "curfew"),
    ("The junta released 200 political prisoners on Sunday.", "RETREAT", "release", "released"),
    ("The prime minister resigned on Friday.", "RETREAT", "resign", "resigned"),
    # PLOVER (and its gold records) type signing a formal agreement as SUPPORT
    ("The two parties signed a power-sharing deal in the capital.", "SUPPORT", None, "deal"),
    ("The two parties agreed to share power.", "AGREE", None, "agreed"),
    ("Norway pledged humanitarian aid to the flood victims.", "AID", None, "aid"),
    ("Soldiers clashed with rebels near the border town.", "ASSAULT", None, "clashed"),
    ("An airstrike hit a school in the province, killing five children.", "ASSAULT", "aerial", "airstrike"),
    ("A roadside bomb exploded near a military convoy.", "ASSAULT", "explosives", "exploded"),
    ("The regime executed three dissidents at dawn.", "ASSAULT", "targeted", "executed"),
    ("Police arrested 40 people in overnight raids.", "COERCE", "arrest", "arrested"),
    ("Dock workers went on strike over unpaid wages.", "PROTEST", "strike", "strike"),
    # Market traders are workers too: a "market" sentence does not make a strike a price move.
    ("stall holders and traders of the central market went on strike over new fees.", "PROTEST", "strike", "strike"),
    ("Two men were hanged in the city prison at dawn.", "ASSAULT", "targeted", "hanged"),
    # Hyphenated nouns the tokenizer splits, and the notes' spelling without the hyphen.
    ("Porters staged a sit-in at the depot.", "PROTEST", "obstruct", "sit-in"),
    ("about 300 porters staged a sit in at the depot", "PROTEST", "obstruct", "sit in"),
    ("Bus drivers are due to strike from Thursday.", "PROTEST", "strike", "strike"),
    # A civilian crowd taking a place occupies it; armed men conquer it.
    ("Dairy farmers seized control of the toll plaza for three hours.", "PROTEST", "obstruct", "seized"),
    ("Rebels seized control of the garrison town.", "ASSAULT", "heavy-weapons", "seized"),
    # Traders who rally are people, not prices.
    ("Fish traders held a rally against the new landing levy.", "PROTEST", "demo", "rally"),
    # Lower-cased note fragments.
    ("general strike dock workers and teachers", "PROTEST", "strike", "strike"),
    ("march to the ministry of labour", "PROTEST", "demo", "march"),
    # Leaving a deal, rejecting talks, and a walkout of workers.
    ("If the premier walks out of the trade pact next month, tariffs will rise.", "RETREAT",
     "withdraw", "walks"),
    ("The opposition walked out of the talks on Friday.", "REJECT", None, "walked"),
    ("Bus drivers walked out on Tuesday over unpaid wages.", "PROTEST", "strike", "walked"),
    ("Hostilities resumed along the ceasefire line on Monday.", "ASSAULT", "heavy-weapons",
     "Hostilities"),
    # The progressive of a verb whose "-ing" form the lexicon keeps for the noun.
    ("Government gunners are shelling the northern suburbs.", "ASSAULT", "heavy-weapons",
     "shelling"),
    # A crowd that comes out against a law, or onto the streets, and one that hits the streets.
    ("Thousands of farmers came out against the new land law.", "PROTEST", "demo", "came"),
    ("Residents came out onto the streets after the shooting.", "PROTEST", "demo", "came"),
    ("Taxi drivers hit the streets of the capital on Monday.", "PROTEST", "demo", "hit"),
    # Burned to death by someone is a killing; with no one named it may be an accident (below).
    ("Two traders were burned to death by a mob.", "ASSAULT", None, "burned"),
    ("The mob burned two traders to death in their shop.", "ASSAULT", None, "burned"),
    # A split hyphenated noun in the plural: "sit - ins".
    ("Teachers have staged sit-ins in three towns.", "PROTEST", "obstruct", "sit-ins"),
    # ... and one whose last part the tagger took for an adjective.
    ("Nurses in the capital have staged a go-slow.", "PROTEST", "strike", "go-slow"),
    # A forced disappearance: "were disappeared", "the enforced disappearance of".
    ("Thousands of students were disappeared by the junta.", "ASSAULT", "abduct", "disappeared"),
    # "They will strike" is a walkout where the sentence speaks of work, not of militants.
    ("Teachers say they will strike over unpaid wages.", "THREATEN", None, "strike"),
    ("Rights groups documented the enforced disappearance of 40 activists.", "ASSAULT", "abduct",
     "disappearance"),
])
def test_main_event(nlp, text, event, mode, trigger):
    ev = top(run(nlp, text))
    assert (ev.event, ev.trigger.text) == (event, trigger)
    if mode is not None:
        assert ev.mode == mode


@pytest.mark.parametrize("text", [
    # Coming out is no protest of itself: an opinion, a report.
    "The senator came out against the bill on Tuesday.",
    "The new report came out last week.",
    "Six people burned to death in a house fire.",
    "Twelve passengers were burned to death after their bus collided with a lorry.",
    # Not a crowd: police enforcing a curfew, and a car model.
    "Hundreds of police officers hit the streets of Nairobi to enforce the curfew.",
    "The new Toyota model hit the streets of Nairobi.",
    # People who disappeared may only have left; a plane's disappearance is no one's act.
    "The activist disappeared after the election.",
    "The disappearance of the plane remains a mystery.",
    "Militants said they will strike again.",
    "Her posts were disappeared by censors within hours.",
])
def test_no_attack_and_no_protest(nlp, text):
    assert not [e for e in run(nlp, text) if e.event in ("ASSAULT", "PROTEST")]


def test_they_struck_after_an_ambush_is_no_walkout(nlp):
    text = "Gunmen killed five aid workers in an ambush, and they struck again on Tuesday."
    assert not [e for e in run(nlp, text) if e.event == "PROTEST"]


def test_light_verb_gives_one_event(nlp):
    events = run(nlp, "Students staged a protest in front of parliament.")
    assert [(e.event, e.trigger.text) for e in events] == [("PROTEST", "protest")]


def test_threatened_act_is_not_a_separate_event(nlp):
    events = run(nlp, "The governor threatened to arrest anyone who joined the march.")
    assert ("COERCE", "arrest") not in labels(events)
    assert top(events).event == "THREATEN" and top(events).mode == "arrest"


def test_one_event_for_a_shooting_and_its_toll(nlp):
    events = run(nlp, "Gunmen opened fire on worshippers, killing seven and wounding ten.")
    assaults = [e for e in events if e.event == "ASSAULT"]
    assert len(assaults) == 1


@pytest.mark.parametrize("text", [
    "He was just killing time before the meeting.",
    "Stocks rallied on Wall Street as investors cheered the earnings.",
    "The euro staged a rally against the dollar in late trading.",
    "A late rally in copper prices lifted the index.",
    "The striker's late attack beat the goalkeeper in the final minute.",
    "The ministry released a statement on Monday.",
    "In March, the committee published its annual report.",
    "The Springboks demonstrated their strength in the second half of the match.",
    # "Hostility" is a feeling.
    "His deference to the envoy has soured into personal hostility.",
    # To arrest a trend is to halt it.
    "The new budget is a last chance to arrest the fall of the currency.",
])
def test_non_events(nlp, text):
    events = run(nlp, text)
    assert not [e for e in events if e.event in ("ASSAULT", "PROTEST", "RETREAT")
                or e.mode == "arrest"]


def test_executing_attacks_is_carrying_them_out(nlp):
    events = run(nlp, "Cells were told to execute their own attacks at home.")
    assert [e.trigger.text for e in events if e.event == "ASSAULT"] == ["attacks"]


def test_lowercased_text(nlp):
    text = "tens of thousands of farmers marched in the capital today against the new land law"
    assert any(e.event == "PROTEST" for e in run(nlp, text))


def test_protesters_as_doers(nlp):
    events = run(nlp, "Hundreds of demonstrators gathered in the main square on Sunday.")
    assert top(events).event == "PROTEST"


def test_violence_outranks_the_protest(nlp):
    text = ("Thousands marched against the new tax in the capital. "
            "Police later fired live ammunition at the crowd, killing three.")
    ev = top(run(nlp, text))
    assert ev.event == "ASSAULT" and ev.mode == "firearms"


SENTENCES = [
    "Police arrested 12 protesters in Lagos on Monday.",
    "Rebels shelled the town overnight.",
    "The ministers met in Cairo to discuss the ceasefire.",
    "Workers blocked the highway to demand higher wages.",
    "No one was hurt.",
    "Riot police used water cannon and rubber bullets against the crowd.",
]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
       pad=st.sampled_from(["", " ", "\n", "  \n\n"]))
def test_offsets_point_into_the_text(nlp, parts, pad):
    text = pad + (pad or " ").join(parts)
    doc = nlp(text)
    for ev in detect(doc, Context(doc_id="t", text=text, published=None)):
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert ev.sentence_start <= ev.trigger.start < ev.trigger.end <= ev.sentence_end
        assert ev.sent_token_start <= ev.token_i < ev.sent_token_end
        assert doc[ev.token_i].idx == ev.trigger.start
        assert 0 < ev.confidence < 1
        assert ev.mode is None or ev.mode in PLOVER_MODES[ev.event]


# --- repression: riot-control gear, beatings, police firing (sentences written for these tests)


@pytest.mark.parametrize(("text", "mode"), [
    ("Riot police responded with tear gas and water cannon.", "crowd-control"),
    ("officers loosed tear gas on the students outside the campus.", "crowd-control"),
    ("rubber bullets were used against the marchers on friday.", "crowd-control"),
    ("Police fired dummy bullets at the pickets.", "crowd-control"),
    ("officers waded in swinging batons, then fired gas and rubber bullets.", "crowd-control"),
    ("the police baton charged the striking workers.", "crowd-control"),
    ("Police scattered the crowd outside the town hall.", "crowd-control"),
    ("officers laid into the crowd with truncheons.", "beat"),
    ("police hit the demonstrators with batons.", "beat"),
    ("two traders were injured in police firing near the market.", "firearms"),
    ("three suspects were shot dead in an encounter with the police.", "firearms"),
    ("soldiers answered the stone throwers and responded with live bullets.", "firearms"),
    ("the marchers were pushed back by riot police near the bridge.", "crowd-control"),
    ("Police cleared the square of demonstrators before dawn.", "crowd-control"),
    ("officers dispersed the sit-in, beating several students with batons.", "beat"),
])
def test_repression_modes(nlp, text, mode):
    evs = [e for e in run(nlp, text) if e.event == "ASSAULT"]
    assert evs, f"no ASSAULT in {text!r}"
    assert mode in {e.mode for e in evs}


@pytest.mark.parametrize("text", [
    "Volunteers handed out goggles to protect against tear gas.",
    "The marchers then dispersed peacefully.",
    "The ministry plans to buy water cannon for the police.",
    "Officers armed with batons stood outside the court.",
    "The board announced the firing of the coach.",
    "The prime minister said firing Mr Novak would not calm the streets.",
    "Students condemned the firing of Ilona Varga as too little, too late.",
    "The rights group accused the police of using live ammunition.",
    "Police broke up a drug ring in the port city.",
    "The company cleared the site for the new stadium.",
])
def test_gear_and_crowds_without_force(nlp, text):
    assert not [e for e in run(nlp, text) if e.event == "ASSAULT"]


def test_rounds_of_tear_gas_are_no_gunfire(nlp):
    evs = [e for e in run(nlp, "Police fired hundreds of rounds of tear gas near the stadium.")
           if e.event == "ASSAULT"]
    assert evs and {e.mode for e in evs} == {"crowd-control"}


def test_demand_absorbs_conjoined_arrest(nlp):
    evs = run(nlp, "the party demanded a ban on the militia and the arrest of its leaders.")
    assert labels(evs) == {("REQUEST", "change")}


def test_request_reaches_an_infinitive_on_its_object(nlp):
    evs = run(nlp, "The opposition urged the governor to take steps to arrest the rioters.")
    assert ("COERCE", "arrest") not in labels(evs)
    assert any(e.event == "REQUEST" for e in evs)


@pytest.mark.parametrize("text", [
    "The two men were booked for arson under the new law.",
    "The suspect was handed over to the state police on Friday.",
    "Dozens of the marchers were sent to the nearby police station.",
    "Several students were thrown into police vans.",
])
def test_custody_phrasings_are_arrests(nlp, text):
    assert ("COERCE", "arrest") in labels(run(nlp, text))


def test_toll_and_shooter_on_one_event(nlp):
    evs = [e for e in run(nlp, "Nine people were killed when soldiers opened fire on the crowd.")
           if e.event == "ASSAULT"]
    assert len(evs) == 1 and evs[0].trigger.text == "opened" and evs[0].mode == "firearms"


@pytest.mark.parametrize(("text", "mode"), [
    ("Gunfire and explosions rocked the capital overnight.", "firearms"),
    ("Police opened fire with rubber bullets on the crowd.", "crowd-control"),
    ("The prosecutor demanded prison terms for the four bloggers, while officers outside shot "
     "live rounds and tear gas at their supporters.", "firearms"),
])
def test_live_fire_and_side_clauses(nlp, text, mode):
    assert mode in {e.mode for e in run(nlp, text) if e.event == "ASSAULT"}


@pytest.mark.parametrize(("text", "label"), [
    ("Police charged the mob with lathis near the temple.", ("ASSAULT", "crowd-control")),
    ("Police charged 20 protesters over the riot.", ("ACCUSE", "allege")),
])
def test_charge_senses(nlp, text, label):
    assert label in labels(run(nlp, text))


@pytest.mark.parametrize("text", [
    "Soldiers at the bridge stopped the cab drivers from marching any further.",
    "Troops blocked the marchers at the bridge.",
    "Gendarmes barred the demonstrators from the square.",
    "Police prevented hundreds of protesters from reaching the palace.",
])
def test_police_who_stop_a_march_restrict_it(nlp, text):
    assert ("COERCE", "restrict") in labels(run(nlp, text))


@pytest.mark.parametrize("text", [
    "The driver stopped the bus at the corner.",
    "Farmers blocked the highway with tractors.",
])
def test_stopping_that_restricts_no_one(nlp, text):
    assert ("COERCE", "restrict") not in labels(run(nlp, text))


def test_kept_from_marching_are_the_marchers(pipeline):
    events = pipeline.extract_text(
        "Soldiers at the bridge stopped the cab drivers from marching any further.",
        published="2022-03-01").to_dict()["events"]
    march = next(e for e in events if e["trigger"]["text"] == "marching")
    assert [(a["text"], a["role"]) for a in march["actors"] if a["role"] == "actor"] == \
        [("cab drivers", "actor")]
    # A protest the police stop is a protest with intervention (ACLED).
    assert march["acled"]["sub_event_type"] == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Students set fire to an effigy of the governor outside the college.",
    "Farmers set fire to a portrait of the minister.",
])
def test_burning_a_symbol_is_a_protest(nlp, text):
    assert top(run(nlp, text)).event == "PROTEST"


@pytest.mark.parametrize("text", [
    "Detectives picked up four accused at the railway station.",
    "Both accused were later taken into custody at the bus stand.",
])
def test_the_accused_are_people_not_an_accusation(nlp, text):
    assert "ACCUSE" not in {e.event for e in run(nlp, text)}


def test_men_accused_of_a_crime_are_accused(nlp):
    assert "ACCUSE" in {e.event for e in run(nlp, "The opposition accused the army of fraud.")}


@pytest.mark.parametrize(("text", "trigger"), [
    # "march" after "day" is the march, not the month.
    ("hundreds joined the may day march in the capital last night.", "march"),
    ("teachers held a labour day march through the old town.", "march"),
    # Lower-case "march" with no date word next to it is the march.
    ("torch lit march at night through the old quarter", "march"),
    # A protest walk or camp is a protest.
    ("the teachers began a 300 km protest walk to the capital.", "protest"),
    # A pride or protest parade is a protest; a military parade is not.
    ("a large crowd joined the gay pride parade in the capital.", "parade"),
    # Bricks or bottles thrown by a crowd are a riot, whoever is hit.
    ("angry voters threw bricks at a polling station on sunday.", "threw"),
])
def test_more_protest_words(nlp, text, trigger):
    ev = next(e for e in run(nlp, text) if e.trigger.text == trigger)
    assert ev.event == "PROTEST" and ev.mode == ("riot" if trigger == "threw" else "demo")


def test_a_military_parade_is_no_protest(nlp):
    assert not run(nlp, "the army held a military parade on independence day.")


def test_flailing_with_truncheons_is_a_beating(nlp):
    ev = top(run(nlp, "riot officers waded in, flailing at the marchers with truncheons."))
    assert (ev.event, ev.mode) == ("ASSAULT", "beat")


@pytest.mark.parametrize("text", [
    "the strike ended in march.",
    "strikes began in mid-march and lasted weeks.",
    "march, april and may saw rallies in the north.",
])
def test_lower_case_march_the_month(nlp, text):
    assert all(e.trigger.text != "march" for e in run(nlp, text))


def test_an_ended_strike_took_place(nlp):
    events = run(nlp, "About 300 ferry crews ended a three-day strike on Tuesday.")
    assert {(e.event, e.mode) for e in events} == {("CONCEDE", None), ("PROTEST", "strike")}
    # A strike called off may never have begun: only the concession.
    assert [e.event for e in run(nlp, "The union called off the strike.")] == ["CONCEDE"]


def test_there_were_protesters_is_a_protest(nlp):
    assert top(run(nlp, "Police said there were 4,000 protesters in the square.")).event == "PROTEST"


@pytest.mark.parametrize(("text", "label"), [
    ("riot police ousted students who tried to occupy the faculty on friday.",
     ("ASSAULT", "crowd-control")),
    ("Police evicted the protesters from the square on Monday.", ("ASSAULT", "crowd-control")),
    ("The landlord evicted three families.", ("COERCE", "deport")),
])
def test_putting_protesters_out_is_crowd_control(nlp, text, label):
    ev = top(run(nlp, text))
    assert (ev.event, ev.mode) == label


def test_beating_back_a_crowd_is_crowd_control(nlp):
    ev = top(run(nlp, "Officers beat back the marchers with shields near the bridge."))
    assert (ev.event, ev.mode) == ("ASSAULT", "crowd-control")


def test_beating_back_with_batons_is_a_beating(nlp):
    ev = top(run(nlp, "Security forces beat the students back with their batons."))
    assert (ev.event, ev.mode) == ("ASSAULT", "beat")
