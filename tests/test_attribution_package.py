"""The attribution package's layout: each module uses only those listed before it in the
package's docstring, so the rules can be read from the words up; and the rules of a verb's
form, each deciding the case it is named for, in the order they are tried."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import framing.attribution as attribution
from framing.annotate import default_lexicons
from framing.attribution import find_quotes
from framing.attribution.headlines import _is_title_case
from framing.attribution.speakers import _FORM_RULES, _NOBODY, _speaker_for, _verb_context
from framing.model import Sentence
from framing.sentences import split_paragraphs

PACKAGE = Path(attribution.__file__).parent


def _documented_order() -> list[str]:
    """The modules in the order the package's docstring lists them."""
    listed = attribution.__doc__.split("The rules live in modules of their own", 1)[1]
    return re.findall(r"``(\w+)``", listed.split("This module puts them together", 1)[0])


def test_the_docstring_lists_every_module():
    modules = {path.stem for path in PACKAGE.glob("*.py")} - {"__init__"}
    assert sorted(_documented_order()) == sorted(modules)


@pytest.mark.parametrize("module", sorted(path.stem for path in PACKAGE.glob("*.py")))
def test_a_module_imports_only_those_before_it(module):
    order = _documented_order() + ["__init__"]
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    imported = {node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.level == 1}
    for name in imported:
        assert order.index(name) < order.index(module), f"{module} imports {name}, listed after it"


@pytest.mark.parametrize("words, expected", [
    ("Ukraine Rules Out More Talks With Russia", True),
    ("Sanders Vows To End Tax Break", True),
    ("Poll: 3 In 4 Voters Back The Plan", True),
    ("Ukraine rules out more talks", False),  # sentence case
    ("Kyiv Says No", True),
    ("Kyiv Says", False),  # two words are a name and a verb, or a name
])
def test_title_case_headlines(words, expected):
    assert _is_title_case(words) is expected


def _deciding_form_rule(text: str, cue_text: str) -> tuple[str | None, str | None]:
    """(name, speaker) of the first rule of the verb's form that decides the cue ``cue_text`` in the
    one-sentence ``text``: the speaker's words, or None when the rule finds nobody."""
    cue = next(m for m in default_lexicons().report_verbs.finditer(text) if m.text == cue_text)
    quotes = find_quotes(text, split_paragraphs(text))
    verb = _verb_context(text, Sentence(0, len(text), 0), cue, quotes)
    for rule in _FORM_RULES:
        found = rule(verb)
        if found is not None:
            return rule.__name__, None if found is _NOBODY else text[found[0]:found[1]]
    return None, None


@pytest.mark.parametrize("text, cue, rule, speaker", [
    ("Citing a new poll, Ruiz said the race was close.", "Citing", "_opening_citation", None),
    ("The agency quoted Lavrov as saying the talks were over.", "quoted", "_quoted_as_saying", "Lavrov"),
    ("Turnout fell, according to two officials.", "according to", "_source_after_according_to", "two officials"),
    ("After saying the plan would fail, the mayor voted for it.", "saying",
     "_subject_after_opening_participle", "the mayor"),
    ("The talks resumed, with Norway backing the plan.", "backing", "_subject_of_absolute_clause", "Norway"),
    ("There are some economists who say that prices will fall.", "say",
     "_source_after_there_are", "some economists"),
    ("She released a letter from her doctor that says she is healthy.", "says",
     "_noun_a_relative_clause_hangs_on", "her doctor"),
    ("His comments drew a rebuke.", "comments", "_noun_after_a_marker", None),
    ("The WHO, however, stopped short of declaring an emergency.", "declaring",
     "_subject_of_gerund_after_of", "The WHO"),
    ("Ukraine makes demands of its allies.", "demands", "_subject_of_light_verb", "Ukraine"),
    ("Pelosi Warns Trump Against Shutdown Over Wall", "Warns", "_speaker_in_headline", "Pelosi"),
    ("The plan, backed by Western nations, failed.", "backed", "_agent_of_reduced_relative", "Western nations"),
    ("Ruiz said the plan would fail.", "said", None, None),  # the speaker rules' case
])
def test_each_rule_of_a_verbs_form_decides_its_own_case(text, cue, rule, speaker):
    assert _deciding_form_rule(text, cue) == (rule, speaker)


@pytest.mark.parametrize("text, cue, speaker", [
    ("The damage, estimated at $2 billion, was covered.", "estimated", ""),  # a passive naming nobody
    ("It was first reported by the Times.", "reported", "Times"),
    ("Mr. Rubio is expected to say more.", "expected", None),
])
def test_a_passive_has_its_agent_or_nobody(text, cue, speaker):
    match = next(m for m in default_lexicons().report_verbs.finditer(text) if m.text == cue)
    found = _speaker_for(text, Sentence(0, len(text), 0), match, find_quotes(text, split_paragraphs(text)))
    assert (None if found is None else text[found[0]:found[1]]) == speaker
