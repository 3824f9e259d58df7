"""Case tables for every detector (many from the seeds), and invariants over all seed spans."""
from __future__ import annotations

import re
import string

import pytest

from framing import annotate, score_corpus
from framing.annotate import Lexicons
from framing.lexicon import read_table
from framing.loaded import find_word_choices


def spans_of(text: str, kind: str) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in annotate(text).spans if s.kind == kind]


def sentence_with(annotation, fragment: str):
    for s in annotation.sentences:
        if fragment in annotation.text[s.start:s.end]:
            return s
    raise AssertionError(f"no sentence holds {fragment!r}")


# ------------------------------------------------------------------ hedges and boosters

HEDGES = [
    ("modal could (seed 000)", "That being said, however, the White House could simply be attempting to withdraw.", "could"),
    ("allegedly (seed 003)", "One of the suggestions backed by Western nations allegedly involves altering the draft age.", "allegedly"),
    ("likely (seed 001)", "US officials say they believe Zelensky would likely support negotiations.", "likely"),
    ("reportedly", "The talks reportedly stalled on Friday.", "reportedly"),
    ("may", "The talks may resume next week.", "may"),
    ("it is believed", "It is believed that the delegation left early.", "It is believed"),
    ("weasel: critics argue", "Critics argue that the plan cannot work.", "Critics argue"),
    ("suggests", "The evidence suggests a shift in strategy.", "suggests"),
    ("vague quantifier: many", "Many historians doubt the account.", "Many"),
    ("vague quantifier: several", "The plan was dropped in several cities.", "several"),
    ("vague quantifier after the conjunction as", "As many voters know, the talks stalled.", "many"),
    ("weasel: widely", "The treaty is widely seen as a failure.", "widely seen as"),
    ("weasel: best known", "She is best known for her novels.", "best known"),
    ("possible", "It is possible that the talks resume.", "possible"),
    ("certainty held back", "The bill is almost certain to pass.", "certain"),
    ("vague quantifier: certain", "Certain delegates left early.", "Certain"),
    ("a forecast held by nobody named", "Kyiv is widely expected to reject the plan.", "is widely expected to"),
    ("a maximizer denied holds back", "The claim is not entirely true.", "not entirely"),
    ("certainty held back, the adverb", "Ukraine will almost certainly need more air defences.", "certainly"),
    ("indications held by nobody named", "There are indications that the offensive has stalled.",
     "There are indications that"),
]


@pytest.mark.parametrize("text, term", [c[1:] for c in HEDGES], ids=[c[0] for c in HEDGES])
def test_hedges_found(text, term):
    assert term in [t for t, _ in spans_of(text, "hedge")]


BOOSTERS = [
    ("flatly (seed 003)", "Zelensky has flatly rejected any idea of launching peace negotiations.", "flatly"),
    ("explicitly (seed 000)", "He also explicitly called for more military aid.", "explicitly"),
    ("made clear (seed 004)", "The Russian position on negotiations was made clear.", "made clear"),
    ("clearly", "The plan clearly failed.", "clearly"),
    ("entirely, a maximizer (seed 001)", "Kiev remains entirely dependent on Western aid.", "entirely"),
    ("completely, a maximizer", "The village was completely destroyed.", "completely"),
    ("certainly, not held back", "Ukraine will certainly need more air defences.", "certainly"),
]


@pytest.mark.parametrize("text, term", [c[1:] for c in BOOSTERS], ids=[c[0] for c in BOOSTERS])
def test_boosters_found(text, term):
    assert term in [t for t, _ in spans_of(text, "booster")]


# (id, kind, text): near misses where nothing of that kind may be found
NEAR_MISSES = [
    ("month May with a date", "hedge", "The talks began on May 4 in Geneva."),
    ("month May mid-sentence", "hedge", "The summit was held in May and ended early."),
    ("plain statement", "hedge", "The delegation arrived in Geneva on Friday."),
    ("as soon as possible", "hedge", "The delegation will return as soon as possible."),
    ("certain as sure", "hedge", "We can be certain that the count was fair."),
    ("considered as weighed", "hedge", "The bill is being considered by the committee."),
    ("how many asks a number", "hedge", "Officials have not disclosed how many troops took part."),
    ("possible after a superlative (seed 002)", "hedge", "It is the best possible outcome of the talks."),
    ("as many as a comparison (seed 001)", "hedge", "Kiev is trying to consolidate as many gains as it can."),
    ("a task: asked to show (seed 001)", "booster",
     "The US is privately asking Ukraine to show that it is open to talks."),
    ("an aim: trying to prove", "booster", "The lawyers are trying to prove the contract was void."),
    ("a failure: failed to demonstrate", "booster", "The company failed to demonstrate any savings."),
    ("an aim: wants to make it clear", "booster", "The minister wants to make it clear before the vote."),
]


@pytest.mark.parametrize("kind, text", [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_near_misses_of_hedges_and_boosters_find_nothing(kind, text):
    assert spans_of(text, kind) == []


@pytest.mark.parametrize("text, term", [
    ("The trial cannot prove that the drug works.", "prove"),
    ("Engineers have not yet proven the design.", "proven"),
    ("Not everyone is convinced by the plan.", "is convinced"),
    ("It was never entirely clear who fired first.", "entirely"),
])
def test_a_negated_booster_holds_back_as_a_hedge(text, term):
    assert spans_of(text, "booster") == []
    assert spans_of(text, "hedge") == [(term, "negated_booster")]


@pytest.mark.parametrize("text, term", [
    ("About 200 people attended the vigil.", "About"),
    ("The plan would cost around $5 billion.", "around"),
    ("The plan would cost roughly $5 billion.", "roughly"),
    ("About 2000 people attended the vigil.", "About"),
    ("Ukrainian forces need as many as 200 new tanks (seed 001).", "as many as"),
    ("Incomes would rise by as much as 19.9 percent.", "as much as"),
    ("The sides have about two weeks to agree.", "about"),
    ("Around two dozen people were hurt.", "Around"),
    ("About a third of voters agree.", "About"),
    ("About half of the town fled.", "About"),
    ("About one in five voters agree.", "About"),
])
def test_an_approximator_before_a_number_is_a_hedge(text, term):
    assert spans_of(text, "hedge") == [(term, "approximator")]


@pytest.mark.parametrize("text", ["The film is about the war.", "Crowds gathered around the square.",
                                  "It is a book about 1968 and after.", "They ate as much as they liked.",
                                  "A film about two brothers won.", "The plan is built around three ideas."])
def test_about_and_around_without_a_number_are_prepositions(text):
    assert spans_of(text, "hedge") == []


@pytest.mark.parametrize("text", [
    "The minister suggested a new round of talks.", "Sarah Higley suggests a common story.",
    "Menon suggested requiring the rulers to act.", "He suggested a new plan.",
])
def test_suggest_as_a_proposal_is_no_hedge(text):
    assert spans_of(text, "hedge") == []


@pytest.mark.parametrize("text, term", [
    ("Studies suggest a link between the two.", "suggest"),  # evidence suggests tentatively
    ("The report suggests that morale is low.", "suggests"),
    ("It was suggested during the debate that taxes rise.", "suggested"),  # "during" is no gerund
])
def test_suggest_as_a_tentative_claim_stays_a_hedge(text, term):
    assert (term, "epistemic_verb") in spans_of(text, "hedge")


def test_certainty_verb_outside_an_infinitive_stays_a_booster():
    assert spans_of("The figures show that pay rose.", "booster") == [("show that", "certainty_verb")]
    assert spans_of("These records prove it.", "booster") == [("prove", "certainty_verb")]


# ------------------------------------------------------------------ loaded language

LOADED = [
    ("overwhelmingly voted (seed 003)", "four other regions that overwhelmingly voted join Russia last autumn",
     "overwhelmingly voted", "legitimising"),
    ("illegally annexed (seed 001)", "They begin with Crimea, which Russia illegally annexed in 2014.",
     "illegally annexed", "delegitimising"),
    ("special military operation", "Moscow calls it a special military operation.", "special military operation", None),
    ("useful idiots", "Officials denounce useful idiots in the West.", "useful idiots", "name_calling"),
    ("deal with the devil", "Any concessions to Putin today would be a deal with the devil.", "deal with the devil", None),
    ("sham", "Critics called the vote a sham.", "sham", "delegitimising"),
    ("a disease named after a place", "He kept calling it the Wuhan virus at rallies.", "Wuhan virus", "name_calling"),
    ("evaluative adjective", "The senator gave a stubborn answer.", "stubborn", "subjective_evaluative"),
    ("doubt-casting verb", "The minister claimed the strike hit a depot.", "claimed", "delegitimising"),
    ("emotive report verb", "The governor slammed the ruling.", "slammed", "emotive_intensifier"),
    ("soldiers as meat", "The army has been bleeding men in the meat grinder of Bakhmut.", "meat grinder",
     "emotive_intensifier"),
    ("soldiers as fodder", "Convicts were sent into human-wave attacks as cannon fodder.", "cannon fodder",
     "emotive_intensifier"),
]


@pytest.mark.parametrize("text, term, category", [c[1:] for c in LOADED], ids=[c[0] for c in LOADED])
def test_loaded_terms_found(text, term, category):
    found = dict(spans_of(text, "loaded"))
    assert term in found
    if category:
        assert found[term] == category


NOT_LOADED = [
    ("plain report", "The delegations met in Geneva on Friday and will meet again next week."),
    ("plain numbers", "The US has sent 18.2 billion dollars in security aid since February."),
    ("the degree of a measured change", "Bond yields rose sharply and the currency fell dramatically."),
]


def test_a_degree_adverb_away_from_a_measured_change_stays_loaded():
    assert spans_of("The minister sharply rebuked the bank.", "loaded") == [("sharply", "emotive_intensifier")]


@pytest.mark.parametrize("text", [c[1] for c in NOT_LOADED], ids=[c[0] for c in NOT_LOADED])
def test_not_loaded(text):
    assert spans_of(text, "loaded") == []


def test_loaded_term_in_a_quotation_is_the_speakers(seed_text):
    annotation = annotate(seed_text("001"))
    idiots = [s for s in annotation.spans if s.kind == "loaded" and s.text == "useful idiots"]
    annexed = [s for s in annotation.spans if s.kind == "loaded" and s.text == "illegally annexed"]
    assert idiots and all(s.quoted for s in idiots)
    assert annexed and not any(s.quoted for s in annexed)


ADVERBS = [
    ("stubbornly", "The board stubbornly refused.", "stubbornly", "pattern: adverb of stubborn"),
    ("clumsily", "The ministry clumsily denied it.", "clumsily", "pattern: adverb of clumsy"),
    ("pathetically", "The defence was pathetically thin.", "pathetically", "pattern: adverb of pathetic"),
    ("horribly", "It went horribly for the party.", "horribly", "pattern: adverb of horrible"),
]


@pytest.mark.parametrize("text, word, rule", [c[1:] for c in ADVERBS], ids=[c[0] for c in ADVERBS])
def test_adverbs_of_listed_adjectives_are_loaded_and_say_so(text, word, rule):
    found = {s.text: s.rule for s in annotate(text).spans if s.kind == "loaded"}
    assert found.get(word) == rule


@pytest.mark.parametrize("text", ["A Washington-based think tank said so.", "Think tanks disagree.",
                                  "A think-tank report came out."], ids=["think tank", "Think tanks", "think-tank"])
def test_a_think_tank_is_no_hedge(text):
    assert spans_of(text, "hedge") == []
    assert not [s for s in annotate(text).spans if s.kind == "attribution_cue" and "think" in s.text.lower()]


@pytest.mark.parametrize("text, weasel", [
    ("There are concerns that the deal will collapse.", "There are concerns"),
    ("Questions remain about the timing of the deal.", "Questions remain"),
    ("There is evidence that the drug works.", "There is evidence that"),
], ids=["there are concerns", "questions remain", "there is evidence that"])
def test_a_concern_held_by_nobody_named_is_a_weasel(text, weasel):
    assert spans_of(text, "hedge") == [(weasel, "weasel")]


@pytest.mark.parametrize("text", ["She believes in free trade.", "I believe in God.", "They believed in him."],
                         ids=["believes in", "believe in", "believed in"])
def test_faith_in_something_is_no_hedge(text):
    assert spans_of(text, "hedge") == []


@pytest.mark.parametrize("text", ["The sign was clearly visible from the road.", "The exits are clearly marked.",
                                  "The files were not clearly labelled."],
                         ids=["clearly visible", "clearly marked", "not clearly labelled"])
def test_clearly_of_how_well_a_thing_is_seen_is_no_booster(text):
    assert spans_of(text, "booster") == [] and spans_of(text, "hedge") == []


@pytest.mark.parametrize("text", ["Russia threw the full might of its army at the city.",
                                  "The Might of the Navy exhibition opens today.",
                                  "The parade showed off America's military might."],
                         ids=["might of", "capitalised before of", "military might"])
def test_might_as_strength_is_no_hedge(text):
    assert spans_of(text, "hedge") == []


def test_might_as_a_modal_stays_a_hedge():
    assert spans_of("Talks might resume.", "hedge") == [("might", "modal")]
    assert spans_of("Talks Might Resume, Officials Say", "hedge") == [("Might", "modal")]


@pytest.mark.parametrize("text", ["She could not shake the criticism.", "The United States could not afford to lose.",
                                  "The stakes could never be higher."],
                         ids=["could not", "a seed's could not", "could never"])
def test_could_not_denies_and_is_no_hedge(text):
    assert spans_of(text, "hedge") == []


@pytest.mark.parametrize("text", ["Ukrainian forces could be seen advancing near Kherson.",
                                  "Explosions could be heard across the city."], ids=["seen", "heard"])
def test_could_with_a_verb_of_perception_is_an_ability_and_no_hedge(text):
    assert spans_of(text, "hedge") == []


def test_could_be_seen_as_stays_a_hedge():
    assert [word for word, _ in spans_of("The move could be seen as a concession.", "hedge")] == ["could be seen as"]


@pytest.mark.parametrize("text, phrase", [
    ("Horowitz could not rule out that the agent acted.", "could not rule out"),
    ("He could not determine if the vote was valid.", "could not determine"),
    ("The claim could not be independently verified.", "could not be independently verified"),
    ("It could rain tomorrow.", "could"),
], ids=["rule out", "determine", "verified", "could alone"])
def test_what_could_not_be_settled_and_could_alone_stay_hedges(text, phrase):
    assert [word for word, _ in spans_of(text, "hedge")] == [phrase]


@pytest.mark.parametrize("text", ["He will assume office in January.", "She assumed power in 2019.",
                                  "She has assumed a newly created role as state counsellor.",
                                  "The poll of 1,200 likely voters was taken last week.",
                                  "His company would assume Patriot's environmental and reclamation obligations."],
                         ids=["assume office", "assumed power", "a role a few words on", "likely voters",
                              "a duty four words on"])
def test_taking_up_an_office_and_a_poll_sample_are_no_hedges_nor_reports(text):
    assert spans_of(text, "hedge") == []
    assert annotate(text).sentences[0].attribution == "none"


@pytest.mark.parametrize("text", ["Think about it: the CIA has asked for more time.",
                                  "“Come to think of it, does anyone get attacked more than me?”",
                                  "Voters should think twice before backing the plan."],
                         ids=["think about", "come to think of it", "think twice"])
def test_weighing_a_thing_is_no_hedge(text):
    assert spans_of(text, "hedge") == []


@pytest.mark.parametrize("text", ["“Guess what? You don’t need an amendment,” he said.",
                                  "No sane country would do that, right? Guess again.",
                                  "The jury must find him guilty beyond a reasonable doubt.",
                                  "I give him the benefit of the doubt."],
                         ids=["guess what", "guess again", "the standard of proof", "benefit of the doubt"])
def test_a_formula_of_surprise_and_the_standard_of_proof_are_no_hedges(text):
    assert spans_of(text, "hedge") == []


@pytest.mark.parametrize("text", ["He is, without any doubt, the worst choice.",
                                  "The city showed beyond a shadow of a doubt that it does not care.",
                                  "We knew without a shadow of a doubt that the deal was corrupt.",
                                  "The source said without a shred of doubt that they knew."],
                         ids=["without any doubt", "beyond a shadow", "without a shadow", "without a shred"])
def test_doubt_ruled_out_is_a_booster_not_a_hedge(text):
    assert spans_of(text, "hedge") == []
    assert [category for _, category in spans_of(text, "booster")] == ["certainty_adverb"]


def test_thought_of_as_stays_a_weasel_and_think_that_a_hedge():
    assert [t for t, _ in spans_of("It is commonly thought of as a unified statement.", "hedge")] == ["thought"]
    assert spans_of("I think the plan will fail.", "hedge") == [("think", "epistemic_verb")]


@pytest.mark.parametrize("text", ["Analysts assume the bank will cut rates.", "We assume their position is weak.",
                                  "I assume that power will shift to the provinces."],
                         ids=["a clause", "an office word that opens a clause", "that"])
def test_assuming_that_something_is_so_stays_a_hedge(text):
    assert spans_of(text, "hedge") == [("assume", "epistemic_verb")]


def test_some_before_a_number_rounds_it():
    assert spans_of("Some 200 people marched; some $5 billion was spent.", "hedge") == [
        ("Some", "approximator"), ("some", "approximator")]
    assert spans_of("Some officials disagreed.", "hedge") == [("Some", "vague_quantifier")]


@pytest.mark.parametrize("text", ["The minister’s support proved troublesome to his campaign.",
                                  "The conclusion could prove to be even worse.",
                                  "Background checks have proven quite useless anyway.",
                                  "Even if the venture proves short-lived, the idea will stay.",
                                  "The drug has not proven effective."],
                         ids=["an adjective", "to be", "a degree word", "a listed adjective", "negated"])
def test_prove_as_turn_out_is_no_booster(text):
    assert [span for span in spans_of(text, "hedge") + spans_of(text, "booster") if span[0].startswith("prov")] == []


@pytest.mark.parametrize("text", ["The indictment proved that no one is above the law.", "He proved his point.",
                                  "The claims were proved to be false.", "It has been proven to be abused.",
                                  "He has already proved five times that the law can be broken."],
                         ids=["that", "an object", "passive", "passive proven", "a number, not an adjective"])
def test_prove_as_show_stays_a_booster(text):
    assert [category for word, category in spans_of(text, "booster") if word.startswith("prov")] == ["certainty_verb"]


def test_clearly_of_how_sure_stays_a_booster():
    assert spans_of("The plan has clearly failed.", "booster") == [("clearly", "certainty_adverb")]


def test_belief_that_something_is_so_stays_a_hedge():
    assert [text for text, _ in spans_of("Police believe the attack was planned.", "hedge")] == ["believe"]
    assert [text for text, _ in spans_of("It is believed in Kyiv that talks will fail.", "hedge")] == \
        ["It is believed"]


@pytest.mark.parametrize("text, weasel", [
    ("He is widely considered the frontrunner.", "widely considered"),
    ("Considered a moderate, she won the seat.", "Considered"),
    ("The plan, considered by many a failure, was dropped.", "considered"),
    ("It was long considered safe.", "considered"),
    ("Kyiv has reportedly considered lowering the draft age.", None),
    ("They considered it a success.", None),
], ids=["widely considered", "opening participle", "considered by", "was long considered", "has considered",
        "they considered"])
def test_considered_is_a_weasel_only_as_a_judgement_held_by_nobody(text, weasel):
    found = [t for t, category in spans_of(text, "hedge") if category == "weasel"]
    assert found == ([weasel] if weasel else [])


def test_an_exception_row_keeps_its_phrase_from_hedges_and_reporting_verbs():
    # A user's own exception works as the bundled "think tank" does: the phrase is matched and dropped.
    text = "The aide might as well stay home, her brother insisted."
    before = annotate(text)
    assert spans_of(text, "hedge") == [("might", "modal")] and before.sentences[0].attribution == "named"
    edited = Lexicons.from_tables({
        "hedges": [*read_table("hedges"), {"term": "might as well", "kind": "Exception"}],
        "report_verbs": [*read_table("report_verbs"), {"verb": "brother insisted", "connotation": "exception"}],
    })
    after = annotate(text, edited)
    assert [s for s in after.spans if s.kind in ("hedge", "attribution_cue")] == []
    assert after.sentences[0].attribution == "none"


@pytest.mark.parametrize("text", ["The family lived there only briefly.", "They met early and rarely spoke."],
                         ids=["briefly", "early-rarely"])
def test_plain_adverbs_are_not_loaded(text):
    assert spans_of(text, "loaded") == []


def test_loaded_spans_offer_a_neutral_alternative():
    (span,) = [s for s in annotate("Russia illegally annexed Crimea.").spans if s.kind == "loaded"]
    assert span.alternative


WORD_CHOICE = [
    ("000", "Kyiv"), ("003", "Kiev"), ("000", "Zelenskyy"), ("001", "Zelenski"), ("002", "Zelensky"),
    ("004", "withdrawing"),
]


@pytest.mark.parametrize("seed_id, variant", WORD_CHOICE, ids=[f"{a}-{b}" for a, b in WORD_CHOICE])
def test_word_choice_variants_found_in_seeds(seed_text, seed_id, variant):
    assert variant in [t for t, _ in spans_of(seed_text(seed_id), "word_choice")]


def test_kyiv_and_kiev_are_one_concept():
    found = dict(spans_of("Kyiv and Kiev.", "word_choice"))
    assert found["Kyiv"] == found["Kiev"]


@pytest.mark.parametrize("ukrainian, russian", [
    ("Dnipro", "Dnepr"), ("Dnipro", "Dnipropetrovsk"), ("Vuhledar", "Ugledar"), ("Avdiivka", "Avdeyevka"),
    ("Lysychansk", "Lisichansk"), ("Sloviansk", "Slavyansk"), ("Horlivka", "Gorlovka"), ("Makiivka", "Makeyevka"),
    ("Izium", "Izyum"), ("Kupiansk", "Kupyansk"), ("Chasiv Yar", "Chasov Yar"), ("Berdiansk", "Berdyansk"),
    ("Enerhodar", "Energodar"), ("Nova Kakhovka", "Novaya Kakhovka"), ("Vinnytsia", "Vinnitsa"),
    ("Zhytomyr", "Zhitomir"), ("Cherkasy", "Cherkassy"), ("Kremenchuk", "Kremenchug"), ("Rivne", "Rovno"),
    ("Ternopil", "Ternopol"), ("Uzhhorod", "Uzhgorod"), ("Bakhmut", "Artyomovsk"),
])
def test_a_place_spelt_from_ukrainian_or_russian_is_one_concept(ukrainian, russian):
    found = dict(spans_of(f"Shelling hit {ukrainian}, which Russia calls {russian}.", "word_choice"))
    assert found[ukrainian] == found[russian] and found[ukrainian].startswith(("city of", "town of"))


@pytest.mark.parametrize("text", ["Protesters ended their occupation of the square.",
                                  "Rebels in the ruling party forced a vote.",
                                  "An invasion of grey squirrels threatens the red ones."])
def test_a_generic_variant_counts_only_in_a_story_about_its_concept(text):
    assert spans_of(text, "word_choice") == []
    about = spans_of(text + " Russia denied it.", "word_choice")
    assert len(about) == 1 and ("Ukraine" in about[0][1] or "Russia" in about[0][1])


@pytest.mark.parametrize("text", [
    "Russia's war has revived fears of nuclear war.",
    "Russia's war is the worst in Europe since World War II.",
    "Russia's war is the worst since the Cold War.",
    "Russia's war has led to war crimes.",
    "Russia's war has caused an energy crisis.",
    "Russia's war has raised a conflict of interest.",
    "Russia's war has not stopped us eating chicken Kiev.",
], ids=["nuclear war", "World War II", "the Cold War", "war crimes", "energy crisis", "conflict of interest",
        "chicken Kiev"])
def test_a_phrase_that_names_something_else_does_not_count_as_a_variant(text):
    assert spans_of(text, "word_choice") == [("Russia's war", "Russia's 2022 attack on Ukraine")]


def test_the_seeds_count_no_world_war_or_cold_war_as_the_war(seed_text):
    rt = spans_of(seed_text("003"), "word_choice")
    assert ("War", "Russia's 2022 attack on Ukraine") not in rt  # "starting World War III"
    assert ("war", "Russia's 2022 attack on Ukraine") in rt  # "finishing the war"


@pytest.mark.parametrize("text, variant", [
    ("Russian forces have withdrawn from Kherson.", "withdrawn"),
    ("Russia is withdrawing its troops.", "withdrawing"),
    ("Russian units were retreating east.", "retreating"),
    ("Moscow said its troops had regrouped.", "regrouped"),
    ("Russia agreed to pull back its forces.", "pull back"),
], ids=["withdrawn", "withdrawing", "retreating", "regrouped", "pull back"])
def test_a_variant_counts_in_each_form_of_its_verb(text, variant):
    assert (variant, "Russian troop movement out of an area") in spans_of(text, "word_choice")


@pytest.mark.parametrize("text", [
    "Russia denied it. The firm withdrew its offer on Friday.",
    "Russia denied it. The White House could be attempting to withdraw from the spotlight and avoid looking weak "
    "on Russia.",
    "Ukraine talks stalled. Progressives released but later letter withdrawal urging Biden to act.",
    "Russia denied it. A total U.S. withdrawal from Syria was ordered.",
], ids=["an offer", "the spotlight (seed 000)", "a letter (seed 001)", "an initial's full stop"])
def test_a_withdrawal_counts_as_the_troops_only_beside_troops_the_front_or_a_place_of_the_war(text):
    assert [t for t, _ in spans_of(text, "word_choice") if t.lower().startswith("withdr")] == []


@pytest.mark.parametrize("text", [
    "Ukraine said so. As Russian troops withdraw from Kherson, talks stall.",
    "Peskov spoke. Biden's insistence Russia withdraws from Ukraine makes talks unlikely.",
    "Reports of Russia's withdrawal from the southern city of Kherson raised questions.",
    "Mr. Putin said the U.S. forces would see Russian units withdraw.",
    "Russian troops on Sept. 30 began to withdraw.",
], ids=["troops", "Ukraine", "a place", "titles and initials before", "an abbreviated month between"])
def test_a_withdrawal_beside_troops_or_a_place_of_the_war_counts(text):
    assert [c for t, c in spans_of(text, "word_choice") if t.lower().startswith("withdr")] == [
        "Russian troop movement out of an area"]


def test_word_choice_alone_finds_the_same_sentences_as_the_pipeline():
    # called without sentences (as the benchmark does), the function splits the text itself
    text = "Russian troops on Sept. 30 began to withdraw. The firm withdrew its offer."
    alone = [(s.start, s.end) for s in find_word_choices(text, [])]
    assert alone == [(s.start, s.end) for s in annotate(text).spans if s.kind == "word_choice"]
    assert [text[a:b] for a, b in alone] == ["withdraw"]


@pytest.mark.parametrize("text, variant, concept", [
    ("Russia invaded Ukraine in February.", "invaded", "Russia's 2022 attack on Ukraine"),
    ("Russia is annexing four regions of Ukraine.", "annexing", "Russia's claim over Ukrainian regions"),
    ("Ukraine will end the occupation of Crimea.", "occupation", "change of control over territory in Ukraine"),
    ("Ukraine vowed to liberate Kherson.", "liberate", "change of control over territory in Ukraine"),
    ("Ukrainian forces retook Izium.", "retook", "change of control over territory in Ukraine"),
    ("Russia reunited with Crimea in 2014.", "reunited", "Russia's claim over Ukrainian regions"),
], ids=["invaded", "annexing", "occupation", "liberate", "retook", "reunited"])
def test_the_other_forms_of_a_variant_count_for_its_concept(text, variant, concept):
    assert (variant, concept) in spans_of(text, "word_choice")


@pytest.mark.parametrize("text, variant", [
    ("The Kiev-based think tank said so.", "Kiev"),
    ("Kyiv-backed forces advanced.", "Kyiv"),
    ("Pro-Kiev forces advanced.", "Kiev"),
    ("Russian-occupied towns fell.", "Russian-occupied"),
], ids=["Kiev-based", "Kyiv-backed", "pro-Kiev", "Russian-occupied"])
def test_a_name_in_a_hyphenated_word_is_counted(text, variant):
    assert variant in [t for t, _ in spans_of(text, "word_choice")]


@pytest.mark.parametrize("text, name, label", [
    ("Moscow blamed the Kiev regime for the strike.", "Kiev", "Kiev regime"),
    ("Moscow blamed Zelensky's regime for the strike.", "Zelensky", "Zelensky's regime"),
], ids=["Kiev regime", "Zelensky's regime"])
def test_a_name_inside_a_longer_variant_counts_as_a_spelling_too(text, name, label):
    found = spans_of(text, "word_choice")
    assert (label, "government of Ukraine") in found
    assert name in [t for t, concept in found if concept != "government of Ukraine"]
    assert (label, "delegitimising") in spans_of(text, "loaded")


@pytest.mark.parametrize("text, term", [
    ("Moscow blamed the regime in Kiev for the strike.", "regime in Kiev"),
    ("Moscow blamed Putin's regime for the strike.", "Putin's regime"),
], ids=["the regime in Kiev", "Putin's regime"])
def test_a_listed_label_said_another_way_is_loaded_too(text, term):
    assert (term, "delegitimising") in spans_of(text, "loaded")


def test_a_name_inside_a_phrase_of_another_sense_is_not_counted():
    assert spans_of("In Kyiv, Russia's envoy ordered chicken Kiev.", "word_choice") == [("Kyiv", "capital of Ukraine")]


def test_a_common_word_in_a_hyphenated_word_is_not_counted():
    assert spans_of("The anti-war protests in Russia grew.", "word_choice") == []


def test_a_possessive_names_the_context_too():
    assert spans_of("The army withdrew. Russia's defence ministry said so.", "word_choice") == \
        [("withdrew", "Russian troop movement out of an area")]


def test_a_variant_without_context_counts_everywhere():
    from framing.annotate import Lexicons

    lexicons = Lexicons.from_tables({"word_choice": [{"variant": "withdrew", "concept": "leaving", "framing": ""}]})
    assert [s.text for s in annotate("The firm withdrew its offer.", lexicons).spans if s.kind == "word_choice"] == \
        ["withdrew"]


# ------------------------------------------------------------------ attribution

ATTRIBUTION = [
    ("anonymous: people familiar (seed 001)", "001", "according to people familiar with the discussions",
     "anonymous", None, "neutral"),
    ("non-neutral verb: Peskov claimed (seed 000)", "000", "Kremlin spokesman Dmitry Peskov claimed",
     "named", "Peskov", "non_neutral"),
    ("named: Podolyak said (seed 000)", "000", "Speaking to AFP, Podolyak said", "named", "Podolyak", "neutral"),
    ("anonymous after a quotation (seed 001)", "001", "said one US official who", "anonymous", "official", "neutral"),
    ("named after a quotation (seed 001)", "001", "wrote Andriy Jermak", "named", "Jermak", None),
    ("named with a title (seed 002)", "002", "National Security Council spokesman John Kirby told reporters",
     "named", "John Kirby", "neutral"),
    ("anonymous: officials say (seed 001)", "001", "Officials say attacking donors", "anonymous", "Officials", "neutral"),
    ("bare claim (seed 003)", "003", "His comments came amid Ukraine’s counteroffensive", "none", None, None),
    ("the statement added (seed 003)", "003", "The drastic measures are needed to substitute", "named", "statement", None),
    ("bare claim (seed 001)", "001", "Not only has Crimea been under direct Russian control", "none", None, None),
    ("a connective, no report (seed 000)", "000", "That being said, however, the White House", "none", None, None),
    ("a pronoun resuming a name (seed 001)", "001", "presidential adviser Mihail Podoljak he said", "named",
     "Podoljak", None),
    ("a headline run into the lede (seed 000)", "000", "Ukraine Rules Out More Negotiations With Russia: Mykhaylo",
     "named", "Mykhaylo Podolyak", "non_neutral"),
    ("the US is a named source (seed 001)", "001", "The US is privately asking Ukraine", "named", "US", None),
    ("he after a titled adviser (seed 001)", "001", "we will get votes from both parties", "named", "Jake Sullivan", None),
    ("he in a later clause (seed 001)", "001", "Putin has continued to undermine the notion", "named", "Putin",
     "non_neutral"),
    ("a country before a colon is no speaker (seed 002)", "002", "USA: Only Zelensky can decide", "none", None, None),
    ("he after a council spokesman (seed 002)", "002", "and bringing it to the table", "named", "John Kirby", None),
    ("a group's plural head (seed 003)", "003", "While most Western countries, including the US", "named",
     "most Western countries", None),
    ("he in a relative clause (seed 004)", "004", "Vladimir Putin will not cede annexed territories", "named",
     "Vladimir Putin", None),
    ("a plural noun is no report verb (seed 001)", "001", "The maximalist remarks from both sides", "none", None, None),
    ("the polls, not the place, suggest (seed 001)", "001", "In the United States, polls show", "named", "polls", None),
    ("the agent of a reduced relative (seed 003)", "003", "One of the suggestions backed by Western nations", "named",
     "Western nations", None),
    ("a subordinator is no part of the speaker (seed 001)", "001", "While members of the Group of Seven", "named",
     "members of the Group of Seven", None),
]


@pytest.mark.parametrize("seed_id, fragment, attribution, speaker, connotation", [c[1:] for c in ATTRIBUTION],
                         ids=[c[0] for c in ATTRIBUTION])
def test_attribution_in_seeds(seed_text, seed_id, fragment, attribution, speaker, connotation):
    sentence = sentence_with(annotate(seed_text(seed_id)), fragment)
    assert sentence.attribution == attribution
    if speaker:
        assert speaker in sentence.speaker
    if connotation:
        assert sentence.verb_connotation == connotation


ATTRIBUTION_TEXT = [
    ("private state: wants", "Clinton wants to sign up five million voters.", "named", "Clinton"),
    ("verb after a fenced phrase", "Senator Jane Roe, at a later press briefing, said the bill would pass.", "named", "Jane Roe"),
    ("according to a whole source", "According to federal data, turnout fell.", "named", "federal data"),
    ("according to an aide", "The senator will visit Ohio, according to a campaign aide.", "anonymous", "aide"),
    ("named group is named", "Civil rights activists say the policy failed.", "named", "activists"),
    ("determiner kept", "The campaign said the ad will air nationally.", "named", "The campaign"),
    ("time phrase skipped", "David Axelrod on Wednesday called for an apology.", "named", "Axelrod"),
    ("signed quotation", "“Not a worthy leader.” ― Ana P. Ruiz", "named", "Ana P. Ruiz"),
    ("speaker turn", "HOST: Would you call those two plans equal?", "named", "HOST"),
    ("two-apostrophe quotation", "''It changes very little in the end,'' said Ana Ruiz, an economist.", "named", "Ana Ruiz"),
    ("possessed head", "It is unlikely; Clinton’s team says she will go on.", "named", "Clinton’s team"),
    ("compound subject", "Several cast members said the host was rude.", "named", "Several cast members"),
    ("determiner and one noun after a clause", "As the phone rang, the announcer said it was late.", "named", "the announcer"),
    ("numeral and one noun", "Taxes would rise, one study found.", "named", "one study"),
    ("participle after an opening adverbial", "During the speech, Trump attacked the plan, saying it would fail.",
     "named", "Trump"),
    ("headline: name then verb", "Railing Against Taxes, Sanders Vows To End Tax Breaks.", "named", "Sanders"),
    ("headline: two-word name", "Chris Christie Calls The Plan A Disgrace Over Police Comments.", "named", "Chris Christie"),
    ("evidence as source: polls show", "Polls show a tight race in the state.", "named", "Polls"),
    ("evidence as source: whole subject", "Figures from the 2019 Labour Force Survey show that pay rose.",
     "named", "Labour Force Survey"),
    ("evidence as source: document states", "A leaflet on the party's website states that fees will fall.",
     "named", "website"),
    ("statement as venue", "In a statement issued on Monday, Governor Ana Ruiz was more cautious.", "named", "Ana Ruiz"),
    ("a TV show is not evidence", "The show drew a record audience on Sunday.", "none", None),
    ("the United States is not a statement", "The records were moved to the United States in 1950.", "none", None),
    ("bare claim", "The bridge opened in 1932 and carries two lanes.", "none", None),
    ("noun after a preposition", "In one tweet the figure was wrong.", "none", None),
    # Forms of report verbs that report nobody, or report someone left unnamed.
    ("'than expected' compares with what was foreseen", "Sales grew faster than expected in May.", "anonymous", None),
    ("'as expected': nobody named", "The court upheld the ban, as expected.", "anonymous", None),
    ("a noun compound in -ing", "A storm warning is in force for the coast.", "none", None),
    ("a disaster that claimed lives", "The fire claimed 12 lives in the old town.", "none", None),
    ("a claim that lives were lost is a report", "Ruiz claimed lives were lost in the fire.", "named", "Ruiz"),
    ("'is understood to': the subject is the content", "The coach is understood to have quit.", "anonymous", None),
    ("a report noun before its verb", "Unconfirmed reports said the bridge had fallen.", "anonymous",
     "Unconfirmed reports"),
    ("an anonymous phrase through a possessive", "People familiar with the bank's plans said a sale was near.",
     "anonymous", "People familiar with the bank's plans"),
    ("a quotation closed by a name and an unlisted verb", "“We did it,” Ortiz beamed.", "named", "Ortiz"),
    ("a headline's record noun after a comma", "Tea drinkers sleep better, study finds", "named", "study"),
    ("the title of a work is no quotation", 'Her novel "The Salt Road Home" sold a million copies.', "none", None),
    # "one" after a quotation is one of the people just mentioned, before or after the verb.
    ("one, before the verb", '"The cuts are brutal," one said.', "anonymous", "one"),
    ("one, before the verb and its object", '"The cuts are brutal," one told us.', "anonymous", "one"),
    ("one, after the verb", '"It is a modest upgrade at best," wrote one.', "anonymous", "one"),
    ("one and a role, after the verb", '"We deserve better," said one supporter outside the ground.',
     "named", "one supporter"),
    # Set phrases with "to say" or "to tell" report nobody; a scheduled statement does.
    ("too early to say", "The vaccine appears to be safe, although it is too early to say how long it lasts.",
     "none", None),
    ("hard to tell", "It is hard to tell whether the plan will work.", "none", None),
    ("is to say", "The minister is to say on Monday that taxes will rise.", "named", "The minister"),
    # "Stress" reports only as a verb, with its complement, after a plural subject or "to".
    ("stress that, a verb", "The authors stress that the results are preliminary.", "named", "The authors"),
    ("stress that, a noun", "Work stress that builds up over years can harm health.", "none", None),
    # Anyone kept unnamed by "familiar with", "briefed on", "with knowledge of".
    ("lawyers familiar with", "The ruling will be appealed, according to lawyers familiar with the case.",
     "anonymous", "lawyers familiar with the case"),
    ("a banker briefed on", "A banker briefed on the talks said a deal was close.",
     "anonymous", "A banker briefed on the talks"),
    ("a name briefed on", "Ruiz briefed on the talks said a deal was close.", "named", "Ruiz"),
]


@pytest.mark.parametrize("text, attribution, speaker", [c[1:] for c in ATTRIBUTION_TEXT],
                         ids=[c[0] for c in ATTRIBUTION_TEXT])
def test_attribution_cases(text, attribution, speaker):
    sentence = annotate(text).sentences[0]
    assert sentence.attribution == attribution
    if speaker:
        assert speaker in sentence.speaker


@pytest.mark.parametrize("text, speaker", [
    # The person the sentence before opens with, when it reports nobody, is nearer than the last speaker.
    ("“We were lucky,” said Rosa Ortiz. Mayor Henrik Dahl toured the street on Thursday. He promised that "
     "the town would be rebuilt.", "Mayor Henrik Dahl"),
    # ... also when that sentence is its subject and a verb alone.
    ("Mayor Lund praised the plan. Justice Hale dissented. He argued that the law was void.", "Justice Hale"),
    # Not a person of the other sex by title, nor a phrase with a determiner: the last speaker stays.
    ("Mr. Lee said the vote was close. Mrs. Ortiz toured the plant on Friday. He said the plant would stay.",
     "Mr. Lee"),
    ("Mr. Lee said the vote was close. A Democrat toured the plant on Friday. He said the plant would stay.",
     "Mr. Lee"),
])
def test_he_or_she_points_to_the_person_the_sentence_before_opens_with(text, speaker):
    assert annotate(text).sentences[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # The last speaker a pronoun may point to has no title of the other sex.
    ("Mr. Lee said the vote was close. Mrs. Ortiz said the plant was safe. He said the plant would stay.",
     "Mr. Lee"),
    ("Mr. Lee said the vote was close. The Queen said the plant was safe. He said the plant would stay.",
     "Mr. Lee"),
    ("Mrs. Ortiz said the vote was close. Mr. Lee said the plant was safe. She said the plant would stay.",
     "Mrs. Ortiz"),
    ("Mrs. Ortiz said the vote was close. He said the plant would stay.", "He"),  # nobody fits: the pronoun
])
def test_he_or_she_skips_an_earlier_speaker_of_the_other_sex_by_title(text, speaker):
    assert annotate(text).sentences[-1].speaker == speaker


def test_claimed_responsibility_is_no_verb_of_doubt():
    sentence = annotate("The group claimed responsibility for the blast.").sentences[0]
    assert (sentence.attribution, sentence.verb, sentence.verb_connotation) == ("named", "claimed responsibility", "neutral")
    assert annotate("Ruiz claimed the count was rigged.").sentences[0].verb_connotation == "non_neutral"


def test_quoted_paragraph_keeps_the_last_speaker():
    text = "“We will win,” Peskov said.\n\n“The talks are over. Nobody in Kyiv wants them to go on.”"
    last = annotate(text).sentences[-1]
    assert last.attribution == "named" and "Peskov" in last.speaker and last.quote


def test_a_quotation_that_carries_on_is_marked_as_the_same_speakers():
    text = "“We are ready to talk,” Peskov told reporters. “But the other side must be realistic.”"
    quotes = [(s.category, s.rule) for s in annotate(text).spans if s.kind == "quote"]
    assert quotes == [("named", "quotation of Peskov")] * 2


def test_scare_quotes_in_a_sentence_of_the_outlets_own_stay_unattributed():
    quotes = [(s.category, s.rule) for s in annotate('Ruiz spoke. The "reform" passed.').spans if s.kind == "quote"]
    assert quotes == [("unattributed", "quotation")]


def test_pattern_cues_say_which_pattern_matched():
    cues = [s for s in annotate("HOST: Would you call those two plans equal?").spans if s.kind == "attribution_cue"]
    assert cues and cues[0].rule == "pattern: speaker turn"


def test_he_said_resolves_to_the_last_named_speaker(seed_text):
    annotation = annotate(seed_text("001"))
    sentence = sentence_with(annotation, "“Russia decided to start it,” he said.")
    assert sentence.attribution == "named" and "Sullivan" in sentence.speaker


def test_quotation_over_several_sentences_keeps_its_speaker(seed_text):
    annotation = annotate(seed_text("001"))
    follow_on = sentence_with(annotation, "“But in the end it’s the Ukrainians who are fighting")
    assert follow_on.attribution == "named" and "Vershbow" in follow_on.speaker and follow_on.quote


def test_sentences_before_a_late_cue_share_the_quotation_speaker(seed_text):
    annotation = annotate(seed_text("003"))
    first = sentence_with(annotation, "“Is it difficult on the battlefield?")
    assert first.attribution == "named" and first.quote


def test_us_officials_do_not_end_a_sentence(seed_text):
    annotation = annotate(seed_text("001"))
    sentence = sentence_with(annotation, "The request by U.S. officials")
    assert "the people said" in annotation.text[sentence.start:sentence.end]


# ------------------------------------------------------------------ quotations

QUOTES = [
    ("curly double", "He said “we will win” today.", ["“we will win”"]),
    ("straight double", 'He said "we will win" today.', ['"we will win"']),
    ("straight opened, curly closed", 'He said "we will win” today.', ['"we will win”']),
    ("guillemets", "Il a dit «nous gagnerons» hier.", ["«nous gagnerons»"]),
    ("low-9 opening", "Er sagte „wir gewinnen“ heute.", ["„wir gewinnen“"]),
    ("single curly, apostrophe inside", "She called it ‘a don’t-care plan’ twice.", ["‘a don’t-care plan’"]),
    ("single curly mid-word is no quotation", "The rock‘n’roll band played.", []),
    ("two apostrophes", "''It is more tinkering,'' said Cole.", ["''It is more tinkering,''"]),
    ("curly opened, straight closed", 'He said “we will win," and left.', ['“we will win,"']),
    ("left open: runs to the paragraph end", "He said “we will win.\n\nNext paragraph.", ["“we will win."]),
    ("too short to count", 'A "" mark.', []),
    ("a passage that begins inside a quotation", 'for those in need," he wrote.', ['for those in need,"']),
    ("a closing mark after another quotation opens nothing", 'He said “no” and left it" at that. Then "yes" came.',
     ["“no”", '"yes"']),
    ("an inch mark is no quotation", 'He is 6\'3" tall and "fit".', ['"fit"']),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in QUOTES], ids=[c[0] for c in QUOTES])
def test_quotations_found(text, expected):
    from framing.attribution import find_quotes
    from framing.sentences import split_paragraphs

    assert [text[a:b] for a, b in find_quotes(text, split_paragraphs(text))] == expected


def _quotes_by_walking(text, paragraphs):
    """The quotation rules spelt out one character at a time: the reference find_quotes must match."""
    pairs = {"“": "”", "«": "»", "„": "“", '"': '"'}
    quotes = []
    for p_start, p_end in paragraphs:
        i = p_start
        while i < p_end:
            char = text[i]
            close = pairs.get(char)
            if close is None and char == "‘" and i + 1 < p_end and text[i + 1].isalnum() and (
                i == p_start or not text[i - 1].isalnum()
            ):
                close = "’"
            if char == "'" and text.startswith("''", i):
                j = text.find("''", i + 2, p_end)
                end = p_end if j < 0 else j + 2
                if end - i > 4:
                    quotes.append((i, end))
                i = end
                continue
            if char == "'" and i + 1 < p_end and text[i + 1] in string.ascii_letters and not (
                i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_'’")
            ):
                # a straight single mark at a word's start, unless it elides ("'em"), closed by a
                # mark after a word or its punctuation and before no letter, or it opens nothing
                word = re.match(r"\w*", text[i + 1:]).group().lower()
                j = i + 2
                while j < p_end and not (text[j] == "'" and (text[j - 1].isalnum() or text[j - 1] in "_.,!?") and not (
                        j + 1 < p_end and text[j + 1] in string.ascii_letters)):
                    j += 1
                if word in ELIDED or j >= p_end:
                    i += 1
                    continue
                j = _walk_past_plural_possessives(text, j, p_end, _straight_closes, _straight_opens)
                quotes.append((i, j + 1))
                i = j + 1
                continue
            if char == '"' and i > p_start and (text[i - 1].isalnum() or text[i - 1] in ".,!?") and (
                i + 1 == p_end or text[i + 1].isspace()
            ):
                # a closing mark that nothing opened: the paragraph so far was quoted, unless a
                # quotation came before it or a digit makes it an inch mark
                if not text[i - 1].isdigit() and all(q[0] < p_start for q in quotes):
                    quotes.append((p_start, i + 1))
                i += 1
                continue
            if close is None:
                i += 1
                continue
            j = i + 1
            while j < p_end:
                if (text[j] == close or close == '"' and text[j] == "”") and not (
                    close == "’" and j + 1 < p_end and text[j + 1].isalpha()
                ):
                    break
                j += 1
            if close == "’" and j < p_end:
                j = _walk_past_plural_possessives(text, j, p_end, _curly_closes, _curly_opens)
            if j == p_end and char == "“":
                j = i + 1  # no curly closing mark in the paragraph: a straight one closes it
                while j < p_end and text[j] != '"':
                    j += 1
            end = min(j + 1, p_end)
            if end - i > 2:
                quotes.append((i, end))
            i = end
    return quotes


ELIDED = {"em", "cause", "cos", "til", "tis", "twas", "n", "bout", "round", "nuff", "ere"}


def _walk_past_plural_possessives(text, j, p_end, closes_at, opens_at):
    """A closing mark after "s" with a space and a letter after it ("'The workers' rights are at
    stake,' he said") gives way to the next mark that closes, walking on past others of its
    shape, unless a quotation opens first or none is left."""
    k = j
    while text[k - 1] in "sS" and k + 2 < p_end and text[k + 1] == " " and text[k + 2].isalpha():
        m = k + 1
        while m < p_end and not closes_at(text, m, p_end) and not opens_at(text, m, p_end):
            m += 1
        if m == p_end or opens_at(text, m, p_end):
            return j
        k = m
    return k


def _straight_closes(text, m, p_end):
    return text[m] == "'" and (text[m - 1].isalnum() or text[m - 1] in "_.,!?") and not (
        m + 1 < p_end and text[m + 1] in string.ascii_letters)


def _straight_opens(text, m, p_end):
    return text[m] == "'" and m + 1 < p_end and text[m + 1] in string.ascii_letters and not (
        m > 0 and (text[m - 1].isalnum() or text[m - 1] in "_'’"))


def _curly_closes(text, m, p_end):
    return text[m] == "’" and not (m + 1 < p_end and text[m + 1].isalpha())


def _curly_opens(text, m, p_end):
    return text[m] == "‘" and m + 1 < p_end and text[m + 1].isalnum() and not (m > 0 and text[m - 1].isalnum())


@pytest.mark.parametrize("text, quoted", [
    ("The 'Kiev regime' refused, Russia said.", ["'Kiev regime'"]),
    ("'Jail!' Trump slams 'crooked' aide.", ["'Jail!'", "'crooked'"]),
    ("'We will never give up,' he said.", ["'We will never give up,'"]),
    ("The players' union said the '90s were good.", []),
    ("They played rock 'n' roll and said 'no'.", ["'no'"]),
    ("Don't say 'ever", []),
    ("'The workers' rights are at stake,' he said.", ["'The workers' rights are at stake,'"]),
    ("He called it 'the voters' choice' and left.", ["'the voters' choice'"]),
    ("‘Our members’ pay has fallen,’ the union said.", ["‘Our members’ pay has fallen,’"]),
    ("'Thanks, boys' said the coach, who praised the players' effort.", ["'Thanks, boys'"]),
    ("Fans sang 'stop the boats' and 'take back control' all night.", ["'stop the boats'", "'take back control'"]),
    ("‘Thanks, boys’ said the coach. The fans’ chant was ‘go home’.", ["‘Thanks, boys’", "‘go home’"]),
], ids=["scare quotes", "headline", "speech", "possessive and a year", "elision", "never closed",
        "a plural possessive inside", "a possessive before the last word", "a curly plural possessive inside",
        "a possessive after the quotation", "two quotations", "curly, another quotation opens"])
def test_straight_single_marks_quote_at_a_word_start(text, quoted):
    from framing.attribution import find_quotes
    assert [text[a:b] for a, b in find_quotes(text, [(0, len(text))])] == quoted


def test_a_term_in_straight_single_marks_is_found_and_quoted():
    found = [s for s in annotate("Moscow blamed the 'Kiev regime' for the strike.").spans if s.kind == "loaded"]
    assert [(s.text, s.quoted) for s in found] == [("Kiev regime", True)]


@pytest.mark.parametrize("text", ["'The workers' pay cut is a disgrace,' the union said.",
                                  "‘The workers’ pay cut is a disgrace,’ the union said."], ids=["straight", "curly"])
def test_a_term_after_a_plural_possessive_in_single_marks_is_the_speakers(text):
    found = [s for s in annotate(text).spans if s.kind == "loaded"]
    assert [(s.text, s.quoted) for s in found] == [("disgrace", True)]


@pytest.mark.parametrize("mark", ['"', "'"])
def test_a_title_case_quotation_alone_in_its_paragraph_is_a_subheading(mark):
    text = f"Mr. Obama said the plan would work.\n\n{mark}All Bets Are Off.{mark}\n\nThe mine closed in May."
    assert [s.attribution for s in annotate(text).sentences] == ["named", "none", "none"]


def test_find_quotes_matches_the_character_walk_on_seeds(seeds):
    from framing.attribution import find_quotes
    from framing.sentences import split_paragraphs

    for article in seeds:
        paragraphs = split_paragraphs(article.text)
        assert find_quotes(article.text, paragraphs) == _quotes_by_walking(article.text, paragraphs), article.id


@pytest.mark.parametrize("alphabet, longest", [("a'’ .n!", 6), ("'’‘s a", 7)],
                         ids=["single marks and elisions", "plural possessives"])
def test_find_quotes_matches_the_character_walk_on_every_short_text(alphabet, longest):
    # Every text up to a few characters long from a handful that matter to single marks, as one
    # paragraph and cut in two: small enough to try them all. Plural possessives need an "s", a
    # space and a letter after the mark: "'s' a'" is the shortest that reads one.
    from itertools import product

    from framing.attribution import find_quotes

    for length in range(1, longest + 1):
        for chars in product(alphabet, repeat=length):
            text = "".join(chars)
            for paragraphs in ([(0, length)], [(0, length // 2), (length // 2 + 1, length)]):
                assert find_quotes(text, paragraphs) == _quotes_by_walking(text, paragraphs), (text, paragraphs)


def test_find_quotes_matches_the_character_walk_on_generated_text():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    from framing.attribution import find_quotes

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.text(alphabet=st.sampled_from(list("abns 1'’‘“”„«»\"\n.,!é")), max_size=40), st.data())
    def check(text, data):
        cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=6)))
        paragraphs = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]
        assert find_quotes(text, paragraphs) == _quotes_by_walking(text, paragraphs)

    check()


# ------------------------------------------------------------------ boilerplate and tone

@pytest.mark.parametrize("fragment", ["Source: RES-MPE", "Leave a Reply"])
def test_seed_002_boilerplate_is_excluded(seed_text, fragment):
    assert sentence_with(annotate(seed_text("002")), fragment).excluded


def test_tone_is_scored_per_sentence():
    annotation = annotate("The attack was a horrible, brutal disaster. The volunteers were wonderful and kind.")
    negative, positive = (s.sentiment for s in annotation.sentences)
    assert negative < -0.5 and positive > 0.5


# ------------------------------------------------------------------ invariants

def test_every_seed_span_is_its_text(seeds):
    for article in seeds:
        annotation = annotate(article.text)
        assert annotation.spans, article.id
        for span in annotation.spans:
            assert article.text[span.start:span.end] == span.text


def test_spans_lie_inside_live_sentences(seeds):
    for article in seeds:
        annotation = annotate(article.text)
        live = [(s.start, s.end) for s in annotation.sentences if not s.excluded]
        for span in annotation.spans:
            if span.kind != "quote":
                assert any(a <= span.start and span.end <= b for a, b in live), (article.id, span)


def test_reordering_articles_changes_no_article_score(seeds):
    forward = score_corpus(seeds).articles.set_index("article_id").sort_index()
    backward = score_corpus(list(reversed(seeds))).articles.set_index("article_id").sort_index()
    assert forward.equals(backward)


def test_whitespace_changes_do_not_change_hits():
    text = "Officials said the talks may resume. Russia illegally annexed Crimea."
    spread = text.replace(" ", "  ")
    assert [(s.kind, s.text.split()) for s in annotate(text).spans] == \
        [(s.kind, s.text.split()) for s in annotate(spread).spans]


def test_a_hedge_row_with_its_kind_blank_or_in_capitals_still_counts():
    from framing.hedging import find_hedges
    from framing.lexicon import Lexicon

    lexicon = Lexicon([{"term": "negotiations", "kind": "", "category": ""},
                       {"term": "flatly", "kind": "Booster ", "category": "certainty_adverb"},
                       {"term": "perhaps", "kind": "hegde", "category": "modal"}], "term")
    spans = find_hedges("Perhaps the negotiations were flatly refused.", lexicon)
    assert [(s.text, s.kind) for s in spans] == [("Perhaps", "hedge"), ("negotiations", "hedge"),
                                                 ("flatly", "booster")]
