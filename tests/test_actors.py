"""Actors and recipients: dependency rules, the actor dictionary, coreference, spans."""

from __future__ import annotations

import pytest
import tomllib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscribe.arguments.actors import attach_actors, compile_dictionary, load_dictionary
from eventscribe.model import SECTORS, Context, Event, Place, Span


def _run(nlp, text: str, trigger: str, event: str = "ASSAULT", *, nth: int = 0,
         focus: str | None = None) -> list[tuple[str, str, str, str | None, str | None]]:
    doc = nlp(text)
    toks = [t for t in doc if t.text == trigger]
    tok = toks[nth]
    sent = tok.sent
    ev = Event(id="t:0", event=event, mode=None,
               trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
               sentence_start=sent.start_char, sentence_end=sent.end_char, token_i=tok.i,
               sent_token_start=sent.start, sent_token_end=sent.end)
    ctx = Context(doc_id="t", text=text, published=None, focus_country=focus)
    attach_actors(doc, [ev], ctx)
    for a in ev.actors:
        assert text[a.start:a.end] == a.text
    return [(a.role, a.text, a.name, a.sector, a.country) for a in ev.actors]


def _role(found, role: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(t, n, s, c) for r, t, n, s, c in found if r == role]


def test_active_subject_and_object(nlp):
    found = _run(nlp, "Soldiers beat the villagers near the border.", "beat")
    assert _role(found, "actor") == [("Soldiers", "military", "MIL", None)]
    assert _role(found, "recipient")[0][2] == "CVL"


def test_passive_agent_and_subject(nlp):
    found = _run(nlp, "Protesters were shot by police in the capital.", "shot")
    assert ("Protesters", "protesters", "CVL", None) in _role(found, "recipient")
    assert ("police", "police", "COP", None) in _role(found, "actor")


def test_the_owner_of_where_it_happened_did_not_do_it(nlp):
    # "his" owns the home the victim was shot in; the army of "the army's raid" did it.
    assert _role(_run(nlp, "A trader was shot dead in his home on Monday.", "shot"), "actor") == []
    found = _run(nlp, "A trader was shot dead in the army's raid.", "shot")
    assert [s for _, _, s, _ in _role(found, "actor")] == ["MIL"]
    # An owner pronoun of a raid is its doer.
    found = _run(nlp, "The army said 20 militants were killed in its raid on the camp.", "killed")
    assert [s for _, _, s, _ in _role(found, "actor")] == ["MIL"]


def test_a_killing_after_a_relative_clause_is_the_attackers(nlp):
    text = ("Police opened fire on residents who had blocked a railway line over fuel prices, "
            "killing one man and wounding 13 others.")
    assert [s for _, _, s, _ in _role(_run(nlp, text, "killing"), "actor")] == ["COP"]


def test_prepositional_recipient_and_coordination(nlp):
    found = _run(nlp, "Police and soldiers fired at demonstrators on Friday.", "fired")
    assert {s for _, _, s, _ in _role(found, "actor")} == {"COP", "MIL"}
    assert _role(found, "recipient") == [("demonstrators", "protesters", "CVL", None)]


def test_phrasal_crackdown_on(nlp):
    found = _run(nlp, "Iranian security forces cracked down on striking workers.", "cracked",
                 "COERCE")
    assert _role(found, "actor") == [("Iranian security forces", "security forces", "COP", "IRN")]
    assert _role(found, "recipient")[0][2] == "LAB"


def test_participle_inherits_subject(nlp):
    found = _run(nlp, "Gunmen stormed the market, killing nine traders.", "killing")
    assert _role(found, "actor")[0][2] == "UAF"
    assert _role(found, "recipient") == [("nine traders", "businesses", "BUS", None)]


def test_relative_clause(nlp):
    found = _run(nlp, "The troops who opened fire on the marchers were withdrawn.", "opened")
    assert _role(found, "actor")[0][2] == "MIL"
    assert _role(found, "recipient")[0][2] == "CVL"


def test_nominal_trigger_of_and_by(nlp):
    found = _run(nlp, "The detention of 30 students by police drew criticism.", "detention",
                 "COERCE")
    assert _role(found, "recipient") == [("30 students", "students", "EDU", None)]
    assert _role(found, "actor") == [("police", "police", "COP", None)]


def test_nominal_trigger_compound(nlp):
    found = _run(nlp, "A police crackdown on journalists followed the vote.", "crackdown",
                 "COERCE")
    assert _role(found, "actor")[0][2] == "COP"
    assert _role(found, "recipient")[0][2] == "JRN"


def test_light_verb_and_quantity(nlp):
    found = _run(nlp, "Hundreds of nurses staged a sit-in outside the ministry.", "sit-in", "PROTEST")
    found = found or _run(nlp, "Hundreds of nurses staged a protest outside the ministry.",
                          "protest", "PROTEST")
    actors = _role(found, "actor")
    assert actors and actors[0][1] == "health workers" and actors[0][2] == "MED"
    assert actors[0][0].startswith("Hundreds of nurses")


def test_take_part_in(nlp):
    found = _run(nlp, "Thousands of farmers took part in the march.", "march", "PROTEST")
    assert _role(found, "actor")[0][1:3] == ("farmers", "AGR")


def test_named_organisation_alias_and_apposition(nlp):
    found = _run(nlp, "The RAB, an elite force, detained a blogger in Dhaka.", "detained",
                 "COERCE")
    assert _role(found, "actor") == [("RAB", "Rapid Action Battalion", "COP", "BGD")]
    found = _run(nlp, "Fighters of the Rapid Support Forces attacked the camp.", "attacked")
    assert _role(found, "actor")[0][1:] == ("Rapid Support Forces", "PRM", "SDN")


def test_named_modifier_wins_over_generic_head(nlp):
    found = _run(nlp, "Hamas militants fired rockets at Israeli towns.", "fired")
    assert _role(found, "actor")[0][1:] == ("Hamas", "REB", "PSE")
    assert _role(found, "recipient")[0][3] == "ISR"


def test_demonym_and_country_name(nlp):
    assert _run(nlp, "Kenyan police arrested ten activists.", "arrested", "COERCE")[0][2:] == (
        "police", "COP", "KEN")
    found = _run(nlp, "Police in Uganda arrested ten activists.", "arrested", "COERCE")
    assert _role(found, "actor")[0][3] == "UGA"


def test_lower_cased_text(nlp):
    found = _run(nlp, "riot police dispersed the protesters with tear gas", "dispersed", "COERCE")
    assert _role(found, "actor")[0][1:3] == ("police", "COP")


def test_focus_country_only_for_domestic_sectors(nlp):
    found = _run(nlp, "Police attacked refugees at the camp.", "attacked", focus="KEN")
    assert _role(found, "actor")[0][3] == "KEN"
    assert _role(found, "recipient")[0][2:] == ("REF", None)


def test_short_acronyms_need_capitals(nlp):
    assert _run(nlp, "The UN condemned the attack.", "condemned", "ACCUSE")[0][2] == "United Nations"
    # "is" is a verb, never the Islamic State
    found = _run(nlp, "is claimed the attack, which killed 4 soldiers.", "killed")
    assert all(name != "Islamic State" for _, _, name, _, _ in found)


def test_pronoun_coreference(nlp):
    text = ("Students from Makerere University marched to parliament on Monday. "
            "They were later dispersed by Ugandan police.")
    found = _run(nlp, text, "dispersed", "COERCE")
    rec = _role(found, "recipient")
    assert rec == [("They", "students", "EDU", None)]
    assert _role(found, "actor")[0][2:] == ("COP", "UGA")


def test_definite_description_coreference(nlp):
    text = ("Kenyan doctors began a strike over unpaid wages. "
            "Police arrested the group outside the hospital.")
    found = _run(nlp, text, "arrested", "COERCE")
    rec = _role(found, "recipient")
    assert rec and rec[0][0] == "group"
    assert rec[0][2:] == ("MED", "KEN")


def test_capital_as_government_and_town_as_civilians(nlp):
    found = _run(nlp, "Berlin rejected the proposal.", "rejected", "REJECT")
    assert _role(found, "actor")[0][2:] == ("GOV", "DEU")
    found = _run(nlp, "Rebels shelled the town of Goma overnight.", "shelled")
    assert _role(found, "recipient")[0][2] == "CVL"
    found = _run(nlp, "Insurgents shelled Kabul on Sunday.", "shelled")
    assert _role(found, "recipient")[0][2] == "CVL"  # a city attacked: its people


def test_former_officials_are_elites(nlp):
    found = _run(nlp, "Former prime minister Nawaz Sharif criticised the army.", "criticised",
                 "ACCUSE")
    assert _role(found, "actor")[0][2] == "ELI"


def test_no_trigger_no_crash(nlp):
    doc = nlp("Nothing happened.")
    ctx = Context(doc_id="t", text=doc.text, published=None)
    assert attach_actors(doc, [], ctx) == []


def test_dictionary_files_are_valid():
    dic = load_dictionary()
    assert len(dic) > 1000
    assert dic.roles is not None and "stage" in dic.roles.light_verbs
    for bucket in dic.index.values():
        for phrase in bucket:
            assert phrase.entry.sector is None or phrase.entry.sector in SECTORS
            c = phrase.entry.country
            assert c is None or (len(c) == 3 and c.isupper())


def test_user_dictionary_extends(nlp):
    extra = tomllib.loads('''
[[org]]
name = "Fictional Guard"
sector = "PRM"
country = "NOR"
aliases = ["Fictiguard"]
''')
    dic = compile_dictionary([("extra.toml", extra)])
    cover = dic.match(nlp("The Fictiguard beat them."))
    assert {m[2].name for m in cover.values()} == {"Fictional Guard"}
    with pytest.raises(ValueError):
        compile_dictionary([("bad.toml", {"agent": [{"name": "x", "sector": "XYZ", "terms": ["x"]}]})])


_SUBJECTS = ["Police", "Riot police", "Soldiers", "Gunmen", "Students", "The Taliban",
             "Kenyan police", "Security forces", "They", "Hundreds of workers", "Al-Shabab fighters"]
_VERBS = ["attacked", "arrested", "beat", "detained", "shot at"]
_OBJECTS = ["protesters", "journalists", "the villagers", "opposition supporters", "3 farmers",
            "refugees in the camp", "members of the PKK", "him"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS), st.sampled_from(_OBJECTS),
       st.sampled_from(["", "On Monday, ", "In Lagos  ", "«Breaking» "]))
def test_spans_always_match_text(nlp, subj, verb, obj, prefix):
    text = f"{prefix}Residents gathered. {subj} {verb} {obj} — witnesses said."
    doc = nlp(text)
    trig = next(t for t in doc if t.text == verb.split()[0])
    ev = Event(id="p:0", event="ASSAULT", mode=None,
               trigger=Span(text=trig.text, start=trig.idx, end=trig.idx + len(trig.text)),
               sentence_start=0, sentence_end=len(text), token_i=trig.i)
    attach_actors(doc, [ev], Context(doc_id="p", text=text, published=None, focus_country="NGA"))
    for a in ev.actors:
        assert text[a.start:a.end] == a.text
        assert a.role in ("actor", "recipient")
        assert a.sector is None or a.sector in SECTORS


def test_adjectives_are_not_actors(nlp):
    found = _run(nlp, "Unions called a general strike on Monday.", "strike", "PROTEST")
    assert [s for _, _, _, s, _ in found] == ["LAB"]
    found = _run(nlp, "A national protest was held in the capital.", "protest", "PROTEST")
    assert found == []


def test_spokespeople_take_their_institution(nlp):
    found = _run(nlp, "Army officials detained the reporter.", "detained", "COERCE")
    assert _role(found, "actor")[0][2] == "MIL"
    found = _run(nlp, "African Union troops fired at the militiamen.", "fired")
    assert _role(found, "actor")[0][1:3] == ("African Union", "MIL")
    found = _run(nlp, "Palestinian leader Yasser Arafat rejected the plan.", "rejected", "REJECT")
    assert _role(found, "actor")[0][1:] == ("Yasser Arafat", "GOV", "PSE")


def test_coreference_fits_the_event(nlp):
    text = ("Riot police fired tear gas at hundreds of nurses outside the ministry. "
            "They had marched from the hospital.")
    found = _run(nlp, text, "marched", "PROTEST", focus="ZMB")
    assert _role(found, "actor") == [("They", "health workers", "MED", "ZMB")]


def test_event_place_country_before_focus(nlp):
    doc = nlp("Soldiers detained two activists.")
    tok = doc[1]
    ev = Event(id="t:0", event="COERCE", mode=None,
               trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
               sentence_start=0, sentence_end=len(doc.text), token_i=tok.i)
    ev.location = Place(text="Dhaka", start=0, end=0, name="Dhaka", country="BGD")
    attach_actors(doc, [ev], Context(doc_id="t", text=doc.text, published=None,
                                      focus_country="KEN"))
    assert {a.country for a in ev.actors} == {"BGD"}


def test_actor_inside_the_event_noun(nlp):
    found = _run(nlp, "Four persons were killed in police firing on Tuesday.", "killed")
    assert _role(found, "actor")[0][1:3] == ("police", "COP")
    found = _run(nlp, "Three people died in an Israeli airstrike.", "died")
    assert _role(found, "recipient")[0][2] == "CVL"
    assert _role(found, "actor")[0][1:] == ("Israel", None, "ISR")


def test_places_dates_and_money_are_not_actors(nlp):
    found = _run(nlp, "Ayodhya witnessed clashes between VHP activists and police.", "clashes",
                 "ASSAULT")
    assert all(text != "Ayodhya" for _, text, _, _, _ in found)
    found = _run(nlp, "Wednesday saw police detain 40 people.", "detain", "COERCE")
    assert all(text != "Wednesday" for _, text, _, _, _ in found)
    assert _role(found, "actor")[0][2] == "COP"


def test_victim_of_a_suffering_verb(nlp):
    found = _run(nlp, "Two miners died after security guards opened fire.", "died")
    assert _role(found, "recipient")[0][1:3] == ("workers", "LAB")


def test_states_and_organisations(nlp):
    found = _run(nlp, "Ghana and Togo condemned the coup.", "condemned", "ACCUSE")
    assert {(n, s, c) for _, _, n, s, c in found} == {("Ghana", "GOV", "GHA"), ("Togo", "GOV", "TGO")}
    found = _run(nlp, "Consumer groups launched a boycott of imported rice.", "boycott", "PROTEST")
    assert _role(found, "actor")[0][2] == "SOC"


def test_participants_around_event_nouns(nlp):
    found = _run(nlp, "Fighting between the army and the Rapid Support Forces resumed.", "Fighting")
    assert {s for _, _, _, s, _ in found} == {"MIL", "PRM"}
    found = _run(nlp, "The rally in Lima drew more than 5,000 people.", "rally", "PROTEST")
    assert _role(found, "actor")[0][2] == "CVL"
    found = _run(nlp, "Farmers drove tractors into the city in protest against subsidy cuts.",
                 "protest", "PROTEST")
    assert _role(found, "actor")[0][1:3] == ("farmers", "AGR")


def test_mobilised_forces_and_victims_of_a_strike(nlp):
    found = _run(nlp, "Riot police were deployed around parliament.", "deployed", "MOBILIZE")
    assert _role(found, "actor")[0][1:3] == ("police", "COP")
    found = _run(nlp, "Warplanes struck a market, killing at least 20 people.", "struck")
    assert ("CVL" in {s for _, _, s, _ in _role(found, "recipient")})


def test_opposition_modifier_and_facilities(nlp):
    found = _run(nlp, "Police detained an opposition mayor.", "detained", "COERCE")
    assert _role(found, "recipient")[0][2] == "OPP"
    found = _run(nlp, "Gunmen attacked a police post overnight.", "attacked")
    assert _role(found, "recipient")[0][2] == "COP"


def test_recipient_in_a_purpose_clause(nlp):
    found = _run(nlp, "Thousands of teachers staged a strike to demand higher wages from the "
                 "provincial government.", "strike", "PROTEST")
    assert _role(found, "actor")[0][2] == "EDU"
    assert [s for _, _, s, _ in _role(found, "recipient")] == ["GOV"]
    found = _run(nlp, "Farmers began a hunger strike in protest against a new tax imposed by "
                 "the finance ministry.", "strike", "PROTEST")
    assert [s for _, _, s, _ in _role(found, "recipient")] == ["GOV"]


def test_recipient_is_who_made_a_rejected_call(nlp):
    found = _run(nlp, "The minister rejected calls by the teachers' union for a pay rise.",
                 "rejected", "REJECT")
    assert _role(found, "recipient")[0][2] == "EDU"


def test_recipient_of_the_verb_of_an_event_noun(nlp):
    found = _run(nlp, "The charity delivered tons of food aid to displaced families.", "aid", "AID")
    assert _role(found, "recipient")[0][2] == "REF"
    found = _run(nlp, "Kenya granted asylum to 30 Ugandan journalists.", "asylum", "AID")
    assert _role(found, "recipient")[0][2:] == ("JRN", "UGA")


def test_subject_of_a_ready_to_clause(nlp):
    found = _run(nlp, "The governor said he was ready to lift the ban on the student union.",
                 "lift", "CONCEDE")
    assert _role(found, "actor")[0][2] == "GOV"


def test_must_clause_is_a_demand_on_its_subject(nlp):
    found = _run(nlp, "The opposition said that the government must release the detainees.",
                 "release", "REQUEST")
    assert [s for _, _, s, _ in _role(found, "actor")] == ["OPP"]
    assert _role(found, "recipient")[0][2] == "GOV"
    # "they must": no demand on another
    found = _run(nlp, "The workers said they must continue the strike.", "continue", "PROTEST")
    assert not any(s == "LAB" for _, _, s, _ in _role(found, "recipient"))


def test_curfew_in_a_city_falls_on_its_people(nlp):
    found = _run(nlp, "The authorities imposed a curfew in Mombasa after the riots.", "curfew",
                 "COERCE")
    assert _role(found, "recipient")[0][::2] == ("Mombasa", "CVL")


def test_no_recipient_guessed_from_the_place(nlp):
    found = _run(nlp, "Students marched in Nairobi on Monday.", "marched", "PROTEST")
    assert _role(found, "recipient") == []
    found = _run(nlp, "Police said the prisoner died in police custody.", "died")
    assert all(s != "COP" for _, _, s, _ in _role(found, "recipient"))


def test_quantity_of_coordinated_peoples(nlp):
    found = _run(nlp, "Soldiers beat scores of Somali and Ethiopian refugees.", "beat")
    assert _role(found, "recipient")[0][2] == "REF"


def test_actor_of_a_statement_and_of_an_engagement(nlp):
    found = _run(nlp, "The rebel group issued a statement condemning the army.", "condemning",
                 "ACCUSE")
    assert _role(found, "actor")[0][2] == "REB"
    assert _role(found, "recipient")[0][2] == "MIL"
    found = _run(nlp, "Militias were engaged in looting across the region.", "looting")
    assert _role(found, "actor")[0][2] == "REB"


def test_victims_of_an_event_noun_under_a_verb_of_suffering(nlp):
    found = _run(nlp, "Two villagers died in the blast near the market.", "blast")
    assert _role(found, "recipient")[0][2] == "CVL"
    found = _run(nlp, "A journalist died as a result of beatings in custody.", "beatings")
    assert _role(found, "recipient")[0][0] == "journalist"


def test_whose_stronghold_and_no_homes_as_partners(nlp):
    found = _run(nlp, "Troops overran a militia stronghold in the hills.", "overran")
    assert _role(found, "recipient")[0][2] == "REB"
    found = _run(nlp, "The council rejected a plan to demolish homes in the old quarter.",
                 "rejected", "REJECT")
    assert _role(found, "recipient") == []


def test_victim_of_a_passive_participle_after_the_main_verb(nlp):
    found = _run(nlp, "A reporter died after being beaten by unidentified men.", "beaten")
    assert _role(found, "recipient")[0][2] == "JRN"
    assert _role(found, "actor")[0][2] == "UAF"


def test_a_protest_is_aimed_at_who_did_the_thing_protested(nlp):
    found = _run(nlp, "Hundreds of lawyers marched in protest at the detention of a colleague by "
                 "the army.", "marched", "PROTEST")
    assert _role(found, "recipient")[0][2] == "MIL"


def test_countries_of_towns_and_of_leaders_named(nlp):
    found = _run(nlp, "Troops shelled Jericho overnight.", "shelled", focus="EGY")
    assert _role(found, "recipient")[0][2:] == ("CVL", "PSE")
    found = _run(nlp, "President Bill Clinton condemned the attack.", "condemned", "ACCUSE",
                 focus="IRQ")
    assert _role(found, "actor")[0][3] == "USA"


def test_a_gerund_with_a_modifier_is_an_event_noun(nlp):
    found = _run(nlp, "Two youths died in the police firing on Tuesday.", "firing")
    assert _role(found, "actor")[0][2] == "COP"
    assert _role(found, "recipient")[0][2] == "CVL"


def test_the_doer_of_a_denounced_deed_is_the_recipient(nlp):
    found = _run(nlp, "Students gathered to denounce the detention of activists by the army.",
                 "gathered", "PROTEST")
    assert [s for _, _, s, _ in _role(found, "recipient")] == ["MIL"]


def test_a_state_that_aid_goes_to_is_a_recipient_a_town_marched_to_is_not(nlp):
    found = _run(nlp, "Japan sent emergency aid to Turkey after the earthquake.", "aid", "AID")
    assert ("Turkey", "GOV", "TUR") in [(t, s, c) for t, _, s, c in _role(found, "recipient")]
    found = _run(nlp, "Farmers marched to Nairobi on Monday.", "marched", "PROTEST")
    assert _role(found, "recipient") == []


def test_who_held_the_victim_in_custody(nlp):
    found = _run(nlp, "A prisoner died of torture in army custody.", "torture")
    assert _role(found, "actor")[0][2] == "MIL"


def test_the_when_clause_names_who_did_the_harm(nlp):
    found = _run(nlp, "Two students were killed and four injured when troops opened fire.", "injured")
    assert _role(found, "recipient")[0][0] == "four"
    assert [(t, s) for t, _, s, _ in _role(found, "actor")] == [("troops", "MIL")]
    found = _run(nlp, "Three officers were hurt when rioters hurled rocks.", "hurt")
    assert [(t, s) for t, _, s, _ in _role(found, "actor")] == [("rioters", "CVL")]
    # A past-tense verb the tagger reads as a participle keeps its subject as the actor.
    found = _run(nlp, "In 2017, soldiers in the north killed at least 12 people.", "killed")
    assert _role(found, "actor")[0][0] == "soldiers"


def test_the_denied_appositive_did_not_do_it(nlp):
    found = _run(nlp, "It was the army, not the police, that opened fire on the crowd.", "opened")
    assert [(t, s) for t, _, s, _ in _role(found, "actor")] == [("army", "MIL")]


@pytest.mark.parametrize(("text", "sector"), [
    ("Army snipers shot two marchers near the bridge.", "MIL"),
    ("Government snipers shot two marchers near the bridge.", "COP"),
    ("Police snipers shot two marchers near the bridge.", "COP"),
    # A sniper of no named side stays unidentified armed men.
    ("Snipers shot two marchers near the bridge.", "UAF"),
])
def test_whose_snipers(nlp, text, sector):
    found = _run(nlp, text, "shot")
    assert _role(found, "actor")[0][2] == sector


def test_recipients_of_the_clause_search_are_marked_inferred(nlp):
    from eventscribe.model import Actor

    def actors(text: str, trigger: str, event: str) -> list[Actor]:
        doc = nlp(text)
        tok = next(t for t in doc if t.text == trigger)
        ev = Event(id="t:0", event=event, mode=None,
                   trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
                   sentence_start=tok.sent.start_char, sentence_end=tok.sent.end_char,
                   token_i=tok.i, sent_token_start=tok.sent.start, sent_token_end=tok.sent.end)
        attach_actors(doc, [ev], Context(doc_id="t", text=text, published=None))
        return ev.actors

    found = actors("Dock workers went on strike to force the port authority to raise pay.",
                   "strike", "PROTEST")
    guessed = [a for a in found if a.role == "recipient"]
    assert guessed and all(a.inferred for a in guessed)
    assert all(not a.inferred for a in found if a.role == "actor")
    direct = actors("Soldiers beat the villagers near the border.", "beat", "ASSAULT")
    assert direct and not any(a.inferred for a in direct)
    # The flag is in the output and reads back.
    assert Actor.from_dict(guessed[0].to_dict()).inferred is True


def test_doer_of_a_misparsed_police_firing(nlp):
    # The small model parses "perished in police firing" as [in police] [firing].
    for text in ("a shop was set alight and a 17-year-old boy perished in police firing as the "
                 "curfew began.",
                 "a bus was torched and a student perished in police firing as the curfew began."):
        found = _run(nlp, text, "firing")
        assert ("police", "COP") in [(n, s) for _, n, s, _ in _role(found, "actor")], text


def test_attack_named_again_with_the_takes_its_doer(pipeline):
    text = ("Police opened fire on a crowd that was looting shops near the depot. Later one "
            "man was killed in the firing.")
    res = pipeline.extract_text(text)
    killed = next(e for e in res.events if "killed" in e.counts)
    doers = [a for a in killed.actors if a.role == "actor"]
    assert [(a.text, a.sector) for a in doers] == [("Police", "COP")]
    assert text[doers[0].start:doers[0].end] == "Police"
    # Not across a paragraph, and not without "the".
    text = ("Police opened fire on a crowd that was looting shops near the depot.\n\n"
            "Later one man was killed in the firing.")
    res = pipeline.extract_text(text)
    killed = next(e for e in res.events if "killed" in e.counts)
    assert not [a for a in killed.actors if a.role == "actor"]


def test_a_date_the_parse_hung_on_the_subject_is_not_part_of_it(nlp):
    found = _run(nlp, "On 8 September police fired tear gas at the crowd.", "fired")
    assert _role(found, "actor") == [("police", "police", "COP", None)]


def test_target_after_the_things_fired(nlp):
    # "live" taken for a verb coordinated with the first weapon; the target hangs off it.
    for text in ("Soldiers fired rubber bullets and live ammunition at students.",
                 "Police fired tear gas, water cannon and then live rounds at the crowd."):
        found = _run(nlp, text, "fired")
        assert len(_role(found, "recipient")) == 1, text
        assert _role(found, "recipient")[0][0] in ("students", "crowd"), text


def test_places_of_a_protest_are_not_its_recipients(nlp):
    found = _run(nlp, "Hundreds of thousands of Nepalis took to the streets of Kathmandu, Bhaktapur "
                      "and Patan.", "took", "PROTEST")
    assert _role(found, "recipient") == []
    found = _run(nlp, "Royalists clashed with riot police at Tinkune in Kathmandu.", "clashed", "PROTEST")
    assert [t for t, _, _, _ in _role(found, "recipient")] == ["riot police"]


def test_supporters_of_a_former_ruler_are_opposition(nlp):
    found = _run(nlp, "Supporters of the former president clashed with police in Lima.", "clashed",
                 "PROTEST")
    assert _role(found, "actor")[0][2] == "OPP"


def test_a_town_where_shots_were_fired_is_not_their_target(nlp):
    for text in ("Soldiers opened fire in Bamako on Friday.",
                 "Police opened fire in the town of Kisumu."):
        found = _run(nlp, text, "opened", "ASSAULT")
        assert _role(found, "recipient") == [], text
    # A town shelled is its people.
    found = _run(nlp, "Troops shelled the town of Sloviansk.", "shelled", "ASSAULT")
    assert [t for t, _, _, _ in _role(found, "recipient")] == ["town"]


def test_those_taken_into_custody_are_its_recipients(pipeline):
    for text, who in (("Both accused were later taken into custody at the bus stand.", "accused"),
                      ("Forty students were placed under arrest by the police.", "Forty students")):
        events = pipeline.extract_text(text, published="2020-02-03").to_dict()["events"]
        arrest = next(e for e in events if e["plover"]["event"] == "COERCE")
        assert [a["text"] for a in arrest["actors"] if a["role"] == "recipient"] == [who], text
        assert who not in [a["text"] for a in arrest["actors"] if a["role"] == "actor"]


def test_whom_a_warning_of_arrests_is_aimed_at(pipeline):
    for text in ("The governor warned that police would detain the bus owners.",
                 "Soldiers will shoot looters on sight, the general warned."):
        events = pipeline.extract_text(text, published="2022-05-10").to_dict()["events"]
        threat = next(e for e in events if e["plover"]["event"] == "THREATEN")
        targets = [a["text"] for a in threat["actors"] if a["role"] == "recipient"]
        assert targets and targets[0] in ("bus owners", "looters"), text


@pytest.mark.parametrize(("text", "sector"), [
    ("Police detained the strike leaders at the depot.", "LAB"),
    ("Police detained the protest organisers at the square.", "CVL"),
    ("Police detained two tribal leaders at the checkpoint.", "ELI"),
])
def test_leaders_of_a_strike_or_a_protest(nlp, text, sector):
    found = _run(nlp, text, "detained")
    assert _role(found, "recipient")[0][2] == sector


def test_a_contrasting_while_clause_is_its_own_event_with_its_own_doer(pipeline):
    text = "Two guards were stabbed by looters, while three students were wounded in army gunfire."
    events = pipeline.extract_text(text, published="2002-03-05").to_dict()["events"]
    assaults = {e["trigger"]["text"]: e for e in events if e["plover"]["event"] == "ASSAULT"}
    assert set(assaults) >= {"stabbed", "wounded"}
    doer = {t: [a["sector"] for a in e["actors"] if a["role"] == "actor"] for t, e in assaults.items()}
    assert doer["stabbed"] == ["CRM"] and doer["wounded"] == ["MIL"]


def test_a_place_named_by_its_police_station_did_nothing(nlp):
    found = _run(nlp, "two vendors were hurt in stabbing in the jurisdiction of sadar police station "
                      "on friday.", "stabbing", "ASSAULT")
    assert _role(found, "actor") == []


def test_an_ias_officer_is_a_civil_servant(nlp):
    found = _run(nlp, "An IAS officer ordered the arrest of the traders.", "arrest", "COERCE")
    assert [s for _, _, s, _ in _role(found, "actor")] == ["GOV"]


def test_who_fails_to_contain_violence_did_not_commit_it(nlp):
    found = _run(nlp, "Constables struggled to contain the violence near the mosque.", "violence", "ASSAULT")
    assert "COP" not in [s for _, _, s, _ in _role(found, "actor")]


def test_house_arrest_is_no_arrest_by_a_house(nlp):
    found = _run(nlp, "The opposition leader was put under house arrest.", "arrest", "COERCE")
    assert _role(found, "actor") == []
    assert [t for t, _, _, _ in _role(found, "recipient")] == ["opposition leader"]


def test_what_is_under_attack_is_its_recipient(nlp):
    found = _run(nlp, "Villagers in the valley are under daily bombardment.", "bombardment")
    assert [t for t, *_ in _role(found, "recipient")] == ["Villagers"]
    assert _role(found, "actor") == []
    found = _run(nlp, "The aid convoy came under fire near the crossing.", "fire")
    assert [t for t, *_ in _role(found, "recipient")] == ["aid convoy"]


def test_whose_decision_to_act_does_it(nlp):
    found = _run(nlp, "President Okafor's 2019 decision to bomb the rebel camps was popular.", "bomb")
    assert [t for t, *_ in _role(found, "actor")] == ["President Okafor"]


def test_a_region_that_names_where_is_no_actor(nlp):
    found = _run(nlp, "Twelve conscripts were killed in the Marwick region last winter.", "killed")
    assert [t for t, *_ in _role(found, "actor")] == []


def test_passive_conjunct_of_a_relative_clause_is_done_to_its_subject(nlp):
    found = _run(nlp, "They feared the return of fighters who had gone abroad and had not been "
                      "captured.", "captured", "COERCE")
    assert [t for t, *_ in _role(found, "recipient")] == ["fighters"]
    assert _role(found, "actor") == []


def test_a_leader_named_in_full_keeps_his_country_by_surname(pipeline):
    text = ("Barack Obama met the rebels' envoys in Cairo. Obama later agreed a truce with "
            "the Syrian government.")
    events = pipeline.extract_text(text, published="2014-05-01").to_dict()["events"]
    truce = next(e for e in events if e["trigger"]["text"] == "agreed")
    doers = [(a["text"], a["country"]) for a in truce["actors"] if a["role"] == "actor"]
    assert doers == [("Obama", "USA")]


def test_a_town_attacked_is_of_the_country_the_event_is_placed_in(pipeline):
    # Salisbury is also the old name of Harare; the attack is placed in England.
    text = "Police in England said the knife attack in Salisbury on Friday was planned."
    events = pipeline.extract_text(text, published="2018-04-06").to_dict()["events"]
    attack = next(e for e in events if e["trigger"]["text"] == "attack")
    assert attack["location"]["country"] == "GBR"
    assert [(a["text"], a["country"]) for a in attack["actors"] if a["role"] == "recipient"] == \
        [("Salisbury", "GBR")]


def test_the_inspector_general_of_police_is_police(nlp):
    found = _run(nlp, "The inspector general of police warned that officers would arrest "
                      "anyone blocking roads.", "warned", "THREATEN")
    assert [(t, s) for t, _, s, _ in _role(found, "actor")] == [("inspector general of police", "COP")]


def test_the_one_an_arrest_happened_to_is_no_target_of_the_protest(pipeline):
    events = pipeline.extract_text("In 2021, thousands marched again after the arrest of an "
                                   "opposition leader.", published="2024-05-20").to_dict()["events"]
    march = next(e for e in events if e["trigger"]["text"] == "marched")
    assert [a["text"] for a in march["actors"] if a["role"] == "recipient"] == []
    # What a protest wants done to someone names its target.
    events = pipeline.extract_text("Egyptian demonstrators marched to demand the removal of "
                                   "President Hosni Mubarak.", published="2011-02-01").to_dict()["events"]
    march = next(e for e in events if e["trigger"]["text"] == "marched")
    assert "President Hosni Mubarak" in [a["text"] for a in march["actors"] if a["role"] == "recipient"]


def test_who_suspects_a_hand_in_an_attack_did_not_do_it(pipeline):
    events = pipeline.extract_text("After suspecting a rebel hand in the arson, senior police "
                                   "officers are now denying it.", published="2002-03-05").to_dict()["events"]
    arson = next(e for e in events if e["trigger"]["text"] == "arson")
    assert [a["text"] for a in arson["actors"] if a["role"] == "actor"] == []


def test_who_is_called_on_to_act_is_its_doer(pipeline):
    events = pipeline.extract_text("The committees have called on soldiers not to open fire.",
                                   published="2023-07-02").to_dict()["events"]
    fire = next(e for e in events if e["trigger"]["text"] == "fire")
    assert [a["text"] for a in fire["actors"] if a["role"] == "actor"] == ["soldiers"]
