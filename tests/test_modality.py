"""Modality: status, hedging and attribution read off the parse."""

from __future__ import annotations

import pytest

from eventscribe.arguments.modality import attach_modality, modality_data
from eventscribe.model import Context, Event, Span


def run(nlp, text: str, trigger: str) -> Event:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    ev = Event(id="d:0", event="ASSAULT", mode=None,
               trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
               sentence_start=tok.sent.start_char, sentence_end=tok.sent.end_char, token_i=tok.i,
               sent_token_start=tok.sent.start, sent_token_end=tok.sent.end)
    (out,) = attach_modality(doc, [ev], Context(doc_id="d", text=text, published=None))
    if out.attribution is not None:
        assert text[out.attribution.start:out.attribution.end] == out.attribution.text
    return out


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Police fired tear gas at the crowd.", "fired", "asserted"),
    ("Police did not fire on the crowd.", "fire", "negated"),
    ("No arrests were made.", "arrests", "negated"),
    ("There were no reports of arrests after the vigil.", "arrests", "negated"),
    ("There were no reports of injuries or arrests at the sit-in.", "arrests", "negated"),
    ("There was no sign of violence at the rally.", "rally", "asserted"),
    ("There were reports of arrests in the port.", "arrests", "asserted"),
    ("Police never arrested anyone.", "arrested", "negated"),
    ("Authorities called off the planned strike.", "strike", "negated"),
    ("Protesters refused to disperse.", "disperse", "negated"),
    ("The officers restrained themselves from firing on the crowd.", "firing", "negated"),
    ("Police would arrest anyone who joins.", "arrest", "hypothetical"),
    ("Officers will arrest anyone who blocks a road.", "blocks", "hypothetical"),
    ("The union asked the governor to take steps to arrest the attackers.", "arrest",
     "hypothetical"),
    ("Officers say it is proving difficult to detain the suspect.", "detain", "hypothetical"),
    ("Police are likely to take him into custody.", "custody", "hypothetical"),
    ("He demanded a ban on the party and the arrest of its leaders.", "arrest", "hypothetical"),
    ("We have to detain the ringleaders before Friday.", "detain", "hypothetical"),
    ("Police had to fire ten rounds to disperse the mob.", "fire", "asserted"),
    ("Riot squads have been able to quell the unrest.", "quell", "asserted"),
    ("Police were able to disperse the crowd.", "disperse", "asserted"),
    ("Police will be able to arrest the leaders.", "arrest", "hypothetical"),
    ("Police were not able to arrest the leaders.", "arrest", "hypothetical"),
    ("The rally ended without arrests.", "arrests", "negated"),
    ("There were no injuries or arrests.", "arrests", "negated"),
    ("Two villagers died due to police firing.", "firing", "asserted"),
    ("Whoever takes to the streets will be punished.", "takes", "hypothetical"),
    ("Police opened a murder case over the lynching of the driver.", "lynching", "asserted"),
    ("Police arrested the men who blocked the road.", "blocked", "asserted"),
    ("If workers strike, the port could close.", "strike", "hypothetical"),
    ("Activists may march again.", "march", "hypothetical"),
    ("Unions will strike on Monday.", "strike", "future"),
    ("Workers plan to strike.", "strike", "future"),
    ("Teachers are set to strike.", "strike", "future"),
    ("The union called for a strike next week.", "strike", "future"),
    ("Drivers threatened to strike.", "strike", "future"),
    ("Workers went on strike on Monday.", "strike", "asserted"),
    ("Students organised a protest on Monday.", "protest", "asserted"),
    ("Protesters tried to march to the palace.", "march", "asserted"),
    ("The panel would discuss the killings in the town.", "killings", "asserted"),
    ("The government hoped the protests would fade away.", "protests", "asserted"),
    ("Police could not stop the violence.", "violence", "asserted"),
    ("No protests were held on Friday.", "protests", "negated"),
    ("Nobody was arrested.", "arrested", "negated"),
    ("On 14 may at least 30 villagers were injured.", "injured", "asserted"),
    ("A general strike tomorrow will paralyse the city.", "strike", "future"),
    ("Unions will hold a rally on Monday.", "rally", "future"),
    ("Teachers will go on strike.", "strike", "future"),
    ("It will be harder if he goes ahead with leaving the nuclear deal.", "deal", "asserted"),
    ("As the train will arrive tomorrow, thousands gathered to protest.", "protest", "asserted"),
])
def test_status(nlp, text: str, trigger: str, status: str) -> None:
    assert run(nlp, text, trigger).status == status


@pytest.mark.parametrize(("text", "trigger", "hedged"), [
    ("Police reportedly fired on protesters.", "fired", True),
    ("Soldiers allegedly killed three villagers.", "killed", True),
    ("Police were said to have fired tear gas.", "fired", True),
    ("The leader is believed to have been arrested.", "arrested", True),
    ("Police appeared to fire rubber bullets.", "fire", True),
    ("According to unconfirmed reports, police killed two protesters.", "killed", True),
    ("Police fired tear gas.", "fired", False),
    ("Police fired tear gas, witnesses said.", "fired", False),
    # Who did it is the claim.
    ("Five organisers were abducted last month, allegedly by plainclothes officers.", "abducted", True),
    ("Five organisers were abducted last month by plainclothes officers.", "abducted", False),
])
def test_hedged(nlp, text: str, trigger: str, hedged: bool) -> None:
    assert run(nlp, text, trigger).hedged is hedged


@pytest.mark.parametrize(("text", "trigger", "who"), [
    ("According to a local rights group, 12 people were killed.", "killed", "a local rights group"),
    ("Police fired tear gas at the crowd, witnesses said.", "fired", "witnesses"),
    ("Officials claimed that rebels attacked the base.", "attacked", "Officials"),
    ("Police said two men were injured.", "injured", "Police"),
    ("police said they had arrested 40 people", "arrested", "police"),
    ("Police fired tear gas, according to witnesses.", "fired", "witnesses"),
    ("Police fired tear gas at the crowd.", "fired", None),
    ("Police were said to have fired tear gas.", "fired", None),
    # A reporting verb above the trigger is nearer than an "according to" of another clause.
    ("By Thursday, 300 people had been detained, according to the ministry, and rights groups "
     "said dozens had been beaten in custody.", "beaten", "rights groups"),
    ("By Thursday, 300 people had been detained, according to the ministry, and rights groups "
     "said dozens had been beaten in custody.", "detained", "the ministry"),
    # Declaring a state of emergency is the act, not a report of one.
    ("Mikheil Saakashvili, then president, declared a state of emergency.", "state", None),
    # A conjunct with a subject and a hedge of its own is hearsay, not the first clause's claim.
    ("Teachers say they will strike next week, and bakers are reportedly planning to march "
     "on the ministry.", "march", None),
    ("Teachers say they will strike next week, and bakers are reportedly planning to march "
     "on the ministry.", "strike", "Teachers"),
])
def test_attribution(nlp, text: str, trigger: str, who: str | None) -> None:
    ev = run(nlp, text, trigger)
    assert (ev.attribution.text if ev.attribution else None) == who


def test_a_time_clause_of_a_modal_verb_is_supposed(nlp) -> None:
    assert run(nlp, "The government should talk before it arrests anyone.", "arrests").status == "hypothetical"
    assert run(nlp, "Police fired before the crowd dispersed.", "fired").status == "asserted"
    # A past time clause did happen.
    assert run(nlp, "Residents could not leave until police lifted the curfew.", "lifted").status == "asserted"


def test_a_lathi_charge_is_no_charge_laid(nlp) -> None:
    ev = run(nlp, "Police lathi-charged hundreds of farmers who had tried to march to the secretariat.",
             "march")
    assert (ev.attribution, ev.hedged) == (None, False)


def test_claims_are_hedged_and_attributed(nlp) -> None:
    ev = run(nlp, "Officials claimed that rebels attacked the base.", "attacked")
    assert ev.hedged and ev.status == "asserted"


@pytest.mark.parametrize(("text", "trigger", "who"), [
    ("The army denied firing on protesters.", "firing", "The army"),
    ("the army denied that soldiers fired on the crowd", "fired", "the army"),
])
def test_denial_is_negated_and_attributed(nlp, text: str, trigger: str, who: str) -> None:
    ev = run(nlp, text, trigger)
    assert ev.status == "negated"
    assert ev.attribution is not None and ev.attribution.text == who


def test_cue_lists_are_data() -> None:
    data = modality_data()
    assert "reportedly" in data["hedge"]["words"]
    assert "deny" in data["negation"]["denial_verbs"]
    assert "will" in data["future"]["modals"]


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # A condition on the trigger's own clause.
    ("The decree lets wardens make arrests if a riot breaks out.", "arrests", "hypothetical"),
    # "effect" carries its object as "make" does.
    ("The commissioner will effect arrests at dawn.", "arrests", "future"),
    # The case for an act is no act.
    ("The bar council called it a clear case for detention.", "detention", "hypothetical"),
    # A hedge, not a condition.
    ("Police arrested 40 people if reports are to be believed.", "arrested", "asserted"),
])
def test_conditions_carriers_and_cases(pipeline, text, trigger, status):
    events = pipeline.extract_text(text, published="2002-03-05").to_dict()["events"]
    ev = next(e for e in events if e["trigger"]["text"] == trigger)
    assert ev["status"] == status


def test_a_denied_act_stays_a_claim(pipeline):
    # The act denied is an event of its own, negated and attributed to the denier.
    events = pipeline.extract_text("The army denied that its soldiers had shot the farmers.",
                                   published="2024-04-17").to_dict()["events"]
    shot = next(e for e in events if e["trigger"]["text"] == "shot")
    assert shot["status"] == "negated" and shot["attribution"]["text"] == "The army"
    # Also through a complement: "denied that anyone gave an order to shoot".
    events = pipeline.extract_text("The ministry denied that anyone gave an order to shoot.",
                                   published="2024-04-17").to_dict()["events"]
    assert next(e for e in events if e["trigger"]["text"] == "shoot")["status"] == "negated"
    # Reports that are denied stay the reports' claim: hedged and theirs.
    events = pipeline.extract_text("The governor denied reports that guards had beaten inmates.",
                                   published="2024-04-17").to_dict()["events"]
    beaten = next(e for e in events if e["trigger"]["text"] == "beaten")
    assert beaten["hedged"] and beaten["attribution"]["text"] == "reports"


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # When the denial came, not what it denied.
    ("When police shot dead at least 12 protesters in October, the army denied that its "
     "troops had been there.", "shot", "asserted"),
    ("After the clashes, police denied firing live rounds.", "clashes", "asserted"),
    ("After the clashes, police denied firing live rounds.", "firing", "negated"),
    # The time of a denied act is given: the protest took place.
    ("The army denied that soldiers fired on the crowd during the protest.", "protest", "asserted"),
    ("The army denied that soldiers fired on the crowd during the protest.", "fired", "negated"),
])
def test_what_a_denial_does_not_deny(pipeline, text, trigger, status):
    events = pipeline.extract_text(text, published="2024-04-17").to_dict()["events"]
    assert next(e for e in events if e["trigger"]["text"] == trigger)["status"] == status


@pytest.mark.parametrize(("text", "trigger"), [
    ("Crowds brought down the junta without a shot being fired by the protesters.", "fired"),
    ("The rally ended without anyone being arrested.", "arrested"),
    ("Police dispersed the crowd without firing a shot.", "firing"),
])
def test_without_denies(pipeline, text, trigger):
    events = pipeline.extract_text(text, published="2024-04-17").to_dict()["events"]
    assert next(e for e in events if e["trigger"]["text"] == trigger)["status"] == "negated"


def test_set_off_is_no_schedule(pipeline):
    events = pipeline.extract_text("The killing of a woman in custody set off the largest protests "
                                   "in decades.", published="2022-10-01").to_dict()["events"]
    assert next(e for e in events if e["trigger"]["text"] == "protests")["status"] == "asserted"
