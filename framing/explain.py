"""Plain-words explanations of every kind and category of span, for the app, the report and
the README. Each says what the words do, not whether the outlet is right.

>>> explain("loaded", "delegitimising")
'Denies legitimacy to a side, act or institution (sham, puppet, so-called, illegally annexed).'
>>> explain("hedge", "no such category").startswith("A hedge")
True
"""
from __future__ import annotations

__all__ = ["KIND_EXPLANATIONS", "CATEGORY_EXPLANATIONS", "VERB_EXPLANATIONS", "explain"]

KIND_EXPLANATIONS = {
    "hedge": "A hedge: the writer holds back from full commitment to a claim.",
    "booster": "A booster: the writer leans in, presenting a claim as certain.",
    "loaded": "A loaded term: a word that carries a judgement a plainer word would not.",
    "word_choice": "A word choice outlets split on: the variant chosen signals a perspective.",
    "attribution_cue": "A reporting verb or phrase that attributes a claim to a source.",
    "speaker": "The source a claim is attributed to.",
    "quote": "A direct quotation: the speaker's words, not the outlet's.",
}

CATEGORY_EXPLANATIONS = {
    ("hedge", "modal"): "A modal verb of possibility (may, might, could): the claim may not hold.",
    ("hedge", "epistemic_verb"): "A verb of belief or inference (suggests, appears to, believes): an opinion, not a fact.",
    ("hedge", "epistemic_adverb"): "An adverb of likelihood (possibly, probably, apparently).",
    ("hedge", "epistemic_adjective"): "An adjective of likelihood (possible, likely, unclear, potential).",
    ("hedge", "reporting_distance"): "Distance from a claim (reportedly, allegedly, is said to): someone else says so.",
    ("hedge", "approximator"): "An approximator (roughly, somewhat, to some extent): the claim is made less exact.",
    ("hedge", "weasel"): "A weasel phrase (critics argue, some say, it is believed): an unnamed authority.",
    ("hedge", "vague_quantifier"): "A vague quantity (some, many, several): how many is left open.",
    ("hedge", "negated_booster"): "A word of certainty denied (cannot prove, not convinced): the claim is held back.",
    ("booster", "certainty_adverb"): "An adverb of certainty (clearly, flatly, undoubtedly, in fact).",
    ("booster", "certainty_verb"): "A verb or phrase of certainty (made clear, proves, demonstrates).",
    ("booster", "emphatic"): "An emphatic intensifier (absolutely, totally): the claim is pressed home.",
    ("loaded", "legitimising"): "Lends legitimacy to a side or act (overwhelmingly voted, liberated, reunification).",
    ("loaded", "delegitimising"): "Denies legitimacy to a side, act or institution (sham, puppet, so-called, illegally annexed).",
    ("loaded", "name_calling"): "Name-calling or a dehumanising label (terrorists, useful idiots, thugs, Trump-hating).",
    ("loaded", "emotive_intensifier"): "An emotive or intensifying word (brutal, devastating, slammed, deal with the devil).",
    ("loaded", "euphemism"): "A euphemism that softens what happened (collateral damage, neutralised).",
    ("loaded", "subjective_evaluative"): "A subjective evaluation in the writer's voice (controversial, disastrous, maximalist, harshest).",
    ("loaded", "technical_term"): "A legal or technical name that holds a loaded word (hate crime, terrorist attack): "
                                  "listed as an exception, so the word inside it is not flagged.",
    ("attribution_cue", "neutral"): "A neutral reporting verb (said, told, according to).",
    ("attribution_cue", "non_neutral"): "A reporting verb that frames the speaker (claimed, admitted, insisted, slammed).",
    ("speaker", "named"): "A named source: a person, office or outlet.",
    ("speaker", "anonymous"): "An anonymous source (officials, people familiar with the discussions).",
    ("quote", "named"): "A quotation from a named source.",
    ("quote", "anonymous"): "A quotation from an anonymous source.",
    ("quote", "unattributed"): "A quotation with no source found, or scare quotes around a word.",
}

#: What each class of reporting verb signals (the verb's ``category``).
VERB_EXPLANATIONS = {
    "neutral": "reports speech without judging it (said, told, added)",
    "private_state": "reports a belief or feeling (believes, thinks, fears)",
    "doubt": "casts doubt on what was said (claimed, alleged)",
    "concession": "presents it as a reluctant admission (admitted, conceded)",
    "insistence": "presents it as pressed or repeated (insisted, stressed, vowed)",
    "factive": "presents it as established fact (revealed, confirmed, pointed out)",
    "emotive": "adds emotion to the speaker (slammed, boasted, lashed out)",
    "denial": "reports a denial or refusal (denied, rejected, dismissed)",
    "speculative": "reports a guess (suggested, speculated, predicted)",
}


def explain(kind: str, category: str) -> str:
    """A sentence saying what a span of this kind and category is, for a tooltip or a legend."""
    return CATEGORY_EXPLANATIONS.get((kind, category)) or KIND_EXPLANATIONS.get(kind, kind)
