"""Loaded-language rules beyond the lexicon's own rows: each case says what should be flagged,
with which rule, and near misses that must not be."""
from __future__ import annotations

import re

import pytest

from framing import annotate


def loaded(text: str) -> dict[str, tuple[str, str]]:
    """Flagged text -> (category, rule) for every loaded span in ``text``."""
    return {s.text: (s.category, s.rule) for s in annotate(text).spans if s.kind == "loaded"}


# ------------------------------------------------------------ words derived from a listed adjective
DERIVED = [
    ("noun of callous", "The audit blamed the callousness of the board.", "callousness", "pattern: noun of callous"),
    ("noun of nasty (-iness)", "The campaign sank into nastiness.", "nastiness", "pattern: noun of nasty"),
    ("comparative of harsh", "The second letter was harsher still.", "harsher", "pattern: comparative of harsh"),
    ("comparative of bleak", "The forecast grew bleaker by the week.", "bleaker", "pattern: comparative of bleak"),
    ("superlative of ugly (-iest)", "It was the ugliest debate of the year.", "ugliest", "pattern: superlative of ugly"),
    ("superlative of cruel", "Critics called it the cruelest cut.", "cruelest", "pattern: superlative of cruel"),
    ("-ing of a listed -ed verb", "The chairman is caving to the donors.", "caving", "pattern: verb form of caved"),
    ("-ing with a doubled consonant", "The column was ripping into the mayor.", "ripping", "pattern: verb form of ripped"),
    ("-ed of a listed -ing adjective (-ied)", "Neighbours were horrified by the plan.", "horrified", "pattern: verb form of horrifying"),
    ("-ing of a listed -ed verb (scoff)", "He kept scoffing at the figures.", "scoffing", "pattern: verb form of scoffed"),
]


@pytest.mark.parametrize("text, word, rule", [c[1:] for c in DERIVED], ids=[c[0] for c in DERIVED])
def test_words_derived_from_listed_adjectives_are_loaded_and_say_so(text, word, rule):
    found = loaded(text)
    assert word in found
    assert found[word][1] == rule


NOT_DERIVED = [
    ("agent noun, not a comparative", "The faker in the story was never named."),
    ("hater is an agent noun", "A hater of long meetings, she left early."),
    ("plain comparative", "The second bridge was longer and older."),
    ("plain -ness noun", "The thickness of the wall was measured."),
    ("plain -er noun", "The river rose after the storm water drained."),
    ("-ing word with no verb stem", "The king said nothing during the evening."),
    ("plain participles", "The council voted and the motion passed, ending the meeting."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_DERIVED], ids=[c[0] for c in NOT_DERIVED])
def test_near_misses_of_derived_words_are_not_loaded(text):
    assert loaded(text) == {}


def test_every_standalone_occurrence_of_a_derived_word_is_found_and_no_other():
    text = "Ugliest, they said: the ugliest-looking, ugliest’s, unugliest, 'ugliest and ugliest"
    found = [(s.start, s.text) for s in annotate(text).spans if s.kind == "loaded"]
    standalone = [m.start() for m in re.finditer(r"(?<![\w'’-])ugliest(?![\w'’-])", text, re.IGNORECASE)]
    assert [start for start, _ in found] == standalone == [0, 76]


# ------------------------------------------------------------ hyphenated label compounds
COMPOUNDS = [
    ("-hating", "The host mocked Trump-hating reporters.", "Trump-hating", "-hating"),
    ("-obsessed", "A gun-obsessed fringe held the rally.", "gun-obsessed", "-obsessed"),
    ("-mongering", "They accused him of war-mongering.", "war-mongering", "-mongering"),
    ("-baiting", "The ad was denounced as union-baiting.", "union-baiting", "-baiting"),
    ("-hungry", "A power-hungry governor, the column said.", "power-hungry", "-hungry"),
    ("multi-part stem", "The climate-change-denying, oil-loving lobby spoke.", "oil-loving", "-loving"),
]


@pytest.mark.parametrize("text, word, head", [c[1:] for c in COMPOUNDS], ids=[c[0] for c in COMPOUNDS])
def test_label_compounds_are_name_calling(text, word, head):
    found = loaded(text)
    assert found[word] == ("name_calling", f"pattern: label compound in {head}")


NOT_COMPOUNDS = [
    ("plain verb, no hyphen", "Fans were loving the concert."),
    ("-friendly is not a label", "The city built a bike-friendly street."),
    ("head word alone", "The crowd was hungry after the march."),
    ("head inside a longer word", "The power-happiness index fell."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_COMPOUNDS], ids=[c[0] for c in NOT_COMPOUNDS])
def test_near_misses_of_label_compounds_are_not_loaded(text):
    assert loaded(text) == {}


def test_listed_compound_keeps_its_own_row():
    found = loaded("A freedom-loving people, the speech said.")
    assert found["freedom-loving"][1] == "term: freedom-loving"


def test_label_compound_in_a_quotation_is_marked_quoted():
    (span,) = [s for s in annotate('He said: "these Trump-hating hacks will lose."').spans
               if s.kind == "loaded" and s.text == "Trump-hating"]
    assert span.quoted


# ------------------------------------------------------------ technical terms as exceptions
TECHNICAL = [
    ("hate crime", "The attack was charged as a hate crime."),
    ("the treaty's name", "Ukraine filed its case under the Genocide Convention."),
    ("terrorist organization", "The ministry listed the group as a terrorist organization."),
    ("assault weapons ban", "The state renewed its assault weapons ban."),
    ("disaster declaration", "The governor asked for a disaster declaration after the floods."),
    ("extreme weather", "Extreme weather closed the airport."),
    ("a military offensive", "The army will not halt its offensive against the rebels."),
    ("a season's offensive", "Losses mounted during the summer offensive."),
    ("a heart attack's clinical grade", "He suffered a massive heart attack on Sunday."),
    ("surgery that removes the tissue around a tumour", "She had a radical mastectomy in 2019."),
    ("a molecule with an unpaired electron", "Free radicals damage cells."),
    ("gross as before deductions", "Gross domestic product rose 2 percent, and gross margins held."),
    ("a legal standard of fault", "Prosecutors weighed whether her handling was grossly negligent or gross negligence."),
    ("a weapon that sets fires", "Police found an incendiary device and incendiary ammunition."),
    ("a climate scientist's extreme event", "Extreme events like the wildfires will become more common."),
    ("a red-flag court order", "Police sought an extreme risk protection order."),
]


@pytest.mark.parametrize("text", [c[1] for c in TECHNICAL], ids=[c[0] for c in TECHNICAL])
def test_listed_technical_names_hide_the_loaded_word_inside(text):
    assert loaded(text) == {}


LOADED_NEAR_TECHNICAL = [
    ("hate alone", "They hate the new plan.", "hate"),
    ("genocide as a charge", "Kyiv accused Moscow of genocide.", "genocide"),
    ("terrorists as a label of people", "The paper called the strikers terrorists.", "terrorists"),
    ("disaster as a verdict", "The launch was a disaster for the party.", "disaster"),
    ("extreme as a verdict", "Her views are extreme.", "extreme"),
    ("offensive as insulting", "The minister called the cartoon deeply offensive.", "offensive"),
    ("offensive before a noun", "The offensive remarks drew anger.", "offensive"),
    ("massive as a verdict of size", "The party won a massive victory.", "massive"),
    ("radical as a label of people", "The minister called the protesters radicals.", "radicals"),
    ("gross as a verdict", "That was a gross exaggeration.", "gross"),
    ("incendiary as a verdict", "His incendiary remarks angered voters.", "incendiary"),
]


@pytest.mark.parametrize("text, word", [c[1:] for c in LOADED_NEAR_TECHNICAL], ids=[c[0] for c in LOADED_NEAR_TECHNICAL])
def test_the_same_words_outside_technical_names_stay_loaded(text, word):
    assert word in loaded(text)


def test_nouns_that_only_look_graded_are_not_read_as_comparatives():
    from framing.lexicon import Lexicon
    from framing.loaded import find_loaded
    lexicon = Lexicon.from_rows([{"term": w, "category": "emotive_intensifier"} for w in ("numb", "own", "hate", "harsh")],
                                key="term")
    found = [s.text for s in find_loaded("The number of owners and haters grew harsher.", [], lexicon)]
    assert found == ["harsher"]


# ------------------------------------------------------------ speech verbs that demean the speaker
SPEECH_VERBS = [
    ("animal sound said of a person", "The minister snarled at the reporters.", "snarled"),
    ("animal sound, -ing", "Aides were squawking about the leak.", "squawking"),
    ("complain verb", "Backbenchers grumbled about the whip.", "grumbled"),
]


@pytest.mark.parametrize("text, word", [c[1:] for c in SPEECH_VERBS], ids=[c[0] for c in SPEECH_VERBS])
def test_demeaning_speech_verbs_are_loaded(text, word):
    category, rule = loaded(text)[word]
    assert rule == f"term: {word}"


@pytest.mark.parametrize("text", ["The minister said the figures were wrong.", "Backbenchers asked about the whip."],
                         ids=["said", "asked"])
def test_plain_speech_verbs_are_not_loaded(text):
    assert loaded(text) == {}


# ------------------------------------------------------------ intensifiers of excessive degree
@pytest.mark.parametrize("text, word", [
    ("The new rules are overly strict.", "overly"),
    ("Critics called the response an overreaction.", "overreaction"),
    ("The agency was accused of overreaching.", "overreaching"),
], ids=["overly", "overreaction", "overreaching"])
def test_words_of_excessive_degree_are_loaded(text, word):
    assert loaded(text)[word][0] == "subjective_evaluative"


@pytest.mark.parametrize("text", ["The bridge runs over the river.", "The meeting ran into overtime.",
                                  "Turnout was over 60 percent overall."], ids=["over", "overtime", "overall"])
def test_plain_over_words_are_not_loaded(text):
    assert loaded(text) == {}


# ------------------------------------------------------------ argument framed as war (Lakoff & Johnson 1980)
@pytest.mark.parametrize("text, word", [
    ("The governor fired back at her critics on Tuesday.", "fired back"),
    ("The column took aim at the new budget.", "took aim"),
    ("The two parties are locked in a war of words.", "war of words"),
], ids=["fired back", "took aim", "war of words"])
def test_argument_as_war_is_loaded(text, word):
    assert loaded(text)[word][0] == "emotive_intensifier"


@pytest.mark.parametrize("text", ["Air defences shot down two drones overnight.", "The unit came under fire near the river."],
                         ids=["shot down", "under fire"])
def test_literal_military_wording_is_not_listed(text):
    assert loaded(text) == {}


# ------------------------------------------------------------ a move cast as evasion, retreat or opportunism
@pytest.mark.parametrize("text, word", [
    ("The mayor backpedaled on the fare rise.", "backpedaled"),
    ("She sidestepped the question about donors.", "sidestepped"),
    ("Rivals seized on the remark within hours.", "seized on"),
], ids=["backpedaled", "sidestepped", "seized on"])
def test_verbs_that_cast_a_move_are_loaded(text, word):
    assert loaded(text)[word] == ("subjective_evaluative", f"term: {word}")


@pytest.mark.parametrize("text", ["The mayor revised the fare plan.", "She did not answer the question.",
                                  "Police seized the car."], ids=["revised", "did not answer", "seized"])
def test_plain_accounts_of_a_move_are_not_loaded(text):
    assert loaded(text) == {}


@pytest.mark.parametrize("text", ["A local cell claimed responsibility for the blast.",
                                  "The storm claimed the lives of four sailors.",
                                  "Both candidates were claiming victory by midnight.",
                                  "Jobless claims rose last week.",
                                  "The firm will process insurance claims faster.",
                                  "Residents can claim a refund.",
                                  "Russia's claim to Crimea is not recognised.",
                                  "Its only claim to the title is age.",
                                  "His claim to fame is a 1998 hit.",
                                  "The Islamic State claimed the attack.",
                                  "The Taliban claimed the bombing, which killed 12.",
                                  "She claimed her first Grand Slam title in 2019.",
                                  "Labour is claiming the seat for the first time."],
                         ids=["responsibility", "lives", "victory", "jobless claims", "insurance claims",
                              "claim a refund", "claim to a place", "claim to the", "claim to fame",
                              "claimed the attack", "claimed the bombing", "claimed her title", "claiming the seat"])
def test_claim_in_its_plain_senses_is_not_loaded(text):
    assert loaded(text) == {}


@pytest.mark.parametrize("text, word", [
    ("The minister claimed the figures were faked.", "claimed"),
    ("Critics claim that the vote was delayed.", "claim"),
    ("The report claims that the vote was delayed.", "claims"),
    ("The claim that vaccines cause autism is false.", "claim"),
    ("Men who claim to be experts were wrong.", "claim"),
    ("She claims to have seen the letter.", "claims"),
    ("He claims the vote was delayed.", "claims"),
    ("They now claim the vote was delayed.", "claim"),
    ("He claimed the attack was staged.", "claimed"),
    ("She claimed the attack had never happened.", "claimed"),
], ids=["claimed", "claim that", "claims that", "the claim that", "who claim to", "claims to have",
        "he claims", "they now claim", "claimed the attack was", "claimed the attack had"])
def test_claim_as_a_doubtful_saying_is_loaded(text, word):
    # Wikipedia MOS:CLAIM: "claim" as a verb of saying casts doubt on what is said
    assert loaded(text)[word] == ("delegitimising", f"term: {word}")


# ------------------------------------------------------------ moral degradation (Moral Foundations Dictionary)
@pytest.mark.parametrize("text, word", [
    ("The column called the deal an unholy alliance.", "unholy"),
    ("He described the scheme as depraved.", "depraved"),
    ("The site was desecrated, the mayor said.", "desecrated"),
    ("The editorial warned of lawlessness in the capital.", "lawlessness"),
    ("Guards brutalized the detainees, the report found.", "brutalized"),
], ids=["unholy", "depraved", "desecrated", "lawlessness", "brutalized"])
def test_words_of_moral_degradation_are_loaded(text, word):
    assert loaded(text)[word][0] == "emotive_intensifier"


def test_plain_religious_wording_is_not_loaded():
    assert loaded("The bishop led the evening service at the cathedral.") == {}


@pytest.mark.parametrize("text, word", [("The blogger called the senator a nutcase.", "nutcase"),
                                        ("Fans of the show were dismissed as dimwits.", "dimwits"),
                                        ("The channel mocked the senile president.", "senile")],
                         ids=["nutcase", "dimwits", "senile"])
def test_insults_of_mind_are_name_calling(text, word):
    assert loaded(text)[word][0] == "name_calling"


def test_senile_in_a_clinical_name_is_not_loaded():
    assert not loaded("Her mother was diagnosed with senile dementia.")


# ------------------------------------------------------------ anger and conflict as fire (Lakoff & Johnson 1980)
@pytest.mark.parametrize("text, word", [("The ad stoked fears about crime.", "stoked"),
                                        ("Critics said the speech fanned the flames.", "fanned the flames"),
                                        ("The border town is a powder keg.", "powder keg")],
                         ids=["stoked", "fanned the flames", "powder keg"])
def test_conflict_as_fire_is_loaded(text, word):
    assert loaded(text)[word][0] == "emotive_intensifier"


def test_plain_fire_wording_is_not_loaded():
    assert loaded("Crews put out a fire in the warehouse on Monday.") == {}


# ------------------------------------------------------------ the strategy frame (Cappella & Jamieson 1997)
@pytest.mark.parametrize("text, word", [("The bill is a cynical gambit before the vote.", "gambit"),
                                        ("Opponents decried the machinations of the leadership.", "machinations"),
                                        ("Aides staged a photo op at the plant.", "photo op"),
                                        ("The party trotted out the same excuse.", "trotted out"),
                                        ("Aides ginned up outrage over the remark.", "ginned up"),
                                        ("They cooked up a reason to delay.", "cooked up"),
                                        ("The campaign keeps dredging up old votes.", "dredging up")],
                         ids=["gambit", "machinations", "photo op", "trotted out", "ginned up", "cooked up",
                              "dredging up"])
def test_politics_told_as_schemes_is_loaded(text, word):
    assert loaded(text)[word][0] == "delegitimising"


def test_a_plain_account_of_a_plan_is_not_loaded():
    assert loaded("The leadership announced its plan before the vote.") == {}
    assert loaded("The party set out the same plan and raised old votes.") == {}


# ------------------------------------------------------------ a label in each of its forms
@pytest.mark.parametrize("text, word", [
    ("The pundit called the protesters jihadis.", "jihadis"),
    ("He described the suspect as a jihadi.", "jihadi"),
    ("The column branded him a jihadist.", "jihadist"),
    ("The post blamed jihadists for the fire.", "jihadists"),
], ids=["jihadis", "jihadi", "jihadist", "jihadists"])
def test_a_listed_label_is_name_calling_in_singular_and_plural(text, word):
    assert loaded(text)[word] == ("name_calling", f"term: {word}")


# ------------------------------------------------------------ a label for the holders of a belief
@pytest.mark.parametrize("text, word", [
    ("The host mocked the 9/11 truthers again.", "truthers"),
    ("He was a birther long before he ran.", "birther"),
    ("The Never Trumpers met in a hotel.", "Never Trumpers"),
    ("A never-Trumper wrote the op-ed.", "never-Trumper"),
], ids=["truthers", "birther", "Never Trumpers", "never-Trumper"])
def test_labels_for_the_holders_of_a_belief_are_name_calling(text, word):
    assert loaded(text)[word][0] == "name_calling"


def test_the_plain_words_inside_those_labels_are_not_loaded():
    assert loaded("She told the truth about her birth. He will never trump the rules.") == {}


# ------------------------------------------------------------ people as a flood or a swarm, and the thing itself
@pytest.mark.parametrize("text", [
    "Migrants flood the border.",
    "Cheap imports flood the market.",
    "Fans flood into the stadium.",
    "A flood of complaints followed.",
    "Tourists swarm over the old town.",
    "Migrants flood towns in the south.",
    "The West flooded Ukraine with weapons.",
    "The switchboard was flooded with calls.",
    "Refugees flooded into Poland in March.",
    "Trolls flooded her comment section.",
    "Cheap drones are flooding the market.",
], ids=["flood the", "flood the market", "flood into", "a flood of", "swarm over", "migrants flood towns",
        "flooded X with weapons", "flooded with calls", "flooded into", "flooded her", "are flooding the"])
def test_people_as_a_flood_or_a_swarm_are_loaded(text):
    assert {rule for _, rule in loaded(text).values()} & {"term: flood", "term: swarm", "term: flooded",
                                                            "term: flooding"}


@pytest.mark.parametrize("text", [
    "The flood killed 12 people.",
    "Flood waters rose overnight.",
    "It was the worst flood.",
    "It was a devastating flood in the north.",
    "The council spent millions on flood defences.",
    "Rivers flood towns in the south.",
    "Heavy rain flooded the streets.",
    "The river flooded the town overnight.",
    "The cellar was flooded with seawater.",
    "Streets flooded after the storm.",
    "Flooding in the south killed 12.",
    "The village was flooded the night before.",
    "Storm Daniel flooded the city.",
    "Coastal towns flood every spring.",
], ids=["the flood", "flood waters", "the worst flood", "a devastating flood in", "flood defences", "rivers flood",
        "rain flooded the", "the river flooded", "flooded with seawater", "streets flooded", "flooding in",
        "was flooded the", "storm flooded", "flood every spring"])
def test_a_flood_that_is_water_is_not_loaded(text):
    assert not any(word.lower() in ("flood", "flooded", "flooding") for word in loaded(text))


@pytest.mark.parametrize("text", [
    "Russia launched a swarm of Iranian-made drones at Kyiv overnight.",
    "A drone swarm hit the port.",
    "Swarming drones overwhelmed air defences.",
    "Drones swarm over the city every night.",
    "A swarm of bees closed the road.",
    "Seismologists recorded a swarm of small earthquakes.",
], ids=["a swarm of drones", "drone swarm", "swarming drones", "drones swarm over", "bees", "earthquakes"])
def test_a_swarm_of_insects_or_drones_is_not_loaded(text):
    assert not any(word.lower().startswith("swarm") for word in loaded(text))


@pytest.mark.parametrize("text", [
    "A swarm of reporters waited outside.",
    "Protesters swarm over the square, drones above them.",
], ids=["a swarm of reporters", "drones in another phrase"])
def test_a_swarm_of_people_stays_loaded(text):
    assert loaded(text)["swarm"] == ("emotive_intensifier", "term: swarm")


# ------------------------------------------------------------ lies that are a place
@pytest.mark.parametrize("text", [
    "Madagascar, which lies off the coast of Africa, reported new cases.",
    "The deeper problem lies in the networks.",
    "They fear what lies ahead.",
    "Downstream lies Kinshasa.",
    "Much of the blame lies at the feet of the board.",
], ids=["lies off", "a problem lies in", "lies ahead", "downstream lies", "blame lies at"])
def test_lies_of_a_place_are_not_loaded(text):
    assert "lies" not in loaded(text)


@pytest.mark.parametrize("text", [
    "He lies on television every night.",
    "It was based on lies.",
    "The record shows that he lies just a whole lot of the time.",
], ids=["a person lies on", "the noun", "he lies just"])
def test_lies_that_are_falsehoods_stay_loaded(text):
    assert loaded(text)["lies"][0] == "delegitimising"


# ------------------------------------------------------------ an offensive that is an attack
@pytest.mark.parametrize("text", [
    "The offensive may stall by winter.",
    "The offensive began in June.",
    "Ukraine's offensive stalled.",
    "Russia launched an offensive.",
    "Kyiv's long-awaited offensive began.",
    "Russian offensive operations resumed.",
    "The US approved the sale of offensive weapons.",
    "The offensive appears to have stalled.",
    "The offensive seems to be losing steam.",
    "The Kremlin launched a charm offensive in Africa.",
    "The White House began a public relations offensive on Monday.",
    "Moscow opened a diplomatic offensive at the UN.",
], ids=["the offensive may", "the offensive began", "Ukraine's offensive", "an offensive.", "long-awaited",
        "offensive operations", "offensive weapons", "the offensive appears", "the offensive seems",
        "a charm offensive", "a public relations offensive", "a diplomatic offensive"])
def test_an_offensive_that_is_an_attack_is_not_loaded(text):
    assert not any(word.lower() == "offensive" for word in loaded(text))


@pytest.mark.parametrize("text", [
    "His remarks were offensive to many.",
    "The offensive remarks drew anger.",
    "It was deeply offensive.",
    "They called the joke offensive.",
], ids=["were offensive", "offensive remarks", "deeply offensive", "called the joke offensive"])
def test_offensive_that_judges_stays_loaded(text):
    assert loaded(text)["offensive"] == ("subjective_evaluative", "term: offensive")


# ------------------------------------------------------------ the commentary of a war
WAR_COMMENTARY = [
    ("Putin's invasion has been an unmitigated disaster for Russia.", "unmitigated"),
    ("Moscow's brazen land grab has united the West.", "land grab"),
    ("Western leaders have been spineless in the face of the threat.", "spineless"),
    ("The Biden administration's dithering has cost Ukraine dearly.", "dithering"),
    ("Kyiv's counteroffensive was a resounding success.", "resounding"),
    ("Russia's meat-grinder tactics have cost thousands of lives.", "meat-grinder"),
    ("Moscow's nuclear saber-rattling is a bluff.", "saber-rattling"),
    ("The Kremlin's war machine grinds on.", "war machine"),
    ("The talks are a smokescreen for rearmament.", "smokescreen"),
    ("Troops carried out a campaign of terror against civilians.", "campaign of terror"),
    ("Washington has poured billions into a bottomless pit.", "bottomless pit"),
]


@pytest.mark.parametrize("text, word", WAR_COMMENTARY, ids=[c[1] for c in WAR_COMMENTARY])
def test_the_commentary_of_a_war_is_loaded(text, word):
    assert word in loaded(text)


# ------------------------------------------------------------ weather, substances, disease, reach of a change
LITERAL_QUALITIES = [
    ("bitter cold", "Residents braced for bitter cold as strikes knocked out heating.", "bitter"),
    ("a bitter minus 20", "Temperatures dropped to a bitter minus 20 degrees in Kharkiv.", "bitter"),
    ("one word between", "A bitter Arctic wind swept across the steppe.", "bitter"),
    ("a harsh winter", "Soldiers endured a harsh winter in the trenches.", "harsh"),
    ("a brutal cold snap", "A brutal cold snap hit the region in January.", "brutal"),
    ("fierce winds", "Fierce winds tore roofs off houses in Odesa.", "Fierce"),
    ("extreme heat", "Extreme heat is forecast for southern Ukraine.", "Extreme"),
    ("dangerous chemicals", "The dam's collapse left dangerous chemicals in the water.", "dangerous"),
    ("dangerous levels", "Radiation at the plant rose to dangerous levels, the IAEA said.", "dangerous"),
    ("toxic smoke", "Toxic smoke rose from the burning fuel depot.", "Toxic"),
    ("an aggressive form of cancer", "The senator was treated for an aggressive form of cancer.", "aggressive"),
    ("aggressive breast cancer", "She was diagnosed with aggressive breast cancer last year.", "aggressive"),
    ("an aggressive strain of the virus", "Doctors feared an aggressive strain of the virus.", "aggressive"),
    ("radical reforms", "The government announced radical reforms of the army.", "radical"),
    ("a radical overhaul", "The plan calls for a radical overhaul of the tax code.", "radical"),
]


@pytest.mark.parametrize("text, word", [c[1:] for c in LITERAL_QUALITIES], ids=[c[0] for c in LITERAL_QUALITIES])
def test_an_adjective_of_the_weather_a_substance_a_disease_or_a_change_is_not_loaded(text, word):
    assert word not in loaded(text)


JUDGING_QUALITIES = [
    ("bitter recriminations", "The talks ended in bitter recriminations.", "bitter"),
    ("bitter, then a noun of weather later", "The bitter dispute over the cold months went on.", "bitter"),
    ("harsh sanctions", "Moscow faces harsh sanctions.", "harsh"),
    ("a brutal crackdown", "The regime's brutal crackdown on protesters continued.", "brutal"),
    ("fierce criticism", "Fierce criticism followed the decision.", "Fierce"),
    ("extreme views", "He holds extreme views on the war.", "extreme"),
    ("a dangerous escalation", "The president called the proposal a dangerous escalation.", "dangerous"),
    ("toxic rhetoric", "Critics called it toxic rhetoric.", "toxic"),
    ("toxic at the end", "The debate has become toxic.", "toxic"),
    ("an aggressive policy", "Russia has pursued an aggressive policy toward its neighbours.", "aggressive"),
    ("an aggressive form of nationalism", "The aggressive form of nationalism worried observers.", "aggressive"),
    ("a massive strike", "Russia launched a massive missile strike on Kyiv.", "massive"),
    ("harsh and cold", "The reply was harsh and cold.", "harsh"),
    ("the radical wing", "The radical wing of the party opposed the deal.", "radical"),
    ("radical groups", "Radical groups staged a protest.", "Radical"),
]


@pytest.mark.parametrize("text, word", [c[1:] for c in JUDGING_QUALITIES], ids=[c[0] for c in JUDGING_QUALITIES])
def test_the_same_adjectives_judging_stay_loaded(text, word):
    assert word in loaded(text)


def test_a_miserable_failure_is_loaded_in_each_form():
    assert loaded("The counteroffensive has failed miserably.")["miserably"] == \
        ("emotive_intensifier", "pattern: adverb of miserable")
    assert loaded("It was a miserable failure.")["miserable"] == ("emotive_intensifier", "term: miserable")



# ------------------------------------------------------------ a blow that is a blow
@pytest.mark.parametrize("text", [
    "A car slammed into a crowd of pedestrians on Friday.",
    "Hurricane Ian slammed into Florida as a Category 4 storm.",
    "The door slammed shut behind him.",
    "The driver slammed on the brakes.",
    "She slammed the door on her way out.",
    "The rocket blasted off from Cape Canaveral.",
    "The shuttle finally blasted off.",
    "Miners blasted through the rock.",
    "A fire ripped through the building overnight.",
], ids=["slammed into", "a storm slammed into", "slammed shut", "slammed on the brakes", "slammed the door",
        "blasted off", "blasted off at the end", "blasted through", "ripped through"])
def test_a_blow_with_its_path_or_result_is_neither_loaded_nor_a_report(text):
    annotation = annotate(text)
    assert not loaded(text)
    assert annotation.sentences[0].attribution == "none"


@pytest.mark.parametrize("text, word", [
    ("The senator slammed the decision.", "slammed"),
    ("The coach blasted the referee after the match.", "blasted"),
    ("Critics say the firm ripped off its customers.", "ripped"),
], ids=["slammed the decision", "blasted the referee", "ripped off"])
def test_a_blow_that_is_criticism_stays_loaded(text, word):
    assert loaded(text)[word][0] == "emotive_intensifier"
