"""The user's workspace: their uploads and pasted texts, renamed outlets, excluded articles and
lexicon edits, saved as one JSON file and loaded back into exactly the same state.

Uploads are kept as the bytes that were uploaded (base64 in the file), so loading a workspace
reads them again exactly as the first time.

>>> ws = Workspace(pastes=[Paste("Talks resume.", "My outlet")], renames={"RT": "Russia Today"})
>>> Workspace.from_json(ws.to_json()) == ws
True
"""
from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from .corpus import (RECORD_SUFFIXES, Article, InputError, decode_bytes, load_seeds, metadata_table, plural,
                     read_bytes, unique_ids, with_metadata)
from .lexicon import LEXICON_FILES, normalise_term

__all__ = [
    "FORMAT", "Upload", "Paste", "Workspace", "WorkspaceError", "build_corpus", "lexicon_tables",
    "add_term", "remove_terms", "table_tsv", "outlet_as_read", "RENAMED_FROM",
]

#: Written into every saved workspace, checked on load.
FORMAT = "framing-workspace/1"


class WorkspaceError(ValueError):
    """A workspace file that cannot be loaded; the message is meant for the user."""


@dataclass(frozen=True)
class Upload:
    """An uploaded file, as uploaded."""

    name: str
    data: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()[:16]


@dataclass(frozen=True)
class Paste:
    """A pasted text with the outlet the user gave it (and an optional title). ``number`` makes
    its article id, "pasted-3" for 3; 0 until the workspace numbers it (see :class:`Workspace`)."""

    text: str
    outlet: str
    title: str = ""
    number: int = 0

    @property
    def article_id(self) -> str:
        return f"pasted-{self.number}"


def _numbered(pastes: Iterable[Paste]) -> list[Paste]:
    """The pastes, each with a number: a paste keeps the number it has; one without takes the
    next after those before it. So an id stays with its text when an earlier paste is removed,
    and a new paste never takes the id of one still there.

    >>> [p.number for p in _numbered([Paste("A.", "X"), Paste("B.", "Y", number=5), Paste("C.", "Z")])]
    [1, 5, 6]
    """
    numbered, top = [], 0
    for paste in pastes:
        paste = paste if paste.number > 0 else replace(paste, number=top + 1)
        numbered.append(paste)
        top = max(top, paste.number)
    return numbered


@dataclass(frozen=True)
class Workspace:
    """Everything the user did that changes the corpus or the lexicons.

    ``renames`` maps an outlet name to the name to show; ``excluded`` holds article ids;
    ``lexicons`` holds the full rows of each lexicon the user edited, by lexicon name."""

    use_seeds: bool = True
    uploads: list[Upload] = field(default_factory=list)
    pastes: list[Paste] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)
    excluded: list[str] = field(default_factory=list)
    lexicons: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    #: The outlets (as read) in the order they first came, which sets their colours: a loaded
    #: workspace draws each outlet in the colour it had when it was saved.
    outlet_order: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pastes", _numbered(self.pastes))

    def to_json(self) -> str:
        """The workspace as a JSON document (see :data:`FORMAT`)."""
        return json.dumps({
            "format": FORMAT,
            "use_seeds": self.use_seeds,
            "uploads": [{"name": u.name, "data": base64.b64encode(u.data).decode("ascii")} for u in self.uploads],
            "pastes": [asdict(p) for p in self.pastes],
            "renames": self.renames,
            "excluded": self.excluded,
            "lexicons": self.lexicons,
            "outlet_order": self.outlet_order,
        }, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str | bytes) -> "Workspace":
        """A workspace from :meth:`to_json`'s output; raises WorkspaceError for anything else."""
        try:
            doc = json.loads(text)
        except (ValueError, UnicodeDecodeError) as error:
            raise WorkspaceError(f"not a workspace file: not valid JSON ({error})") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise WorkspaceError(f"not a workspace file: expected \"format\": \"{FORMAT}\"")
        try:
            uploads = [Upload(str(u["name"]), base64.b64decode(u["data"], validate=True)) for u in doc.get("uploads", [])]
            # A file saved before pastes had numbers numbers them by place, as their ids were then.
            pastes = [Paste(str(p["text"]), str(p["outlet"]), str(p.get("title", "")), int(p.get("number", 0)))
                      for p in doc.get("pastes", [])]
            renames = {str(k): str(v) for k, v in dict(doc.get("renames", {})).items()}
            excluded = [str(x) for x in doc.get("excluded", [])]
            outlet_order = [str(x) for x in doc.get("outlet_order", [])]
            lexicons = {}
            for name, rows in dict(doc.get("lexicons", {})).items():
                if name not in LEXICON_FILES:
                    raise WorkspaceError(f"unknown lexicon {name!r} in the workspace file")
                lexicons[name] = [{str(k): str(v) for k, v in dict(row).items()} for row in rows]
        except WorkspaceError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise WorkspaceError(f"not a workspace file: a field is missing or malformed ({error})") from None
        return cls(bool(doc.get("use_seeds", True)), uploads, pastes, renames, excluded, lexicons, outlet_order)

    def without(self, pastes: Iterable[int] = (), uploads: Iterable[str] = ()) -> "Workspace":
        """The workspace without the pasted texts at the positions ``pastes`` (0 for the first)
        and the uploaded files named in ``uploads``. The other pastes keep their ids, so what is
        left out stays left out and an id noted earlier still names the same text.

        >>> ws = Workspace(pastes=[Paste("A.", "X"), Paste("B.", "Y"), Paste("C.", "Z")], excluded=["pasted-3"])
        >>> kept = ws.without(pastes=[0])
        >>> [(p.text, p.article_id) for p in kept.pastes], kept.excluded
        ([('B.', 'pasted-2'), ('C.', 'pasted-3')], ['pasted-3'])
        """
        gone, names = set(pastes), set(uploads)
        removed = {p.article_id for k, p in enumerate(self.pastes) if k in gone}
        return replace(self, pastes=[p for k, p in enumerate(self.pastes) if k not in gone],
                       excluded=[i for i in self.excluded if i not in removed],
                       uploads=[u for u in self.uploads if u.name not in names])

    def with_upload(self, name: str, data: bytes) -> "Workspace":
        """The workspace with the file added, unless the same file (name and bytes) is there already."""
        upload = Upload(name, data)
        if any(u.name == name and u.digest == upload.digest for u in self.uploads):
            return self
        return replace(self, uploads=[*self.uploads, upload])


def build_corpus(ws: Workspace) -> tuple[list[Article], dict[str, str]]:
    """The workspace's articles (seeds, uploads, pastes, renames applied, ids made unique, the
    excluded ones included) and a message for each upload that failed or had bad rows, by file
    name. One failing file never stops the others."""
    articles: list[Article] = list(load_seeds()) if ws.use_seeds else []
    problems: dict[str, str] = {}
    tables = _metadata_uploads(ws.uploads)
    described = {Path(file).name: row for table in tables.values() for file, row in table.items()}
    uploaded = {u.name for u in ws.uploads}
    for name, table in tables.items():
        if not uploaded & {Path(file).name for file in table}:
            examples = ", ".join(list(table)[:3]) or "no file"
            problems[name] = (f"{name}: a metadata table (it has a \"file\" column); it names none of the "
                              f"uploaded files ({examples}), so it gives nothing yet. Upload the articles it names.")
    for upload in ws.uploads:
        if upload.name in tables:
            continue
        try:
            found, bad = read_bytes(upload.name, upload.data)
        except InputError as error:
            problems[upload.name] = str(error)
            continue
        except Exception as error:  # a reader bug must not take the other files down
            problems[upload.name] = f"{upload.name}: could not be read ({type(error).__name__})"
            continue
        row = described.get(upload.name)
        one_article = not upload.name.lower().endswith(RECORD_SUFFIXES)  # records carry their own metadata
        articles += [with_metadata(a, row) for a in found] if row and one_article else found
        if bad:
            shown = "; ".join(bad[:5]) + (f"; and {len(bad) - 5} more" if len(bad) > 5 else "")
            problems[upload.name] = f"{plural(len(found), 'article')} read, {plural(len(bad), 'row')} skipped: {shown}"
    for paste in ws.pastes:
        articles.append(Article(id=paste.article_id, text=paste.text, outlet=paste.outlet.strip() or "Pasted",
                                title=paste.title, source="pasted", outlet_from="user"))
    if ws.renames:  # the outlet as read is kept, so that colours and renames can go by it
        articles = [replace(a, outlet=ws.renames[a.outlet], extra={**a.extra, RENAMED_FROM: a.outlet})
                    if a.outlet in ws.renames else a for a in articles]
    return unique_ids(articles), problems


def carry_exclusions(old: Workspace, new: Workspace) -> Workspace:
    """``new`` with the articles left out in ``old`` still left out, under their ids in ``new``.

    An id repeated across files is numbered by the corpus's order ("1", "1 (2)"), so adding or
    removing a file, or the seeds, can renumber another file's articles: an exclusion kept by id
    alone would move to another article. Each article is followed by where it came from (its file
    and its place there); one whose file is gone is forgotten, and an id no longer on show (a seed
    while the seeds are off) is kept as it was.
    """
    if not old.excluded or (old.uploads, old.use_seeds) == (new.uploads, new.use_seeds):
        return new

    def places(articles: list[Article]) -> dict[tuple[str, object], str]:
        seen: dict[str, int] = {}
        found = {}
        for article in articles:
            place = article.id if article.source == "pasted" else seen.get(article.source, 0)
            seen[article.source] = seen.get(article.source, 0) + 1
            found[(article.source, place)] = article.id
        return found

    before = {article_id: place for place, article_id in places(build_corpus(old)[0]).items()}
    after = places(build_corpus(new)[0])
    kept_files = {u.name for u in new.uploads}
    uploaded = {u.name for u in old.uploads}
    excluded = []
    for article_id in old.excluded:
        place = before.get(article_id)
        if place is None:
            excluded.append(article_id)  # not on show before either: kept for when it comes back
        elif place in after:
            excluded.append(after[place])
        elif place[0] not in uploaded or place[0] in kept_files:
            excluded.append(article_id)  # a seed while the seeds are off
    return replace(new, excluded=list(dict.fromkeys(excluded)))


#: Where an article renamed by the workspace keeps the outlet it was read with (in ``Article.extra``).
RENAMED_FROM = "renamed from"


def outlet_as_read(article: Article) -> str:
    """The outlet an article was read with, before any rename in the workspace."""
    return article.extra.get(RENAMED_FROM, article.outlet)


def _metadata_uploads(uploads: list[Upload]) -> dict[str, dict[str, dict]]:
    """The uploaded metadata tables (CSV files with a ``file`` column and no ``text`` column, like
    ``seeds/metadata.csv``) by upload name: their rows by the file each names."""
    tables = {}
    for upload in uploads:
        if not upload.name.lower().endswith(".csv"):
            continue
        try:
            table = metadata_table(decode_bytes(upload.data, upload.name))
        except (InputError, csv.Error):
            continue  # read as articles instead, which names the problem
        if table is not None:
            tables[upload.name] = table
    return tables


def lexicon_tables(ws: Workspace, bundled: dict[str, tuple[dict, ...]]) -> dict[str, list[dict[str, str]]]:
    """The active rows of every lexicon: the user's edited rows where there are any, else the bundled ones."""
    return {name: list(ws.lexicons.get(name, bundled[name])) for name in bundled}


def add_term(rows: list[dict[str, str]], key: str, values: dict[str, str]) -> list[dict[str, str]]:
    """The rows with a new row added (columns of the existing rows; the term normalised);
    unchanged if the term is empty or already there."""
    term = normalise_term(values.get(key, ""))
    if not term or any(normalise_term(r.get(key, "")) == term for r in rows):
        return list(rows)
    columns = list(rows[0]) if rows else list(dict.fromkeys([key, *values]))
    new = {c: str(values.get(c, "")).strip() for c in columns}
    new[key] = term
    return [*rows, new]


def remove_terms(rows: list[dict[str, str]], key: str, terms: list[str]) -> list[dict[str, str]]:
    """The rows without those whose term is in ``terms``."""
    gone = {normalise_term(t) for t in terms}
    return [r for r in rows if normalise_term(r.get(key, "")) not in gone]


def table_tsv(name: str, rows: list[dict[str, str]]) -> str:
    """A lexicon as TSV text that :func:`framing.lexicon.parse_table` reads back."""
    columns = list(dict.fromkeys(c for r in rows for c in r)) or [LEXICON_FILES[name]]
    clean = lambda v: re.sub(r"[\t\r\n]+", " ", str(v))  # noqa: E731  (a tab or line end would split the row)
    lines = [f"# Framing lexicon: {name} (edited in the app)", "\t".join(columns)]
    lines += ["\t".join(clean(r.get(c, "")) for c in columns) for r in rows]
    return "\n".join(lines) + "\n"
