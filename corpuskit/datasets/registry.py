"""The registry of public datasets corpuskit loads by name.

One frozen :class:`Dataset` per entry in :data:`REGISTRY`: where it comes from
(repository and pinned commit), how to cite it, its licence as the origin
states it, and one :class:`DataFile` per file (or folder of files) with the
sha256 and size of the copy corpuskit reads. The checksums were computed from
the reference copies in ``shared/corpora`` and are written here as literals.

A :class:`DataFile` whose name ends in ``/`` is a folder: its checksum is
:func:`corpuskit.datasets.fetch.folder_sha256` over the files matching
:attr:`DataFile.pattern`. A file with ``prepared=True`` was repacked from the
origin layout (``how_prepared`` says how); Parquet files also carry a content
checksum (:func:`corpuskit.datasets.fetch.table_sha256`) because their bytes
depend on the Parquet writer's version.
"""

from __future__ import annotations

import difflib
import html
from dataclasses import dataclass

from corpuskit.errors import DatasetError


def _glob_base(pattern: str) -> str:
    """The leading folders of a ``/``-separated glob that hold no glob character."""
    base = []
    for part in pattern.split("/")[:-1]:
        if any(ch in part for ch in "*?["):
            break
        base.append(part)
    return "/".join(base)


@dataclass(frozen=True)
class DataFile:
    """One file (or folder of files) of a dataset.

    Attributes:
        name: path inside the dataset folder (``"fakes.csv"``; folders end in ``/``).
        sha256: sha256 of the file's bytes (folders: the folder checksum).
        size: bytes on disk (folders: the total).
        url: where the origin file (or folder) is, at the pinned commit.
        origin_paths: its path(s) in the origin repository; may be glob patterns.
        prepared: ``True`` when corpuskit repacked it from the origin layout.
        how_prepared: what was done (``"copied unchanged"`` for plain copies).
        content_sha256: content checksum of a repacked Parquet table, else ``None``.
        content_key: the unique column that orders the content checksum.
        n_files: how many files a folder holds (1 for a file).
    """

    name: str
    sha256: str
    size: int
    url: str
    origin_paths: tuple[str, ...]
    prepared: bool = False
    how_prepared: str = "copied unchanged"
    content_sha256: str | None = None
    content_key: str | None = None
    n_files: int = 1

    @property
    def is_folder(self) -> bool:
        """Whether this entry is a folder of files."""
        return self.name.endswith("/")

    @property
    def origin_base(self) -> str:
        """For a folder: the origin folder its files come from (``"articles"``)."""
        return _glob_base(self.origin_paths[0])

    @property
    def pattern(self) -> str:
        """For a folder: the glob its files match, relative to the folder (``"*/*.json"``)."""
        base = self.origin_base
        return self.origin_paths[0][len(base) + 1 :] if base else self.origin_paths[0]


@dataclass(frozen=True)
class Dataset:
    """A registered dataset.

    Attributes:
        name: the registry key (``"fakes"``).
        title: one line.
        description: a paragraph: what it holds, caveats, how corpuskit loads it.
        citation: the reference to cite.
        licence: as the origin repository states it (``"none stated"`` when silent).
        origin_repo: GitHub ``owner/name``.
        origin_commit: the pinned commit (40 hex digits).
        files: its files.
        n_docs: documents :func:`corpuskit.load_dataset` returns.
        tables: values of ``load_dataset(name, table=...)``; the first is the default.
    """

    name: str
    title: str
    description: str
    citation: str
    licence: str
    origin_repo: str
    origin_commit: str
    files: tuple[DataFile, ...]
    n_docs: int
    tables: tuple[str, ...] = ("articles",)

    @property
    def url(self) -> str:
        """The origin repository at the pinned commit."""
        return f"https://github.com/{self.origin_repo}/tree/{self.origin_commit}"

    @property
    def repacked(self) -> bool:
        """Whether any file was repacked from the origin layout."""
        return any(f.prepared for f in self.files)

    @property
    def n_files(self) -> int:
        """Files on disk, counting each file of a folder."""
        return sum(f.n_files for f in self.files)

    def __str__(self) -> str:
        lines = [
            f"{self.name}: {self.title}",
            f"  documents: {self.n_docs:,}",
            f"  origin:    {self.origin_repo} @ {self.origin_commit}",
            f"  url:       {self.url}",
            f"  licence:   {self.licence}",
            f"  citation:  {self.citation}",
            f"  tables:    {', '.join(self.tables)}",
            "",
            *_wrap(self.description, indent="  "),
            "",
            "  files:",
        ]
        for f in self.files:
            count = f" ({f.n_files} files)" if f.is_folder else ""
            lines.append(f"    {f.name}{count}  {f.size:,} bytes")
            lines.append(f"      sha256: {f.sha256}")
            if f.content_sha256:
                lines.append(f"      content sha256 ({f.content_key}): {f.content_sha256}")
            lines.append(f"      from:   {', '.join(f.origin_paths)}")
            lines.append(f"      how:    {f.how_prepared}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        esc = html.escape
        rows = "".join(
            f"<tr><td><code>{esc(f.name)}</code></td><td>{f.n_files}</td>"
            f"<td>{f.size:,}</td><td><code>{f.sha256[:16]}…</code></td>"
            f"<td>{esc(f.how_prepared)}</td></tr>"
            for f in self.files
        )
        return (
            f"<h4>{esc(self.name)}: {esc(self.title)}</h4>"
            f"<p>{esc(self.description)}</p>"
            f"<p><b>Documents</b>: {self.n_docs:,}. <b>Licence</b>: {esc(self.licence)}. "
            f"<b>Origin</b>: <a href='{esc(self.url)}'>{esc(self.origin_repo)}</a> "
            f"@ <code>{self.origin_commit[:10]}</code>.</p>"
            f"<p><b>Cite</b>: {esc(self.citation)}</p>"
            "<table><tr><th>file</th><th>files</th><th>bytes</th><th>sha256</th>"
            f"<th>how prepared</th></tr>{rows}</table>"
        )


def _wrap(text: str, *, indent: str) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=96, initial_indent=indent, subsequent_indent=indent)


def get_dataset(name: str) -> Dataset:
    """The registry entry called ``name``.

    Args:
        name: a registered name.

    Returns:
        The :class:`Dataset`.

    Raises:
        DatasetError: for an unknown name, listing the known names and the
            closest match.

    Example:
        >>> get_dataset("fakes").n_docs
        804
    """
    try:
        return REGISTRY[name]
    except (KeyError, TypeError):
        close = difflib.get_close_matches(str(name), list(REGISTRY), n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise DatasetError(
            f"unknown dataset {name!r}.{hint} Known datasets: {', '.join(sorted(REGISTRY))}"
        ) from None


def _prose(text: str) -> str:
    """A paragraph written over several source lines, with its whitespace collapsed."""
    return " ".join(text.split())


def _raw(repo: str, commit: str, path: str) -> str:
    return f"https://raw.githubusercontent.com/{repo}/{commit}/{path.replace(' ', '%20')}"


def _tree(repo: str, commit: str, path: str) -> str:
    return f"https://github.com/{repo}/tree/{commit}/{path.replace(' ', '%20')}"


_FAKES = ("fakenewssyria/fake_news_detection", "878865ed1ec80293dec91ff4a6e3e033d1f29b82")
_UNGDC = (
    "SarahFranzen/Emotions_in_the_United_Nations_General_Debates",
    "3b277c419f85fd6e1f14f69a5fd29a3a6b59fc96",
)
_ABP = ("ramybaly/Article-Bias-Prediction", "ced8111a720948e6a410e52031ace99c4e53f096")
_BBC = ("DokahlSoZoor/DieNeueKrone", "4abe2d2ac2eb677e40bc2d770b7484b9745d4094")
_EUVS = ("cknabs/EUvsDisinfo", "c4acb109041bdca2ecff7036b4865cf16eef52cf")
_BASIL = ("launchnlp/BASIL", "4fdbc4f68d5ddae648990063cb6dd11424d96222")
_FNC1 = ("FakeNewsChallenge/fnc-1", "29d473af2d15278f0464d5e41e4cbe7eb58231f2")
_NARR = ("phenixace/narrative-framing", "197314dfe86838e20420894bc3dfa285814dc04c")
_FRAC = ("mattguida/FrAC", "7c67c201d1985fc5fc9e220d577c52e6fe726fdc")
_PTC = ("aschern/semeval2020_task11", "8a5f3d7b57b5a8e85ce967531a27bfde35156c9a")

REGISTRY: dict[str, Dataset] = {}


def _add(dataset: Dataset) -> None:
    REGISTRY[dataset.name] = dataset


_add(
    Dataset(
        name="fakes",
        title="FA-KES: fake and credible news around the Syrian war (15 outlets)",
        description=_prose(
            """
            804 articles from 15 Middle-East, Russian and Western outlets (2011-2018, 331 of them
            in the Aleppo-siege months 2016-06..12), labelled credible (1) or fake (0) against the
            VDC casualty database, with location, actor, cause of death and casualty counts. The
            CSV is cp1252; its only non-ASCII bytes are 71 two-byte placeholders (0x95 followed by
            0x81, '_' or 0xB5) that an upstream export left where a character was lost (curly
            quote, dash, copyright sign, Turkish letter). The loader removes them, as the rest of
            the corpus already lacks such characters. unit_id repeats on 21 rows (same article,
            different label); their doc_id gets '-1', '-2', ... in file order.
            """
        ),
        citation=_prose(
            """
            Fatima K. Abu Salem, Roaa Al Feel, Shady Elbassuoni, Mohamad Jaber, May Farah (2019).
            FA-KES: A Fake News Dataset around the Syrian War. Proceedings of ICWSM 13(01):
            573-582. doi:10.1609/icwsm.v13i01.3254
            """
        ),
        licence=_prose(
            """
            none stated in the repository (the Zenodo record 2607278 is described by others as CC
            BY 4.0, unchecked)
            """
        ),
        origin_repo=_FAKES[0],
        origin_commit=_FAKES[1],
        files=(
            DataFile(
                "fakes.csv",
                "c2338e05ab32dade097cb6044765de0c6c5405eb6fa6c7db509c536474ccb75d",
                1654895,
                _raw(*_FAKES, "input/fakes.csv"),
                ("input/fakes.csv",),
            ),
        ),
        n_docs=804,
    )
)

_add(
    Dataset(
        name="ungdc",
        title="UN General Debate Corpus, sessions 66-79 (2011-2024)",
        description=_prose(
            """
            2,714 General Debate speeches, one per member state (and the EU) per year, with speaker
            and post from the UNGDC speakers table (8 speeches have no match). Repacked: the text
            files of 2011-2024 joined with Speakers_by_session.xlsx into one Parquet table, text
            unchanged. Loaded with outlet = the country's most frequent name spelling in the corpus
            (the speakers table spells countries several ways), date = 1 January of the year
            (precision 'year') and authors = speaker.
            """
        ),
        citation=_prose(
            """
            Alexander Baturo, Niheer Dasandi, Slava J. Mikhaylov (2017). Understanding State
            Preferences With Text As Data: Introducing the UN General Debate Corpus. Research &
            Politics. Also: Slava Jankin, Alexander Baturo, Niheer Dasandi, Words to unite nations:
            The complete UN General Debate Corpus, 1946-present. Journal of Peace Research.
            """
        ),
        licence=_prose(
            """
            none stated in the origin repository (the Harvard Dataverse original,
            doi:10.7910/DVN/0TJX8Y, is CC0)
            """
        ),
        origin_repo=_UNGDC[0],
        origin_commit=_UNGDC[1],
        files=(
            DataFile(
                "ungdc_2011_2024.parquet",
                "a5c86b2a272187b620dc7e3498857a2442e2286de146b3d5d1bf5be70f578e9d",
                7694751,
                _tree(*_UNGDC, "data/data_original"),
                (
                    "data/data_original/TXT/Session * - 201[1-9]/*.txt",
                    "data/data_original/TXT/Session * - 202[0-4]/*.txt",
                    "data/data_original/Speakers_by_session.xlsx",
                ),
                prepared=True,
                how_prepared=_prose(
                    """
                    repacked by prepare_ungdc: the 2011-2024 text files joined with
                    Speakers_by_session.xlsx on (year, ISO3), one Parquet table
                    """
                ),
                content_sha256="138d5d0be842571ee291ec1c9b5b64db1b9a82a87954d983631055c93553719a",
                content_key="doc_id",
            ),
        ),
        n_docs=2714,
    )
)

_ABP_SPLITS = tuple(
    (f"splits/{kind}/{split}.tsv", sha, size)
    for kind, split, sha, size in (
        (
            "media",
            "train",
            "79e56e281afbf9c04661e113536ade2ba42d6dba7a0ea936f6d09b5a4db0d9d1",
            505218,
        ),
        (
            "media",
            "valid",
            "49b6a2e282ad6c6419ae5ad6fcfde19c034ae0afc39f7b06d66c16b60e3901b6",
            44772,
        ),
        (
            "media",
            "test",
            "99dc183e1c5a16dba288e75009307292d521cc889a6ed78828333dc1fc16ed0f",
            24708,
        ),
        (
            "random",
            "train",
            "4854d1cf756874298db9cae914b8b90920121229dd743dd3cc5836810231b80d",
            531590,
        ),
        (
            "random",
            "valid",
            "042b577a54caaba4e401c1575a9bb64b99a801001be8704a65beb82148516d5d",
            132932,
        ),
        (
            "random",
            "test",
            "2ba1feaba0ba56919b4f697e17eb21fb094ed47833434425de71a0a5e8affaa9",
            24708,
        ),
    )
)

_add(
    Dataset(
        name="article_bias_prediction",
        title="Article-Bias-Prediction (AllSides): US news with left/center/right labels",
        description=_prose(
            """
            37,342 US news articles crawled from AllSides with outlet (491), date, topic (108) and
            a left/center/right label. Repacked: the 37,554 per-article JSON files read into one
            Parquet table without the pre-tokenised 'content' field, and the 212 articles whose
            title or body mentions Aleppo or Mosul held back as a separate evaluation set (so they
            are absent here; the split TSVs, copied unchanged, still list their IDs). Dates are
            strings as crawled: empty, M/D/YY on 37 rows, and a few implausible years (0001, 2050),
            which load as NaT.
            """
        ),
        citation=_prose(
            """
            Ramy Baly, Giovanni Da San Martino, James Glass, Preslav Nakov (2020). We Can Detect
            Your Bias: Predicting the Political Ideology of News Articles. EMNLP 2020, pp.
            4982-4991.
            """
        ),
        licence=_prose(
            """
            Apache License 2.0 (the repository's LICENSE); the texts belong to their publishers
            """
        ),
        origin_repo=_ABP[0],
        origin_commit=_ABP[1],
        files=(
            DataFile(
                "articles.parquet",
                "9e442bbd463cd1f04daf7d025d7cfb484f4fbf837ef6fea1cb75da15f0ea1e59",
                64474413,
                _tree(*_ABP, "data/jsons"),
                ("data/jsons/*.json",),
                prepared=True,
                how_prepared=_prose(
                    """
                    repacked by prepare_article_bias_prediction: the JSON files as one Parquet
                    table, 'content' dropped, Aleppo/Mosul articles held back
                    """
                ),
                content_sha256="7359b3cd39d24fc7fb7a90e74bd835e345797770a37517684e3365352a1b7bba",
                content_key="ID",
            ),
            *(
                DataFile(name, sha, size, _raw(*_ABP, f"data/{name}"), (f"data/{name}",))
                for name, sha, size in _ABP_SPLITS
            ),
        ),
        n_docs=37342,
    )
)

_add(
    Dataset(
        name="bbc_news",
        title="BBC News 2004-05 (Greene & Cunningham), 2,225 articles in 5 categories",
        description=_prose(
            """
            2,225 BBC News website stories from 2004-2005 in five categories (sport 511, business
            510, politics 417, tech 401, entertainment 386). The files carry no dates. Repacked:
            the text files packed into one CSV, the first line of each as title and the rest as
            text. A small, clean benchmark for scale and classification.
            """
        ),
        citation=_prose(
            """
            D. Greene and P. Cunningham (2006). Practical Solutions to the Problem of Diagonal
            Dominance in Kernel Document Clustering. Proc. ICML 2006.
            """
        ),
        licence=_prose(
            """
            none stated in the repository; the dataset README says all rights in the articles are
            owned by the BBC (distributed for research use)
            """
        ),
        origin_repo=_BBC[0],
        origin_commit=_BBC[1],
        files=(
            DataFile(
                "bbc_news.csv",
                "d318e9d65e00e382dd85480955acfc555411c9f83d09b99cc9639889291d1a4c",
                5126331,
                _tree(*_BBC, "data/bbc"),
                ("data/bbc/*/*.txt",),
                prepared=True,
                how_prepared=_prose(
                    """
                    repacked by prepare_bbc_news: one CSV row per text file (doc_id, category,
                    title = first line, text = the rest)
                    """
                ),
            ),
        ),
        n_docs=2225,
    )
)

_add(
    Dataset(
        name="euvsdisinfo",
        title="EUvsDisinfo case index: pro-Kremlin disinformation claims (titles and metadata)",
        description=_prose(
            """
            10,892 cases (2015-01 to 2021-02) from the EUvsDisinfo database. Each title is the
            EUvsDisinfo editors' one-line English paraphrase of a claim, not the outlet's own text,
            and it is the only text available: the loader sets text = title. Outlets, countries,
            keywords and languages are multi-valued ('+'-joined upstream); outlet lists them joined
            by '; ' without the scraping artefact 'Show more' (flagged in outlets_truncated).
            """
        ),
        citation=_prose(
            """
            EU East StratCom Task Force, EUvsDisinfo database
            (euvsdisinfo.eu/disinformation-cases), scraped by C. Knabenhans (GitHub
            cknabs/EUvsDisinfo).
            """
        ),
        licence="none stated in the repository",
        origin_repo=_EUVS[0],
        origin_commit=_EUVS[1],
        files=(
            DataFile(
                "posts.csv",
                "f75b1f66012eeceed6b9d1e7d7c7381375892b40a9d335f2c925d7200eb8a175",
                2949875,
                _raw(*_EUVS, "data/posts.csv"),
                ("data/posts.csv",),
            ),
        ),
        n_docs=10892,
    )
)

_add(
    Dataset(
        name="basil",
        title="BASIL: bias spans in NYT / Fox News / HuffPost coverage of 100 events",
        description=_prose(
            """
            300 articles in 100 event triplets (2010-2019), each event covered by the New York
            Times, Fox News and the Huffington Post, with article-level stance (relative_stance
            liberal/center/conservative, feelings toward the main entities) and phrase-level
            lexical and informational bias spans. Loaded with body paragraphs joined (sentences by
            a space, paragraphs by a blank line), outlet = nyt/fox/hpo and the article-level
            annotations joined; relative_stance is spelled left/right on 62 articles and
            liberal/conservative on the others (relative_stance_normalised maps both).
            """
        ),
        citation=_prose(
            """
            Lisa Fan, Marshall White, Eva Sharma, Ruisi Su, Prafulla Kumar Choubey, Ruihong Huang,
            Lu Wang (2019). In Plain Sight: Media Bias Through the Lens of Factual Reporting. EMNLP
            2019.
            """
        ),
        licence="none stated in the repository",
        origin_repo=_BASIL[0],
        origin_commit=_BASIL[1],
        files=(
            DataFile(
                "articles/",
                "ac06b8c42b37d2ea1a6c13372a8f9efff605ae464651982c032fed638e86ff2a",
                1603913,
                _tree(*_BASIL, "articles"),
                ("articles/*/*.json",),
                n_files=300,
            ),
            DataFile(
                "annotations/",
                "e6ba78f496998928bdf7f79975ed4f834ff288eb0258578559a1eca6e95f42a4",
                996513,
                _tree(*_BASIL, "annotations"),
                ("annotations/*/*_ann.json",),
                n_files=300,
            ),
            DataFile(
                "annotation_changes.txt",
                "208ad160f636bf1587aa4eeaa309fdd8cde96bde76f9fd0a136d489c515136d0",
                2264,
                _raw(*_BASIL, "annotation_changes.txt"),
                ("annotation_changes.txt",),
            ),
        ),
        n_docs=300,
    )
)

_add(
    Dataset(
        name="fnc1",
        title="FNC-1 competition test set: 904 article bodies, 25,413 headline-body stance pairs",
        description=_prose(
            """
            The Fake News Challenge stage-1 competition test split (the training stances were not
            in the snapshot). The articles table holds the 904 bodies, without outlet or date;
            table='stances' gives the 25,413 (headline, body) pairs with their stance (unrelated
            18,349, discuss 4,464, agree 1,903, disagree 697).
            """
        ),
        citation=_prose(
            """
            Dean Pomerleau and Delip Rao (2017). Fake News Challenge Stage 1 (FNC-1),
            fakenewschallenge.org. Bodies from W. Ferreira and A. Vlachos (2016), Emergent: a novel
            data-set for stance classification, NAACL-HLT 2016.
            """
        ),
        licence="none stated in the repository",
        origin_repo=_FNC1[0],
        origin_commit=_FNC1[1],
        files=(
            DataFile(
                "competition_test_bodies.csv",
                "60c9eeb15b904764d2e6512eaea31c6edf148206867284a281e11c29c9919046",
                2045680,
                _raw(*_FNC1, "competition_test_bodies.csv"),
                ("competition_test_bodies.csv",),
            ),
            DataFile(
                "competition_test_stances.csv",
                "39d5c2572e61d2f65116fdd20183aeff533abaf26134078966c337e6a8ec3329",
                2177588,
                _raw(*_FNC1, "competition_test_stances.csv"),
                ("competition_test_stances.csv",),
            ),
        ),
        n_docs=904,
        tables=("articles", "stances"),
    )
)

_add(
    Dataset(
        name="narrative_frames",
        title="Narrative Frames Corpus: climate news with 5 generic frames and hero/villain/victim",
        description=_prose(
            """
            428 climate-change articles (2017-04 to 2019-12) from 63 outlet strings (some outlets
            spelled two ways, e.g. 'rt'/'RT'; outlet_normalised merges them into 36), each with an
            MBFC bias label and five aggregated binary frames: RE resolution, HI human interest, CO
            conflict, MO moral, EC economic. table='roles' gives the 1,944 entity roles
            (hero/villain/victim). One article has no frame values; one EC value reads 'False)' and
            loads as False.
            """
        ),
        citation=_prose(
            """
            Lea Frermann, Jiatong Li, Shima Khanehzar, Gosia Mikolajczak (2023). Conflicts,
            Villains, Resolutions: Towards models of Narrative Media Framing. ACL 2023.
            """
        ),
        licence="MIT (the repository's LICENSE, (c) 2023 Lea Frermann)",
        origin_repo=_NARR[0],
        origin_commit=_NARR[1],
        files=(
            DataFile(
                "articles_metadata.tsv",
                "fe9012b2ef2f807171ca0f3bd5452b3f13e7fdc0092758e2c4a06dbf5cdf3cf5",
                1713403,
                _raw(*_NARR, "data/articles_metadata.tsv"),
                ("data/articles_metadata.tsv",),
            ),
            DataFile(
                "role_and_frame_annoations.tsv",
                "3aa6f36dec5d34cd92261ceb5325656802d9c69225d4cd75e260893f8e5c13e8",
                193210,
                _raw(*_NARR, "data/role_and_frame_annoations.tsv"),
                ("data/role_and_frame_annoations.tsv",),
            ),
            DataFile(
                "full_annotations.json",
                "309f0de1d476afdb1af8433bd23e64cd6be7e224be9ae65c740c17305a2a4c47",
                493453,
                _raw(*_NARR, "data/full_annotations.json"),
                ("data/full_annotations.json",),
            ),
        ),
        n_docs=428,
        tables=("articles", "roles"),
    )
)

_add(
    Dataset(
        name="frac_frames",
        title="FrAC gold: 523 frame-labelled sentences from news articles and reader comments",
        description=_prose(
            """
            523 single-label sentences, each loaded as one document. label is an integer in
            {1,3,4,5,6,8,9,11,12,15}; the frame column names it by our reading of the codes as
            Media Frames Corpus primary frames (1 Economic, 3 Morality, 4 Fairness & equality, 5
            Legality/crime, 6 Policy/political, 8 Security & defense, 9 Health & safety, 11
            Cultural identity, 12 Public opinion, 15 Other). The file does not state this mapping:
            check it before relying on it.
            """
        ),
        citation=_prose(
            """
            M. Guida, Y. Otmakhova, E. Hovy, L. Frermann (2025). Retain or reframe? A computational
            framework for the analysis of framing in news articles and reader comments.
            arXiv:2507.04612.
            """
        ),
        licence=_prose(
            """
            as stated in the README: CC BY 4.0 for SOCC-derived sentences; NYT-derived sentences
            follow the NYT-comments corpus licence, CC BY-NC-SA 4.0
            """
        ),
        origin_repo=_FRAC[0],
        origin_commit=_FRAC[1],
        files=(
            DataFile(
                "gold_standard_single_label_all.csv",
                "fabc0c3e2c85fa66fa21d4419585f8d7912062142ca49d46553fd33dffefe7c3",
                85657,
                _raw(*_FRAC, "gold_standard_single_label_all.csv"),
                ("gold_standard_single_label_all.csv",),
            ),
        ),
        n_docs=523,
    )
)

_add(
    Dataset(
        name="ptc_semeval2020_task11",
        title="Propaganda Techniques Corpus v2 (SemEval-2020 Task 11), training articles",
        description=_prose(
            """
            371 news articles with 6,129 propaganda-technique spans in 14 classes (Loaded_Language
            2,123, Name_Calling,Labeling 1,058, ...). No outlet or date metadata. The text is the
            file exactly as written (a leading byte-order mark included) so that the character
            offsets of the spans stay valid; title is line 1. table='spans' gives the spans (end
            offsets exclusive).
            """
        ),
        citation=_prose(
            """
            G. Da San Martino, S. Yu, A. Barron-Cedeno, R. Petrov, P. Nakov (2019). Fine-Grained
            Analysis of Propaganda in News Articles. EMNLP-IJCNLP 2019. Also: Da San Martino et al.
            (2020), SemEval-2020 Task 11: Detection of Propaganda Techniques in News Articles.
            """
        ),
        licence=_prose(
            """
            none stated in the repository (the official distribution at propaganda.qcri.org
            required registration)
            """
        ),
        origin_repo=_PTC[0],
        origin_commit=_PTC[1],
        files=(
            DataFile(
                "train-articles/",
                "b32ed6a211f52ef5037fb7dd1261b9af64bbccabcd88c5ccc8e006aad18342f5",
                2107701,
                _tree(*_PTC, "datasets/train-articles"),
                ("datasets/train-articles/article*.txt",),
                n_files=371,
            ),
            DataFile(
                "train-task1-SI.labels",
                "8733b0876c2dc51e16e892d5eb1c7479424d217d1cdf0504a4075d3a1ce7eef6",
                108269,
                _raw(*_PTC, "datasets/train-task1-SI.labels"),
                ("datasets/train-task1-SI.labels",),
            ),
            DataFile(
                "train-task2-TC.labels",
                "aee64bf6c7da1da08bd5f9f88f65377a29325740515a97b8e447ae196263c896",
                230658,
                _raw(*_PTC, "datasets/train-task2-TC.labels"),
                ("datasets/train-task2-TC.labels",),
            ),
        ),
        n_docs=371,
        tables=("articles", "spans"),
    )
)
