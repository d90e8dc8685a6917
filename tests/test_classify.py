"""ACLED typing: event-note style sentences written for these tests (not ACLED's own text)."""

from __future__ import annotations

import pytest

from eventscribe.classify import classify, load_map, parse_roles
from eventscribe.detect import detect
from eventscribe.model import ACLED_SUB_TO_TYPE, Actor, Context, Event

# (text, event_type, sub_event_type)
ACLED_CASES = [
    ("On 3 May 2021, police fired live rounds at protesters demanding the resignation of the "
     "governor in Cali, killing 2.", "Protests", "Excessive force against protesters"),
    ("On 12 June 2020, around 300 teachers demonstrated outside the education ministry in "
     "Nairobi to demand unpaid salaries.", "Protests", "Peaceful protest"),
    ("On 5 March 2019, police used tear gas to disperse students protesting tuition increases "
     "in Kampala.", "Protests", "Protest with intervention"),
    ("On 14 July 2021, rioters looted shops and set fire to a shopping mall in Durban.",
     "Riots", "Violent demonstration"),
    ("On 2 February 2022, a mob beat to death a man accused of stealing a motorbike in Kano.",
     "Riots", "Mob violence"),
    ("On 8 August 2020, unidentified gunmen shot dead a local councillor in his home in "
     "Guerrero.", "Violence against civilians", "Attack"),
    ("On 19 October 2021, suspected militants abducted 15 villagers from a farm near Zamfara.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("On 7 April 2019, soldiers raped two women at a checkpoint in Ituri.",
     "Violence against civilians", "Sexual violence"),
    ("On 22 September 2020, soldiers clashed with al-Shabaab militants near Afgooye, killing 4 "
     "militants.", "Battles", "Armed clash"),
    ("On 10 January 2022, government forces recaptured the town of Bama from Boko Haram "
     "fighters.", "Battles", "Government regains territory"),
    ("On 25 May 2021, rebels seized the town of Kidal after government troops withdrew.",
     "Battles", "Non-state actor overtakes territory"),
    ("On 4 November 2021, an airstrike by the military hit a market in Mekelle, killing 10 "
     "civilians.", "Explosions/Remote violence", "Air/drone strike"),
    ("On 18 March 2020, a drone strike targeted a vehicle carrying militants near Marib.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("On 30 June 2019, government forces shelled rebel positions in the Nuba mountains.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 15 August 2021, an IED exploded under a police vehicle on the road to Mopti, killing "
     "3 officers.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("On 1 December 2020, a suicide bomber blew himself up at a mosque in Kabul, killing 12 "
     "worshippers.", "Explosions/Remote violence", "Suicide bomb"),
    ("On 9 September 2019, unknown assailants threw a grenade at a bar in Bujumbura, "
     "injuring 6.", "Explosions/Remote violence", "Grenade"),
    ("On 20 February 2022, police arrested 14 opposition activists in Harare.",
     "Strategic developments", "Arrests"),
    ("On 11 May 2020, the government and the rebels signed a ceasefire agreement in Juba.",
     "Strategic developments", "Agreement"),
    ("On 3 January 2021, unidentified men burned down the offices of a political party in "
     "Mombasa.", "Strategic developments", "Looting/property destruction"),
    ("On 6 April 2021, hundreds of farmers blocked the highway near Delhi to protest new farm "
     "laws.", "Protests", "Peaceful protest"),
    ("On 27 October 2020, police arrested 30 protesters during a demonstration against the "
     "curfew in Lagos.", "Protests", "Protest with intervention"),
    ("On 16 June 2021, security forces opened fire on demonstrators in Khartoum, killing 5.",
     "Protests", "Excessive force against protesters"),
    ("On 13 September 2019, protesters threw stones at police and burned tyres in "
     "Port-au-Prince.", "Riots", "Violent demonstration"),
    ("On 21 March 2022, nurses went on strike at the main hospital in Lilongwe over unpaid "
     "allowances.", "Protests", "Peaceful protest"),
    ("On 2 July 2020, a landmine exploded under a bus near Kandahar, killing 4 passengers.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("On 29 August 2021, militiamen attacked a village near Djugu, killing 17 civilians with "
     "machetes.", "Violence against civilians", "Attack"),
    ("On 17 January 2022, police beat and arrested a journalist covering a rally in Minsk.",
     "Protests", "Protest with intervention"),
    ("On 8 May 2021, army troops killed 3 civilians at a roadblock in Sagaing.",
     "Violence against civilians", "Attack"),
    ("On 12 December 2019, rebels ambushed an army patrol near Beni, killing 6 soldiers.",
     "Battles", "Armed clash"),
    ("On 24 February 2020, Israeli warplanes struck targets in southern Gaza.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("On 5 October 2021, artillery fire hit residential areas of Donetsk.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("On 9 June 2020, residents lynched two suspected thieves in Bukavu.",
     "Riots", "Mob violence"),
    ("On 14 April 2021, opposition supporters held a peaceful rally in Dhaka.",
     "Protests", "Peaceful protest"),
    ("On 30 November 2020, a roadside bomb killed two soldiers near Gao.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("On 3 August 2022, gunmen kidnapped a priest in Kaduna.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ('On 4 March 2021, security forces killed 18 people when they opened fire on anti-coup demonstrators in Mandalay.',
     'Protests', 'Excessive force against protesters'),
    ('On 10 May 2022, around 50 market vendors gathered outside the municipal office in Tamale to protest against a new levy. The protest ended peacefully.',
     'Protests', 'Peaceful protest'),
    ('On 22 July 2020, police dispersed a sit-in by unemployed graduates in Rabat and detained several participants.',
     'Protests', 'Protest with intervention'),
    ('On 1 October 2019, angry residents set ablaze a police post in Kisumu after a boy was hit by a police car.',
     'Riots', 'Violent demonstration'),
    ('On 6 June 2021, villagers beat a suspected witch to death in Mbeya.',
     'Riots', 'Mob violence'),
    ('On 18 August 2022, armed men stormed a village in Tillaberi and killed 11 civilians.',
     'Violence against civilians', 'Attack'),
    ('On 2 April 2020, FARC dissidents kidnapped a social leader in Cauca.',
     'Violence against civilians', 'Abduction/forced disappearance'),
    ('On 25 September 2021, clashes broke out between the army and ISWAP fighters near Damboa.',
     'Battles', 'Armed clash'),
    ('On 12 March 2022, Russian forces shelled residential buildings in Kharkiv, killing 4 civilians.',
     'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('On 19 January 2021, a US drone strike killed two al-Shabaab commanders near Jilib.',
     'Explosions/Remote violence', 'Air/drone strike'),
    ('On 7 July 2020, an improvised explosive device detonated near a patrol of the Malian army in Mopti region.',
     'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    ('On 30 October 2019, a grenade was thrown into a crowd at a market in Goma, wounding 9.',
     'Explosions/Remote violence', 'Grenade'),
    ('On 15 November 2021, police arrested a prominent opposition journalist at his home in Kampala.',
     'Strategic developments', 'Arrests'),
    ('On 8 February 2020, the government and the armed group signed a peace agreement in Bangui.',
     'Strategic developments', 'Agreement'),
    ('On 21 June 2022, suspected Fulani herdsmen attacked farmers in Benue state, killing 7.',
     'Violence against civilians', 'Attack'),
    ('On 13 April 2021, thousands of workers went on strike in Dhaka demanding unpaid wages.',
     'Protests', 'Peaceful protest'),
    ('On 28 December 2020, protesters clashed with police in Lagos, throwing stones and burning tyres.',
     'Riots', 'Violent demonstration'),
    ('On 3 May 2022, a suicide bomber detonated his vest at a checkpoint in Mogadishu, killing 6 soldiers.',
     'Explosions/Remote violence', 'Suicide bomb'),
    ('On 9 September 2021, al-Shabaab militants overran a military base in Lower Shabelle.',
     'Battles', 'Non-state actor overtakes territory'),
    ('On 16 March 2020, police beat protesters with batons and fired tear gas in Conakry.',
     'Protests', 'Protest with intervention'),
    ('On 11 August 2021, gunmen abducted 20 students from a school in Kaduna.',
     'Violence against civilians', 'Abduction/forced disappearance'),
    ('On 2 June 2022, a soldier raped a teenage girl in Beni territory.',
     'Violence against civilians', 'Sexual violence'),
    ('On 27 April 2021, government forces retook control of the town of Mansila from JNIM.',
     'Battles', 'Government regains territory'),
    ('On 5 December 2020, unknown gunmen shot and killed a police officer in Kaduna.',
     'Battles', 'Armed clash'),
    # news-snippet style, several sentences, no date lead
    ('Two people were killed on Tuesday when security forces opened fire on protesters in the capital, witnesses said. The demonstrators had gathered to denounce the election results.',
     'Protests', 'Excessive force against protesters'),
    ('Fighting between the army and RSF paramilitaries continued for a third day in Khartoum on Monday, residents said.',
     'Battles', 'Armed clash'),
    ('Militants attacked a police station in the northern town overnight, killing three officers, officials said.',
     'Battles', 'Armed clash'),
    ('A car bomb exploded outside a government building in Mogadishu on Saturday, killing at least 8 people.',
     'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    ('Hundreds of doctors marched through the city centre on Wednesday demanding better pay and working conditions.',
     'Protests', 'Peaceful protest'),
    ('Police detained dozens of activists ahead of a planned opposition rally, a rights group said.',
     'Strategic developments', 'Arrests'),
    ('Israeli aircraft struck several targets in the Gaza Strip overnight, the military said.',
     'Explosions/Remote violence', 'Air/drone strike'),
    ('Angry youths burned tyres and pelted police with stones in the township after a local councillor was arrested.',
     'Riots', 'Violent demonstration'),
    ('Gunmen on motorbikes killed 12 villagers in an attack on a village in northern Burkina Faso.',
     'Violence against civilians', 'Attack'),
    ('Riot police used tear gas and water cannon to break up a protest by thousands of opposition supporters in Tbilisi.',
     'Protests', 'Protest with intervention'),
    ('Rebels shelled government positions around the city with mortars, killing two soldiers.',
     'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('A mob set fire to a church in the village after rumours of blasphemy spread.',
     'Riots', 'Mob violence'),
    ('Unknown assailants hurled a grenade at a police patrol in Srinagar, injuring two policemen.',
     'Explosions/Remote violence', 'Grenade'),
    ('The government and rebel leaders signed a peace deal in Addis Ababa on Wednesday.',
     'Strategic developments', 'Agreement'),
    ('At least 40 people were abducted by gunmen from a church in Ondo state, police said.',
     'Violence against civilians', 'Abduction/forced disappearance'),
    ('Teachers across the country went on strike on Monday over delayed salaries.',
     'Protests', 'Peaceful protest'),
    ('Soldiers shot dead a man at a checkpoint in the region, local sources said.',
     'Violence against civilians', 'Attack'),
    ('Police used batons to disperse a crowd of traders protesting the demolition of their stalls.',
     'Protests', 'Protest with intervention'),
    ('A landmine blast killed four soldiers on patrol near the border.',
     'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    ('Protesters stormed the parliament building and set parts of it on fire.',
     'Riots', 'Violent demonstration'),
]


def run(nlp, text: str) -> list[Event]:
    doc = nlp(text)
    ctx = Context(doc_id="t", text=text, published=None)
    return classify(doc, detect(doc, ctx), ctx)


def main(events: list[Event]) -> Event | None:
    return max(events, key=lambda e: e.confidence) if events else None


def test_map_loads():
    amap = load_map()
    assert amap.rules and amap.rules[-1].acled is None  # the out-of-scope fallback


def test_acled_notes_without_actors(nlp):
    """The parse-only path (no actors attached): the main event's ACLED type."""
    sub_ok = type_ok = 0
    misses = []
    for (text, etype, sub), doc in zip(ACLED_CASES, nlp.pipe([c[0] for c in ACLED_CASES]),
                                       strict=True):
        ctx = Context(doc_id="t", text=text, published=None)
        ev = main(classify(doc, detect(doc, ctx), ctx))
        got = ev.acled if ev else None
        type_ok += bool(got and got.event_type == etype)
        sub_ok += bool(got and got.sub_event_type == sub)
        if not (got and got.sub_event_type == sub):
            misses.append((text, sub, got))
    assert type_ok / len(ACLED_CASES) >= 0.9, misses
    assert sub_ok / len(ACLED_CASES) >= 0.85, misses


def test_acled_notes_through_the_pipeline(pipeline):
    """The whole pipeline (actors, counts ... attached) keeps the event types right."""
    type_ok = 0
    for text, etype, _sub in ACLED_CASES:
        result = pipeline.extract_text(text, published="2022-01-01")
        ev = main(result.events)
        type_ok += bool(ev and ev.acled and ev.acled.event_type == etype)
    assert type_ok / len(ACLED_CASES) >= 0.8


def test_acled_strings_are_valid(nlp):
    for text, _etype, _sub in ACLED_CASES[:12]:
        for ev in run(nlp, text):
            if ev.acled is not None:
                assert ACLED_SUB_TO_TYPE[ev.acled.sub_event_type] == ev.acled.event_type


@pytest.mark.parametrize("text", [
    "The foreign ministers met in Vienna to discuss the nuclear deal.",
    "Japan pledged humanitarian aid to the flood victims.",
    "The opposition condemned the new electoral law.",
])
def test_out_of_scope_is_null(nlp, text):
    ev = main(run(nlp, text))
    assert ev is not None and ev.acled is None


def test_parse_roles(nlp):
    doc = nlp("Police arrested dozens of protesters outside the court.")
    ctx = Context(doc_id="t", text=doc.text, published=None)
    ev = next(e for e in detect(doc, ctx) if e.event == "COERCE")
    actor, recipient = parse_roles(doc, ev)
    assert actor == {"state_force"} and recipient == {"protester"}


def test_actor_sectors_take_precedence(nlp):
    text = "The two groups attacked each other near the river on Sunday."
    doc = nlp(text)
    ctx = Context(doc_id="t", text=text, published=None)
    events = [e for e in detect(doc, ctx) if e.event == "ASSAULT"]
    assert events
    ev = events[0]
    ev.actors = [
        Actor(text="The two groups", start=0, end=14, role="actor", name="army", sector="MIL"),
        Actor(text="each other", start=33, end=43, role="recipient", name="rebels", sector="REB"),
    ]
    classify(doc, [ev], ctx)
    assert ev.acled is not None and ev.acled.sub_event_type == "Armed clash"


def test_violence_by_protesters_becomes_a_riot(nlp):
    ev = main(run(nlp, "Demonstrators attacked a police post with stones and petrol bombs."))
    assert ev is not None and ev.event == "PROTEST" and ev.mode == "riot"
    assert ev.acled is not None and ev.acled.event_type == "Riots"


def test_clash_with_police_is_not_a_beating(nlp):
    from eventscribe.classify import classify
    from eventscribe.detect import detect
    from eventscribe.model import Context

    text = "Riot police clashed with students outside the university."
    doc = nlp(text)
    ctx = Context(doc_id="t", text=text, published=None)
    evs = classify(doc, detect(doc, ctx), ctx)
    assert all(e.mode != "beat" for e in evs)


@pytest.mark.parametrize("text", [
    "Hundreds of villagers protested the rape of a schoolgirl by a soldier.",
    "Protesters marched through the town and looted several shops.",
    # What a protest is about is no intervention in it.
    "Bus drivers rallied against the arrest of their union secretary.",
    "Dockers walked out in protest at the detention of two shop stewards.",
    "Nurses marched over the beating of a colleague by a patient's relatives.",
])
def test_protest_without_policing_is_peaceful_or_riot(pipeline, text):
    res = pipeline.extract_text(text)
    subs = {e.acled.sub_event_type for e in res.events if e.event == "PROTEST" and e.acled}
    assert "Protest with intervention" not in subs


def test_policing_told_with_the_protest_is_an_intervention(pipeline):
    # The same words told as what happened to the protest, not as what it was about.
    for text in ("Bus drivers rallied outside the depot, and police arrested their union secretary.",
                 "Pensioners protested every Monday until police dispersed them with water cannon."):
        res = pipeline.extract_text(text)
        subs = {e.acled.sub_event_type for e in res.events if e.acled}
        assert "Protest with intervention" in subs, text


def test_force_told_as_at_the_same_time_makes_the_protest_an_intervention(pipeline):
    # "as", "while": the same time; "after" another (see the grievance cases above).
    for text in ("Cab drivers marched on the port as police fired tear gas at them.",
                 "Teachers rallied outside the ministry while gendarmes beat them with batons."):
        res = pipeline.extract_text(text)
        subs = {e.acled.sub_event_type for e in res.events if e.event == "PROTEST" and e.acled}
        assert subs == {"Protest with intervention"}, text


def test_riot_police_is_no_riot(pipeline):
    for text in ("riot police armed with truncheons detained 40 students.",
                 "Riot police armed with shields arrested the union leaders."):
        res = pipeline.extract_text(text)
        assert not [e for e in res.events if e.event == "PROTEST"], text


@pytest.mark.parametrize(("text", "sub"), [
    # A clash told beside a protest, with no armed group in it, is the protest turned violent.
    ("Fresh clashes broke out in the capital as the protest over fuel prices continued.",
     "Violent demonstration"),
    # Without a protest, or between armed sides, it stays a battle.
    ("Clashes broke out near the border on Sunday.", "Armed clash"),
    ("Rebels clashed with troops near the border on Sunday.", "Armed clash"),
])
def test_a_clash_beside_a_protest(pipeline, text: str, sub: str) -> None:
    events = pipeline.extract_text(text, published="2022-01-01").events
    clash = next(e for e in events if e.trigger.text.lower().startswith("clash"))
    assert clash.acled is not None and clash.acled.sub_event_type == sub
