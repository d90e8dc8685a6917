"""Places: which place each event took place in, and the document's focus country."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscribe.arguments.places import attach_places
from eventscribe.model import Context, Event, Place, Span


def _event(doc, trigger: str, nth: int = 0) -> Event:
    """An event whose trigger is the nth occurrence of ``trigger`` in the text."""
    pos = -1
    for _ in range(nth + 1):
        pos = doc.text.index(trigger, pos + 1)
    tok = doc.char_span(pos, pos + len(trigger), alignment_mode="expand").root
    sent = tok.sent
    return Event(id="t:0", event="PROTEST", mode="demo",
                 trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
                 sentence_start=sent.start_char, sentence_end=sent.end_char, token_i=tok.i,
                 sent_token_start=sent.start, sent_token_end=sent.end)


def place_of(nlp, text: str, trigger: str, *, title: str | None = None) -> tuple[Place | None, Context]:
    doc = nlp(text)
    ctx = Context(doc_id="t", text=text, published=None, title=title)
    ev = _event(doc, trigger)
    attach_places(doc, [ev], ctx)
    if ev.location is not None:
        loc = ev.location
        assert text[loc.start:loc.end] == loc.text
    return ev.location, ctx


def test_town_in_focus_country(nlp) -> None:
    text = ("Iran's government faces new unrest over prices. Protesters gathered in Mashhad on "
            "Friday, chanting against the rising cost of bread.")
    loc, ctx = place_of(nlp, text, "gathered")
    assert ctx.focus_country == "IRN"
    assert loc is not None and loc.name == "Mashhad" and loc.country == "IRN"
    assert loc.precision == 1 and loc.text == "Mashhad"
    assert loc.admin1 and loc.geonameid and loc.lat is not None


def test_paris_texas_and_paris(nlp) -> None:
    loc, _ = place_of(nlp, "About 300 people rallied in Paris, Texas, on Saturday against the "
                           "closure of the county hospital.", "rallied")
    assert loc is not None and loc.country == "USA" and loc.admin1 == "Texas"
    loc, _ = place_of(nlp, "About 300 people rallied in Paris on Saturday against the pension "
                           "reform.", "rallied")
    assert loc is not None and loc.country == "FRA"


def test_dateline(nlp) -> None:
    text = "LAGOS, June 12 (Reuters) - Police fired tear gas at hundreds of protesters on Saturday."
    loc, ctx = place_of(nlp, text, "fired")
    assert loc is not None and loc.name == "Lagos" and loc.country == "NGA"
    assert (loc.start, loc.end) == (0, 5)
    assert ctx.focus_country == "NGA" and ctx.dateline is not None


def test_the_capital(nlp) -> None:
    text = ("Kenya's opposition has called for more demonstrations. Its supporters marched in the "
            "capital on Monday.")
    loc, _ = place_of(nlp, text, "marched")
    assert loc is not None and loc.name == "Nairobi" and loc.text == "the capital"
    assert loc.precision == 1


def test_based_is_not_where(nlp) -> None:
    text = ("Security forces shot dead two protesters in Homs on Friday, the London-based Syrian "
            "Observatory for Human Rights said.")
    loc, ctx = place_of(nlp, text, "shot")
    assert ctx.focus_country == "SYR"
    assert loc is not None and loc.name == "Homs"
    text = ("Police detained 40 activists on Monday, a Nairobi-based rights group said. The "
            "arrests came after weeks of protests in Uganda.")
    loc, ctx = place_of(nlp, text, "detained")
    assert loc is None or loc.country != "KEN"
    assert ctx.focus_country == "UGA"


def test_region_of_country(nlp) -> None:
    loc, _ = place_of(nlp, "Gunmen killed 12 villagers in northern Nigeria on Tuesday.", "killed")
    assert loc is not None and loc.country == "NGA" and loc.precision == 3
    assert loc.text == "northern Nigeria"


def test_nationwide(nlp) -> None:
    text = "Argentina's unions are angry. Strikes spread across several provinces on Monday."
    loc, _ = place_of(nlp, text, "Strikes")
    assert loc is not None and loc.country == "ARG" and loc.precision == 3


def test_near_town(nlp) -> None:
    text = "Protesters blocked the main road near Kisumu on Thursday, Kenyan police said."
    loc, _ = place_of(nlp, text, "blocked")
    assert loc is not None and loc.name == "Kisumu" and loc.precision == 2


def test_lower_cased_text(nlp) -> None:
    text = ("thousands of workers marched through the streets of bucharest on tuesday to protest "
            "falling wages, the rest of the country was calm.")
    loc, ctx = place_of(nlp, text, "marched")
    assert ctx.focus_country == "ROU"
    assert loc is not None and loc.name == "Bucharest"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # NER took "sur mer harbor" for a place; the town's whole name is still read.
    ("about 30 fishing boats blockaded the boulogne sur mer harbor on monday", "blockaded",
     "Boulogne-sur-Mer"),
    # A square named after something is no town of that name.
    ("farmers protested in riga's dome square on friday", "protested", "Riga"),
    # A famous landmark keeps its town whatever other country the story names ...
    ("Hundreds of Iranian exiles protested outside the White House against the executions in "
     "Tehran.", "protested", "Washington"),
    # ... and its own country owning it is its town; a square of another town is that town's,
    # told again too.
    ("Egypt's Tahrir Square filled with protesters on Friday. Police fired tear gas at the "
     "crowd in Tahrir Square.", "fired", "Cairo"),
    ("Thousands poured into Baghdad's Tahrir Square on Friday. On Sunday police fired tear gas "
     "at a march to Tahrir Square.", "fired", "Baghdad"),
])
def test_town_names_next_to_other_words(nlp, text: str, trigger: str, name: str) -> None:
    loc, _ = place_of(nlp, text, trigger)
    assert loc is not None and loc.name == name


@pytest.mark.parametrize(("text", "trigger"), [
    # NER takes the capital for an organisation: after "in central", or owning a building.
    ("Soldiers opened fire on opposition supporters in central Harare on Monday.", "opened"),
    ("Up to 200 vendors marched on Harare's town house over the seizure of their goods.", "marched"),
])
def test_a_capital_taken_for_an_organisation(nlp, text: str, trigger: str) -> None:
    loc, _ = place_of(nlp, text, trigger)
    assert loc is not None and (loc.name, loc.precision) == ("Harare", 1)


def test_a_person_is_no_town_and_a_port_keeps_its_name(nlp) -> None:
    loc, _ = place_of(nlp, "Santiago's brother was arrested on Monday.", "arrested")
    assert loc is None
    loc, _ = place_of(nlp, "Drones struck the Port Sudan Airport on Sunday.", "struck")
    assert loc is not None and loc.name == "Port Sudan"


def test_focus_country_without_events(nlp) -> None:
    text = "Bolivia's president spoke in La Paz about the economy."
    doc = nlp(text)
    ctx = Context(doc_id="t", text=text, published=None)
    assert attach_places(doc, [], ctx) == []
    assert ctx.focus_country == "BOL"


def test_common_words_are_not_places(nlp) -> None:
    text = "police said the rest of the protesters went home after the rally in the area."
    doc = nlp(text)
    ctx = Context(doc_id="t", text=text, published=None)
    ev = _event(doc, "rally")
    attach_places(doc, [ev], ctx)
    assert ev.location is None and ctx.focus_country is None


TOWNS = ["Lagos", "Kano", "Nairobi", "Mombasa", "Mashhad", "Tehran", "Paris", "Lyon", "Dhaka",
         "Karachi", "Bogota", "Quito", "Harare", "Kampala", "Aleppo", "Homs"]
TEMPLATES = [
    "{n} people protested in {a} on Monday, while police arrested {m} in {b}.",
    "{A} - Riot police dispersed a rally near {b} after {n} people marched from {a}.",
    "Residents of {a} said {n} were killed; the {b}-based group said it would protest.",
    "the strike in {a} spread to {b}, where {n} workers gathered outside the capital s port.",
]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(TEMPLATES), st.sampled_from(TOWNS), st.sampled_from(TOWNS),
       st.integers(2, 5000), st.integers(1, 99), st.sampled_from(["", "  ", "\n", "Note: "]))
def test_place_spans_match_text(nlp, template: str, a: str, b: str, n: int, m: int,
                                prefix: str) -> None:
    text = prefix + template.format(a=a, b=b, A=a.upper(), n=n, m=m)
    doc = nlp(text)
    ctx = Context(doc_id="t", text=text, published=None)
    events = [_event(doc, w) for w in ("protested", "dispersed", "killed", "strike")
              if w in text]
    attach_places(doc, events, ctx)
    for ev in events:
        loc = ev.location
        if loc is not None:
            assert text[loc.start:loc.end] == loc.text
            assert 1 <= loc.precision <= 3
            assert loc.country is None or len(loc.country) == 3


@pytest.mark.parametrize(("text", "country"), [
    ("Hundreds of Nigerians protested against fuel prices.", "NGA"),
    ("Turkish police detained dozens of students in Ankara.", "TUR"),
])
def test_focus_from_nationalities(nlp, text: str, country: str) -> None:
    doc = nlp(text)
    ctx = Context(doc_id="t", text=text, published=None)
    attach_places(doc, [], ctx)
    assert ctx.focus_country == country


def test_leader_sets_focus(nlp) -> None:
    text = "Thousands marched against President Museveni's plan on Monday."
    loc, ctx = place_of(nlp, text, "marched")
    assert ctx.focus_country == "UGA"
    assert loc is not None and loc.country == "UGA" and loc.precision == 3
    assert loc.text == "Museveni"


def test_landmark_gives_its_town(nlp) -> None:
    text = "Hundreds of demonstrators gathered outside the Kremlin on Saturday, Russian media said."
    loc, _ = place_of(nlp, text, "gathered")
    assert loc is not None and loc.name == "Moscow" and loc.country == "RUS"


def test_state_named_like_a_country(nlp) -> None:
    text = "Pensioners protested in Niger State on Monday, Nigerian officials said."
    loc, _ = place_of(nlp, text, "protested")
    assert loc is not None and loc.country == "NGA" and loc.precision == 3
    assert loc.text == "Niger State"


def test_capital_followed_by_its_name(nlp) -> None:
    text = "pensioners rallied in the ukrainian capital kiev on tuesday over unpaid benefits."
    loc, _ = place_of(nlp, text, "rallied")
    assert loc is not None and loc.text == "kiev" and loc.country == "UKR" and loc.precision == 1


def test_hong_kong_is_in_china(nlp) -> None:
    loc, _ = place_of(nlp, "Thousands of protesters marched in Hong Kong on Sunday.", "marched")
    assert loc is not None and loc.country == "CHN" and loc.admin1 == "Hong Kong"


def test_reference_town_is_not_the_place(nlp) -> None:
    text = ("in diyala, northeast of baghdad, hundreds of farmers marched on tuesday to demand "
            "fuel subsidies.")
    loc, _ = place_of(nlp, text, "marched")
    assert loc is not None and loc.country == "IRQ" and loc.text == "diyala"


def test_place_type_word_after_a_lower_cased_town(nlp) -> None:
    text = "taunggyi township residents staged a sit-in against the land seizures."
    loc, _ = place_of(nlp, text, "staged")
    assert loc is not None and loc.name == "Taunggyi" and loc.country == "MMR"


def test_other_name_of_a_big_town_after_a_locative_word(nlp) -> None:
    loc, _ = place_of(nlp, "about 400 dockers rallied at rheims against the closure.", "rallied")
    assert loc is not None and loc.name == "Reims" and loc.country == "FRA"


def test_lower_cased_nationality_words_give_the_focus(nlp) -> None:
    _, ctx = place_of(nlp, "students rallied against the chinese state s flood relief failures.",
                      "rallied")
    assert ctx.focus_country == "CHN"
    _, ctx = place_of(nlp, "british pensioners marched against the cuts.", "marched")
    assert ctx.focus_country == "GBR"
    # "indian communities" of the Americas: not a nationality in lower-cased text.
    _, ctx = place_of(nlp, "indian communities protested against the mining code.", "protested")
    assert ctx.focus_country is None


def test_names_that_start_with_a_particle(nlp) -> None:
    loc, _ = place_of(nlp, "miners on strike set off dynamite in the centre of la paz on monday.",
                      "set")
    assert loc is not None and loc.name == "La Paz" and loc.country == "BOL"


def test_region_and_village_words_belong_to_the_span(nlp) -> None:
    loc, _ = place_of(nlp, "nurses in ebonyi state held a rally over unpaid wages.",
                      "held")
    assert loc is not None and loc.text == "ebonyi state" and loc.name == "Ebonyi"
    assert loc.country == "NGA" and loc.precision == 3


def test_person_after_a_title_is_not_a_town(nlp) -> None:
    # "Vladimir" and "Orlando" are towns; after a title they are men.
    for text in ("teachers marched on monday, led by union secretary vladimir okello.",
                 "workers rallied on friday, led by chief orlando mwangi."):
        loc, _ = place_of(nlp, text, "led")
        assert loc is None, text


def test_lower_cased_common_word_is_not_a_small_town(nlp) -> None:
    # "College" is a town in Alaska; after an article it is a common word.
    loc, _ = place_of(nlp, "students protested outside the college in eldoret.", "protested")
    assert loc is not None and loc.name == "Eldoret" and loc.country == "KEN"


def test_country_in_a_clause_below_the_event_is_not_its_place(nlp) -> None:
    text = ("hundreds of lithuanians rallied in vilnius on sunday, arguing that poland would "
            "gain most from the new pipeline.")
    loc, _ = place_of(nlp, text, "rallied")
    assert loc is not None and loc.name == "Vilnius"


def test_another_man_with_a_leaders_surname(nlp) -> None:
    _, ctx = place_of(nlp, "protesters rallied against senator ricardo maduro on friday.",
                      "rallied")
    assert ctx.focus_country != "VEN"
    _, ctx = place_of(nlp, "protesters rallied against maduro on friday.", "rallied")
    assert ctx.focus_country == "VEN"


def test_lead_takes_the_town_its_next_sentence_names(nlp) -> None:
    text = ("Thousands of nurses went on strike on Monday over unpaid allowances. Some 6,000 "
            "rallied outside the county offices in Kisumu.")
    doc = nlp(text)
    ctx = Context(doc_id="t", text=text, published=None)
    strike, rally = _event(doc, "strike"), _event(doc, "rallied")
    attach_places(doc, [strike, rally], ctx)
    assert strike.location is not None and strike.location.name == "Kisumu"
    assert text[strike.location.start:strike.location.end] == "Kisumu"
    # A nationwide strike is not in the one town the next sentence names.
    text = ("Nurses went on strike across the country on Monday. Some 6,000 rallied outside the "
            "county offices in Kisumu.")
    doc = nlp(text)
    strike, rally = _event(doc, "strike"), _event(doc, "rallied")
    attach_places(doc, [strike, rally], Context(doc_id="t", text=text, published=None))
    assert strike.location is None or strike.location.name != "Kisumu"
    # Nor when a dateline says where the story is.
    text = ("NAKURU — Nurses went on strike on Monday over unpaid allowances. Some 600 rallied "
            "outside the county offices in Kisumu.")
    doc = nlp(text)
    strike, rally = _event(doc, "strike"), _event(doc, "rallied")
    attach_places(doc, [strike, rally], Context(doc_id="t", text=text, published=None))
    assert strike.location is not None and strike.location.name == "Nakuru"


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("traders at the old market, embu, protested on monday against new levies.", "protested", "Embu"),
    ("hundreds of angry nyeri residents picketed the county offices.", "picketed", "Nyeri"),
    ("cyclists rode slowly down nyeri s main street in protest at the new tolls.", "rode", "Nyeri"),
    # A town's own police, and a part of a town after a locative word.
    ("nelson police fired teargas at hawkers who had blocked the market gate.", "fired", "Nelson"),
    ("fishermen marched through downtown nelson to the council offices.", "marched", "Nelson"),
])
def test_lower_cased_addresses_name_the_town(nlp, text: str, trigger: str, town: str) -> None:
    loc, _ = place_of(nlp, text, trigger)
    assert loc is not None and loc.name == town


@pytest.mark.parametrize("text", [
    "federal police fired teargas at the marchers.",
    "university police arrested four students after the sit-in.",
])
def test_a_common_word_before_police_is_no_town(nlp, text: str) -> None:
    loc, _ = place_of(nlp, text, text.split()[2])
    assert loc is None


@pytest.mark.parametrize(("text", "trigger", "town"), [
    # The town of a "town of X" phrase is where "in" puts the town, not the country before it.
    ("Police broke up a sit-in on Friday in the eastern Uganda town of Mbale.", "broke",
     "Mbale"),
    ("Students rallied in the eastern city of Kisumu against the fees.", "rallied", "Kisumu"),
])
def test_town_of_a_place_type_phrase(nlp, text: str, trigger: str, town: str) -> None:
    place, _ = place_of(nlp, text, trigger)
    assert place is not None and place.name == town and place.precision == 1


def test_capital_as_a_reference_point_is_not_the_place(nlp) -> None:
    text = "Ghanaian farmers blocked the road at a village 60 miles east of the capital on Friday."
    place, _ = place_of(nlp, text, "blocked")
    assert place is None or place.precision != 1


def test_other_spelling_of_a_big_town_that_ner_took_for_a_person(nlp) -> None:
    # "Birgunj" is a person to NER and "Birgañj" to GeoNames; after "in" it is the town, and the
    # town named in a relative clause of the victims ("the bridge to Raxaul") is not the place.
    text = "In Birgunj, police shot dead four protesters who had occupied the bridge to the Indian town of Raxaul."
    loc, _ = place_of(nlp, text, "shot")
    assert loc is not None and loc.country == "NPL" and loc.text == "Birgunj"


def test_a_country_after_with_is_a_partner_not_the_place(nlp) -> None:
    text = "In Nepal, Madhesi parties blockaded the border crossings with India for months."
    loc, _ = place_of(nlp, text, "blockaded")
    assert loc is not None and loc.country == "NPL"
    text = ("Sri Lankan fishermen say their catch has collapsed since Sri Lanka opened its waters. "
            "Thousands protested on Monday against the fishing pact with China.")
    loc, _ = place_of(nlp, text, "protested")
    assert loc is not None and loc.country == "LKA"


@pytest.mark.parametrize(("text", "state"), [
    ("Hundreds of teachers marched in Springfield, Ill., on Sunday.", "Illinois"),
    ("About 60 tenants rallied in Columbus, Ga., on Friday.", "Georgia"),
    ("nurses picketed the hospital in springfield, mass. on monday.", "Massachusetts"),
])
def test_state_abbreviation_after_a_us_town(nlp, text: str, state: str) -> None:
    trigger = next(w for w in ("marched", "rallied", "picketed") if w in text)
    loc, _ = place_of(nlp, text, trigger)
    assert loc is not None and loc.country == "USA" and loc.admin1 == state


def test_a_national_institution_named_with_its_country(nlp) -> None:
    # The parliament of the country named with it, not of the country the story names most.
    text = ("Hundreds of Ghanaian traders rallied outside the Togolese parliament on Monday. "
            "Ghana has protested to Togo over the new levy.")
    loc, _ = place_of(nlp, text, "rallied")
    assert loc is not None and loc.country == "TGO" and loc.name == "Lomé"
    text = ("Australian unions backed the nurses who rallied outside the Papua New Guinea parliament "
            "on Tuesday.")
    loc, _ = place_of(nlp, text, "rallied")
    assert loc is not None and loc.country == "PNG" and loc.name == "Port Moresby"


def test_the_city_of_a_common_word_is_the_town(nlp) -> None:
    # "split" is a common word, kept off lower-cased matching; "the city of" names the town.
    text = "dock workers angry over the sale of port land rallied in the city of split on monday."
    loc, _ = place_of(nlp, text, "rallied")
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Split", "HRV", 1)
    # The town rather than a region of that name ("Colón" is a department of Honduras too).
    text = "nurses rallied in the city of colon on monday against unpaid wages in panama."
    loc, _ = place_of(nlp, text, "rallied")
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Colón", "PAN", 1)


def test_a_town_only_one_country_has_says_whose_story_it_is(nlp) -> None:
    # Lower-cased text, no country, no locative word before the town: a town name of
    # 10,000 or more that is no English word and lies in one country only sets the focus.
    text = "hundreds of farmers demonstrated on monday; medenine was quiet."
    loc, _ = place_of(nlp, text, "demonstrated")
    assert loc is not None and loc.country == "TUN"


def test_the_capital_of_the_marchers_own_country(nlp) -> None:
    # The story names the United States more often; the marchers say whose capital it is.
    text = ("Tens of thousands of Chileans marched in the capital on Sunday against the trade pact "
            "with the United States, which the United States Congress approved last month.")
    loc, _ = place_of(nlp, text, "marched")
    assert loc is not None and (loc.name, loc.country) == ("Santiago", "CHL")
    # People abroad march in another country's capital.
    text = "Hundreds of Chilean exiles marched in the capital of Sweden on Sunday."
    loc, _ = place_of(nlp, text, "marched")
    assert loc is None or loc.country != "CHL"


def test_protesters_named_by_nationality_protest_in_their_country(nlp) -> None:
    # No place in the sentence; the story is about the United States; the doers are Chileans.
    text = ("The United States Congress approved the trade pact last month. "
            "Hundreds of Chileans protested on Sunday against the pact with the United States.")
    loc, _ = place_of(nlp, text, "protested")
    assert loc is not None and loc.country == "CHL" and loc.precision == 3
    # "Ethnic Serbs" and "West Papuans" name groups and regions' people, not a country.
    text = ("Kosovo police took over the border posts on Monday. Ethnic Serbs protested on "
            "Tuesday against the move.")
    loc, _ = place_of(nlp, text, "protested")
    assert loc is None or loc.country != "SRB"


@pytest.mark.parametrize(("text", "trigger", "country", "name"), [
    # "Korea" alone is South Korea, not a town of Côte d'Ivoire.
    ("Tens of thousands of members of Korea's biggest union went on strike on Tuesday.",
     "strike", "KOR", "South Korea"),
    # Words between "the" and "town of" still make the next word a town.
    ("thousands of fans rallied in the old port town of split on sunday.", "rallied", "HRV",
     "Split"),
    # A direction before a country is a part of it, not a town (South Lebanon, Ohio).
    ("a march from the refugee camp in south lebanon ended on friday.", "march", "LBN",
     "Lebanon"),
    ("thousands marched in west java on friday.", "marched", "IDN", "West Java"),
    # A thing a country owns is no place: the marchers' nationality says where.
    ("Thousands of Taiwanese marched on Thursday, borrowing tactics from Chile's student "
     "movement, to demand lower taxes.", "marched", "TWN", "Taiwan"),
    # A place in a clause about someone else: the mourners' own country.
    ("Hundreds of South Africans held vigils across the country to mourn a nurse killed in "
     "Libya.", "vigils", "ZAF", "South Africa"),
    # A street that stands for London.
    ("about 300 students rallied outside the house of commons in the rain.", "rallied",
     "GBR", "London"),
    # A street named after a town is in another town.
    ("Protesters left their cars on Kampala Road in Nairobi on Monday.", "Protesters", "KEN",
     "Nairobi"),
    # NER cuts a name ("walvis [bay municipality]", "[st.] petersburg"): the gazetteer's
    # n-grams still find the whole town.
    ("cleaners of the walvis bay municipality downed tools on monday over unpaid overtime.",
     "downed", "NAM", "Walvis Bay"),
    ("about 80 nurses of the st. petersburg city hospital went on strike on monday.", "strike",
     "RUS", "Saint Petersburg"),
    # A leader's name is a person, not the town that shares it (Morsi, India; Noda, Japan).
    ("crowds marched on friday in favour of morsi and against the army.", "marched", "EGY",
     "Egypt"),
    ("hundreds of farmers in japan rallied on friday against prime minister yoshihiko noda s "
     "trade plans.", "rallied", "JPN", "Japan"),
])
def test_places_from_how_a_name_is_used(nlp, text, trigger, country, name) -> None:
    loc, _ = place_of(nlp, text, trigger)
    assert loc is not None and (loc.country, loc.name) == (country, name)


@pytest.mark.parametrize(("text", "trigger"), [
    # A direction and a kind of place name a region of any country (Israel's Northern
    # District), and a sea is no town (North Sea, Ohio).
    ("squatters in the northern district threw petrol bombs at the bailiffs.", "threw"),
    ("four hundred fishermen protested in the north sea port on monday.", "protested"),
    # "to hire" is a verb, not the town of Hiré.
    ("about 900 drivers picketed the ministry to protest a plan to hire cheaper crews.",
     "picketed"),
    ("Thousands of women marched across Central America on Sunday.", "marched"),
])
def test_words_that_name_no_place(nlp, text, trigger) -> None:
    loc, _ = place_of(nlp, text, trigger)
    assert loc is None


def test_a_place_in_a_clause_about_someone_else_is_not_the_events(nlp) -> None:
    # "killed in Libya" tells where the colleague died; the mourners are where the story is.
    text = ("Nurses in Nairobi, Kenya, have held daily vigils since March. On Sunday, hundreds "
            "of people gathered to mourn a colleague who was killed in Libya.")
    loc, _ = place_of(nlp, text, "gathered")
    assert loc is not None and loc.name == "Nairobi"
    # The protesters' own clause does place the event: where they had gathered.
    loc, _ = place_of(nlp, "Police fired tear gas at farmers who had gathered in Lyon to demand "
                           "higher prices.", "fired")
    assert loc is not None and loc.name == "Lyon"


def test_an_institution_of_the_doers_own_country(nlp) -> None:
    # The story is mostly about the United States; Greek teachers protest at their own
    # parliament, in Athens.
    text = ("The United States cut aid on Monday, and the United States Congress backed the move. "
            "Hundreds of Greek teachers protested outside parliament on Wednesday.")
    loc, _ = place_of(nlp, text, "protested")
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Athens", "GRC", 2)


def test_a_quarter_many_towns_have_is_no_town(nlp) -> None:
    loc, _ = place_of(nlp, "unemployed youths rampaged briefly in chinatown on monday.",
                      "rampaged")
    assert loc is None


@pytest.mark.parametrize(("text", "trigger", "name", "precision"), [
    # Another name of a small town, after words that call it a town.
    ("three hundred oil workers staged a sit-in in the small town of zhanatas on friday.",
     "staged", "Zhangatas", 1),
    # A region that a hamlet somewhere shares its name with (Guerrero, pop. 959).
    ("students torched the offices of the ruling party in guerrero state on tuesday.",
     "torched", "Guerrero", 3),
    # A short name, and a word too (a hat), after "the moroccan city of".
    ("youths rioted on friday in the ancient moroccan city of fez.", "rioted", "Fes", 1),
])
def test_names_the_words_around_make_places(nlp, text, trigger, name, precision) -> None:
    loc, _ = place_of(nlp, text, trigger)
    assert loc is not None and (loc.name, loc.precision) == (name, precision)


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    # A country name of five words, not the shorter one inside it.
    ("In the Democratic Republic of the Congo, miners protested on Monday.", "protested",
     "Democratic Republic of the Congo", "COD"),
    # A country's acronym that NER takes for an organisation.
    ("Across eastern DRC, armed groups attacked two villages.", "attacked",
     "Democratic Republic of the Congo", "COD"),
    # A region the gazetteer files under its country, named with "region" after it.
    ("Forty conscripts were shot dead in the Donbass region during the winter.", "shot", "Ukraine",
     "UKR"),
])
def test_countries_named_in_long_or_short_forms(nlp, text, trigger, name, country) -> None:
    loc, _ = place_of(nlp, text, trigger)
    assert loc is not None and (loc.name, loc.country) == (name, country)


def test_a_new_paragraph_that_names_a_place_moves_on(pipeline) -> None:
    text = ("Police fired tear gas at striking dockers in Mombasa on Monday.\n\n"
            "Chile has its own troubles. The dictatorship killed thousands of its opponents "
            "between 1973 and 1990.\n\n"
            "In Valparaiso, students marched again on Friday.")
    res = pipeline.extract_text(text, published="2025-11-20")
    killed = next(ev for ev in res.events if ev.trigger.text == "killed")
    assert killed.location is not None and killed.location.country == "CHL"
    assert killed.location.precision == 3


def test_who_reports_a_toll_is_not_where_it_happened(pipeline) -> None:
    text = ("Police fired on protesters in Pokhara on Monday.\n\n"
            "At least 19 people were killed, according to the health ministry.")
    res = pipeline.extract_text(text, published="2025-09-10")
    killed = next(ev for ev in res.events if ev.trigger.text == "killed")
    assert killed.attribution is not None and killed.attribution.text == "the health ministry"
    assert killed.location is not None and killed.location.name == "Pokhara"


def test_the_capital_of_a_named_country_is_that_country_s_capital(nlp) -> None:
    # China is named more often, but "the capital of ... Kyrgyzstan" says whose capital.
    text = ("Police detained 30 protesters in the capital of the Central Asian country of "
            "Kyrgyzstan at a rally against China, days after China opened a new gold mine.")
    loc, _ = place_of(nlp, text, "detained")
    assert loc is not None and (loc.name, loc.country, loc.text) == ("Bishkek", "KGZ", "the capital")


def located(pipeline, text: str, trigger: str) -> dict:
    """The location of the event on ``trigger``, through the whole pipeline."""
    events = pipeline.extract_text(text, doc_id="t", published="2024-05-02").to_dict()["events"]
    return next(e for e in events if e["trigger"]["text"] == trigger)["location"] or {}


def test_a_place_in_what_a_protest_is_against_is_not_where_it_was(pipeline) -> None:
    text = ("thousands of farmers yesterday marched against a convoy carrying nuclear waste to its "
            "store in southern poland. police used water cannon on marchers in the town of zamosc.")
    assert located(pipeline, text, "marched")["name"] == "Zamość"


def test_the_other_party_of_a_relation_is_not_the_story_s_country(pipeline) -> None:
    # Israel is named as a country, the marchers only by a nationality word that NER takes for
    # part of an organisation ("Muslim Malawians").
    text = ("Muslim Malawians staged marches on Saturday demanding that their country cut "
            "economic ties with Israel.")
    assert located(pipeline, text, "marches")["country"] == "MWI"


@pytest.mark.parametrize(("text", "trigger", "name", "span"), [
    ("Thousands marched through Greece's second largest city on Sunday.", "marched",
     "Thessaloníki", "Greece's second largest city"),
    ("some 4,000 taxi drivers in ivory coast s economic capital went on strike tuesday.", "strike",
     "Abidjan", "ivory coast s economic capital"),
    ("Nurses protested on Friday in the country's biggest city. Nigeria has seen strikes all year.",
     "protested", "Lagos", "the country's biggest city"),
    # The town named in apposition wins over the rank, even in another country today.
    ("Teachers protested in Pakistan's largest city, Karachi.", "protested", "Karachi", "Karachi"),
    ("a demonstration in yugoslavia s second biggest city, zagreb, drew 10,000 students.",
     "demonstration", "Zagreb", "zagreb"),
])
def test_a_town_described_by_its_rank(pipeline, text: str, trigger: str, name: str, span: str) -> None:
    loc = located(pipeline, text, trigger)
    assert (loc["name"], loc["text"], loc["precision"]) == (name, span, 1)


def test_a_school_named_after_its_town_is_in_it(pipeline):
    def place(text: str) -> str | None:
        events = pipeline.extract_text(text, published="1981-06-01").to_dict()["events"]
        return (events[0]["location"] or {}).get("name")
    assert place("Soldiers opened fire on students at the University of Lagos.") == "Lagos"
    assert place("Students at the University of Ibadan clashed with police.") == "Ibadan"
    assert place("Students at Cairo University staged a sit-in.") == "Cairo"
    # A founder's name, not the town of that name.
    assert place("Students at Lincoln University marched.") is None
    # A region's or a country's university is no town's.
    assert place("Students of the University of California marched.") is None


def test_a_town_is_not_carried_into_another_episode(pipeline):
    text = ("Police shot dead at least 12 protesters at the Lekki toll gate in October 2020.\n\n"
            "The pattern is older than the republic. In 1929, colonial troops killed more than 50 "
            "women in Nigeria's south-east. In 1978, police killed several students.")
    events = pipeline.extract_text(text, published="2023-03-03").to_dict()["events"]
    where = {e["date"]["start_date"][:4]: e["location"] for e in events
             if e["plover"]["event"] == "ASSAULT"}
    assert where["2020"]["name"] == "Lekki" and where["2020"]["precision"] == 1
    assert (where["1978"]["name"], where["1978"]["precision"]) == ("Nigeria", 3)
    # News told without a date is today's episode: its town is not 2019's.
    text = ("The judiciary has since executed seven men; two of them were hanged in public in "
            "Mashhad. In November 2019, security forces shot hundreds of people in Iran.")
    events = pipeline.extract_text(text, published="2024-01-10").to_dict()["events"]
    shot = next(e for e in events if e["trigger"]["text"] == "shot")
    assert shot["location"]["precision"] == 3
    # The same episode keeps its town.
    text = ("Police fired tear gas at marchers in Nakuru on Monday. Later, 40 people were "
            "arrested.")
    events = pipeline.extract_text(text, published="2023-03-08").to_dict()["events"]
    assert {e["location"]["name"] for e in events} == {"Nakuru"}


def test_background_told_by_its_year_is_not_at_the_main_town(pipeline):
    text = ("Thousands marched in Harare on Saturday against price rises. Marchers in Harare "
            "carried banners.\n\nIn 1998, soldiers killed several people in food riots.")
    events = pipeline.extract_text(text, published="2019-01-20").to_dict()["events"]
    riot = next(e for e in events if e["date"]["start_date"].startswith("1998"))
    assert riot["location"]["precision"] == 3 and riot["location"]["country"] == "ZWE"


def test_who_speaks_of_a_toll_does_not_place_it(pipeline):
    text = ("Security forces shot hundreds of people during fuel-price protests in Iran; Reuters "
            "later put the death toll at about 1,500, a figure the interior ministry called a lie.")
    events = pipeline.extract_text(text, published="2019-12-20").to_dict()["events"]
    shot = next(e for e in events if e["trigger"]["text"] == "shot")
    assert (shot["location"]["name"], shot["location"]["precision"]) == ("Iran", 3)


def test_a_town_named_like_its_region_is_the_town(nlp) -> None:
    loc, _ = place_of(nlp, "Protesters returned to the streets of Basra over power cuts.", "returned")
    assert loc is not None and (loc.country, loc.precision) == ("IRQ", 1)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a village the gazetteer lacks, told in its region: the region says where it lies
    ("Farmers blocked the road near the village of Stepnoye Pole in the Kursk region on Monday.",
     "blocked", ("Stepnoye Pole", "RUS", "Kursk", 2)),
    # in lower-cased notes, a name the model never saw (or an Arabic article) is a name
    ("tribesmen marched in the small town of bir tawila in southern yemen on friday.",
     "marched", ("Bir Tawila", "YEM", None, 1)),
    # a name in apposition to "a town / village in ..."
    ("Some 100 villagers gathered in Sangbar Kalay, a small village near Kandahar, on Sunday.",
     "gathered", ("Sangbar Kalay", "AFG", "Kandahār", 1)),
    # no region named: the story's own country
    ("Kenya's teachers stayed out for a third week. In the town of Nyamakuru, they marched "
     "to the county offices.", "marched", ("Nyamakuru", "KEN", None, 1)),
])
def test_a_named_town_the_gazetteer_lacks(nlp, text, trigger, expected) -> None:
    from eventscribe import gazetteer as gz

    assert not gz.lookup(expected[0])
    loc, _ = place_of(nlp, text, trigger)
    assert loc is not None
    assert (loc.name, loc.country, loc.admin1, loc.precision) == expected
    assert (loc.lat, loc.lon, loc.geonameid) == (None, None, None)  # no position is made up


@pytest.mark.parametrize("text", [
    "Residents of the city of Dreams protested outside the mayor's office.",  # a common word
    "Students marched in the town of Nyamakuru.",  # no country anywhere to put it in
])
def test_no_unlisted_town_without_a_name_or_a_country(nlp, text) -> None:
    loc, _ = place_of(nlp, text, "marched" if "marched" in text else "protested")
    assert loc is None


def test_a_region_word_after_a_name_is_the_region(nlp) -> None:
    loc, _ = place_of(nlp, "Hundreds of villagers blocked a highway in the Kursk region on "
                           "Monday.", "blocked")
    assert loc is not None and (loc.name, loc.geonameid, loc.precision) == ("Kursk", None, 3)


def test_an_unnamed_town_of_a_region_is_the_town_named_next(nlp) -> None:
    # "a town in northern Chile" is the northern town the next sentence names ...
    loc, _ = place_of(nlp, "Hundreds of miners marched in a town in northern Chile on Monday. "
                           "Police in Calama arrested ten of them.", "marched")
    assert loc is not None and (loc.name, loc.precision) == ("Calama", 1)
    # ... not a town elsewhere in the country
    loc, _ = place_of(nlp, "Hundreds of miners marched in a town in northern Chile on Monday. "
                           "Later, in Santiago, the minister resigned.", "marched")
    assert loc is not None and (loc.text, loc.precision) == ("northern Chile", 3)


def test_a_town_lies_in_the_part_of_its_country_a_word_names() -> None:
    from eventscribe import gazetteer as gz

    calama = next(e for e in gz.lookup("Calama") if e.country == "CHL")
    assert gz.lies_in(calama, "northern", "CHL")
    assert not gz.lies_in(calama, "southern", "CHL")
    santiago = next(e for e in gz.lookup("Santiago") if e.country == "CHL")
    assert not gz.lies_in(santiago, "northern", "CHL")


def test_a_town_by_another_spelling_that_the_text_calls_a_town(nlp) -> None:
    # NER takes the name for an organisation and GeoNames spells it Ar Rudayyif: "a mining
    # town" says it is one
    loc, _ = place_of(nlp, "Police fired on strikers in Redeyef, a mining town in the south, "
                           "on Monday.", "fired")
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Ar Rudayyif", "TUN", 1)
