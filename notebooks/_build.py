"""Write the tutorial notebooks from the cell sources in this file, and run them.

The cells are kept here so that they can be reviewed as Python; the
``.ipynb`` files are written from them and executed, so that the stored
notebooks (and the documentation site, which shows them) carry their tables
and figures::

    CORPUSKIT_DATA=../shared/corpora python notebooks/_build.py

Outputs are stored without warnings (stderr) and without progress bars
(``CORPUSKIT_PROGRESS=0``). Cells tagged ``check`` hold key results:
``tests/test_notebooks.py`` runs every notebook and checks that these cells
print what the stored notebook shows, so a stored output cannot go stale.
"""

from __future__ import annotations

import os
import sys
import tempfile
import textwrap
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}

SETUP = """
import pandas as pd

import corpuskit as ck

SEED = 0  # every function that samples takes this seed: re-runs give the same numbers
pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)
"""


def md(source: str) -> dict:
    """A Markdown cell."""
    return new_markdown_cell(textwrap.dedent(source).strip())


def code(source: str, *, check: bool = False) -> dict:
    """A code cell; ``check`` tags it as a result the reproducibility test compares."""
    cell = new_code_cell(textwrap.dedent(source).strip())
    if check:
        cell.metadata["tags"] = ["check"]
    return cell


QUICKSTART = [
    md("""
    # 1. Quick start: one wire article, end to end

    The article that started corpuskit: a TASS report of 27 March 2017 in which
    Russia's foreign minister Sergey Lavrov contrasts the US-led coalition's
    operation in Mosul with the Russian-backed operation in eastern Aleppo.
    This notebook loads it, cuts it into tokens and sentences, finds its
    quotes and their speaker, scores its frames with the bundled lexicons and
    shows every form of *liberat-* in context.

    **Data.** The article is not part of the repository. It is read from the
    `seeds` folder that sits beside the corpora folder named by the
    environment variable `CORPUSKIT_DATA` (set `CORPUSKIT_SEEDS` to point
    elsewhere). Nothing here samples, but `SEED` is defined as in every
    notebook.
    """),
    code(SETUP),
    code("""
    import os
    from pathlib import Path


    def seeds_folder() -> Path:
        \"\"\"$CORPUSKIT_SEEDS, else the 'seeds' folder beside the corpora.\"\"\"
        if os.environ.get("CORPUSKIT_SEEDS"):
            folder = Path(os.environ["CORPUSKIT_SEEDS"])
        elif os.environ.get("CORPUSKIT_DATA"):
            corpora = Path(os.environ["CORPUSKIT_DATA"].split(os.pathsep)[0])
            folder = corpora.parent / "seeds"
        else:
            raise RuntimeError(
                "set CORPUSKIT_DATA to the folder of the corpora (the founding article is in "
                "the 'seeds' folder beside it) or CORPUSKIT_SEEDS to the seeds folder"
            )
        if not folder.is_dir():
            raise FileNotFoundError(
                f"seeds folder {folder} not found: set CORPUSKIT_SEEDS to the folder holding "
                "tass-lavrov-mosul-aleppo.txt"
            )
        return folder


    ARTICLE = seeds_folder() / "tass-lavrov-mosul-aleppo.txt"
    """),
    md("""
    ## Load

    `ck.read_articles` reads a plain-text file into one row of the article
    schema. The wire dateline `MOSCOW, March 27. /TASS/.` gives the outlet,
    the dateline city and a date without a year: `date_precision` says
    `month-day` and `date` stays empty (`NaT`) rather than guessing a year.
    """),
    code(
        """
    article = ck.read_articles(ARTICLE)
    article[["doc_id", "outlet", "dateline", "date_raw", "date_precision", "date"]]
    """,
        check=True,
    ),
    code("""
    article[["title", "lede"]].T
    """),
    md("""
    When the year is known from elsewhere, `year=` completes the date (and the
    precision becomes `day`). The load report counts what was read and
    skipped, so nothing is dropped silently.
    """),
    code(
        """
    dated = ck.read_articles(ARTICLE, year=2017)
    print(dated.loc[0, "date"].date(), dated.loc[0, "date_precision"])
    print(ck.load_report(dated))
    """,
        check=True,
    ),
    md("""
    ## Tokens and sentences

    `ck.tokens` keeps each token's character offsets and the document
    metadata. The default rule lower-cases, keeps hyphenated words
    (`us-led`) and drops the possessive `'s`. `stopwords="en"` removes
    function words.
    """),
    code(
        """
    toks = ck.tokens(article)
    content = ck.tokens(article, stopwords="en")
    print(len(toks[0]), "tokens,", len(content[0]), "without stopwords")
    print(content[0][:15])
    """,
        check=True,
    ),
    code("""
    toks.to_frame().head(8)
    """),
    code(
        """
    sents = ck.sentences(article)
    print(len(sents), "sentences")
    sents[["sentence", "start", "end", "text"]].head(5)
    """,
        check=True,
    ),
    md("""
    ## Quotes

    `ck.quotes` finds direct quotes (in quotation marks) and indirect speech
    (`X said ...`, `in his words`), in the headline and lede as well as the
    body, and resolves the speaker from names, role descriptions ("the
    Russian top diplomat") and pronouns. A quote split by its attribution
    keeps one `quote_id` with several parts.
    """),
    code("""
    quotes = ck.quotes(article)
    quotes[["quote_id", "part", "field", "speaker_mention", "verb", "kind", "quote"]]
    """),
    md("""
    Every quote, direct or indirect, is attributed to the same speaker:
    """),
    code(
        """
    print(quotes["speaker"].value_counts().to_dict())
    print(quotes.groupby("kind")["quote_id"].nunique().to_dict(), "quotes by kind")
    """,
        check=True,
    ),
    md("""
    The article is one voice: all of it is Lavrov's framing, reported by a
    Russian state agency. Notebook 4 measures such source balance across
    whole outlets.

    ## Frames and lexicons

    `ck.frames` scores a text on the five generic news frames (Semetko &
    Valkenburg 2000) as vocabulary counts per 1,000 tokens; `.hits` shows
    the words behind each score. These are lexical indicators, not a
    coder's judgement: notebook 3 measures how well they agree with coders.
    """),
    code(
        """
    fs = ck.frames(article)
    print(fs.lexicon)
    fs.scores[[*fs.frames, "n_tokens"]].round(2)
    """,
        check=True,
    ),
    code("""
    fs.hits[["frame", "match", "start", "end"]]
    """),
    md("""
    The bundled lexicons (`ck.list_lexicons()`) target this kind of
    coverage. `ck.lookup` counts any `Dictionary` in a text and can return
    every match; `level=1` collapses the categories of `actor_naming` to
    their top level (who is being named).
    """),
    code("""
    ck.list_lexicons()[["name", "version", "n_categories", "n_entries"]]
    """),
    code(
        """
    legitimacy, matches = ck.lookup(
        article, ck.lexicon("military_legitimacy"), return_matches=True
    )
    print(matches[["category", "match"]].to_string(index=False))
    """,
        check=True,
    ),
    code(
        """
    docvars = [column for column in article.columns if column not in ("text", "title", "lede")]
    naming = ck.lookup(article, ck.lexicon("actor_naming"), level=1).drop(columns=docvars)
    humanitarian = ck.lookup(article, ck.lexicon("humanitarian")).drop(columns=docvars)
    print(naming.iloc[0].to_dict())
    print(humanitarian.iloc[0].to_dict())
    """
    ),
    md("""
    ## Keyword in context

    `ck.kwic` lists every hit of a pattern with its context (here in the
    body, `text`; the headline's "liberate" is in `title`). Liberation is
    the word Lavrov uses for both cities: Moscow "stands for the liberation"
    of Mosul and wants it liberated "from terrorists", while in eastern
    Aleppo, he says, humanitarian corridors meant there was "no need to
    employ force on a large-scale to liberate" the city.
    """),
    code(
        """
    liberation = ck.kwic(article, "liberat*", window=6)
    liberation.to_frame()[["left", "keyword", "right"]]
    """,
        check=True,
    ),
    md("""
    A `Kwic` also renders as an HTML concordance in a notebook (keyword
    highlighted and aligned):
    """),
    code("""
    liberation
    """),
    md("""
    Next: notebook 2 runs the same tools over hundreds of articles and
    compares outlets.
    """),
]


ALEPPO_MOSUL = [
    md("""
    # 2. Aleppo vs Mosul across outlets

    Russian officials contrasted the coalition's siege of Mosul with the
    Russian-backed siege of eastern Aleppo (notebook 1). This notebook asks
    how the two cities were covered by outlets on different sides of the
    Syrian war, and by the governments speaking at the UN General Debate.

    Two corpora, both through `ck.load_dataset`:

    * **FA-KES** (`fakes`): 804 articles about the Syrian war from 15
      outlets, grouped with the bundled mapping `ck.outlet_groups("fakes")`
      (a research judgement, documented in `docs/framing.md`; replace it with
      your own). We keep articles dated from June 2016 onward.
    * **UN General Debate** (`ungdc`): the 2016 and 2017 speeches of Russia,
      Syria, the USA, the UK, France and Iraq.

    Every interval below resamples **documents** (articles, speeches), with
    `seed=SEED`. Each step ends with what the numbers can and cannot say.
    """),
    code(SETUP),
    code("""
    groups = ck.outlet_groups("fakes")
    fakes = ck.assign_groups(ck.load_dataset("fakes"), groups)
    fakes = fakes[fakes["date"] >= "2016-06-01"].reset_index(drop=True)

    text = fakes["text"].str.lower()
    aleppo, mosul = text.str.contains("aleppo"), text.str.contains("mosul")
    fakes["event"] = pd.Series(pd.NA, index=fakes.index, dtype="object")
    fakes.loc[aleppo & ~mosul, "event"] = "aleppo"
    fakes.loc[mosul & ~aleppo, "event"] = "mosul"
    fakes.loc[aleppo & mosul, "event"] = "both"
    groups[["outlet", "group"]].groupby("group")["outlet"].apply(", ".join)
    """),
    code(
        """
    pd.crosstab(fakes["outlet_group"], fakes["event"].fillna("neither"), margins=True)
    """,
        check=True,
    ),
    md("""
    **What FA-KES can and cannot say.** Since June 2016, 271 FA-KES
    articles mention Aleppo, but only 7 mention Mosul (11 in the whole
    corpus), 2 or 3 per outlet group. No statistic can compare the two
    cities' coverage *within* FA-KES: a group's "Mosul coverage" would be
    one or two articles. So the FA-KES analyses below compare **outlet
    groups on Aleppo** (articles mentioning Aleppo, with or without Mosul);
    the Aleppo vs Mosul contrast is taken up with the UN speeches, where it
    is also thin, and stated as such. `corpuskit demo` asks the same two
    questions, and every comparison warns (a `SmallSampleWarning`) when a
    side has fewer than 20 documents.
    """),
    code("""
    aleppo_articles = fakes[fakes["event"].isin(["aleppo", "both"])].reset_index(drop=True)
    aleppo_articles["outlet_group"].value_counts()
    """),
    code("""
    ungdc = ck.load_dataset("ungdc")
    camps = {"RUS": "Russia & Syria", "SYR": "Russia & Syria", "USA": "US, UK & France",
             "GBR": "US, UK & France", "FRA": "US, UK & France", "IRQ": "Iraq"}
    speeches = ungdc[ungdc["year"].isin([2016, 2017]) & ungdc["country_iso3"].isin(camps)]
    speeches = speeches.assign(camp=speeches["country_iso3"].map(camps)).reset_index(drop=True)
    speeches.assign(
        aleppo=speeches["text"].str.count("Aleppo"), mosul=speeches["text"].str.count("Mosul")
    )[["country", "year", "speaker", "camp", "aleppo", "mosul"]]
    """),
    code(
        """
    cities = ck.kwic(speeches, ["Aleppo", "Mosul"], window=8)
    cities.to_frame()[["country", "year", "left", "keyword", "right"]]
    """,
        check=True,
    ),
    md("""
    The speeches barely name either city: a handful of mentions in twelve
    speeches. In the contexts above, the Syrian and Russian statements speak
    of Aleppo as freed from terrorists; France speaks of Aleppo as a
    martyred city; Iraq speaks of Mosul's liberation. The General Debate is
    a statement of each government's whole foreign policy, so the
    comparisons below are of the speeches' overall vocabulary, not of their
    coverage of the two cities.

    ## Keyness: which words set the groups apart?

    Keyness compares word frequencies between two sets of documents: G2
    (log-likelihood) for evidence, Log Ratio (log2 of the ratio of relative
    frequencies) as the effect size, with a **document-bootstrap** interval
    (`ci_method="bootstrap"`), and Benjamini-Hochberg adjusted p-values for
    the thousands of words tested. First, FA-KES Aleppo coverage,
    pro-government-aligned against opposition-aligned outlets.
    """),
    code(
        """
    m = ck.dtm(aleppo_articles, stopwords="en", min_count=3)
    key = ck.keyness(
        m, target="pro-government-aligned", reference="opposition-aligned", by="outlet_group",
        ci_method="bootstrap", n_boot=500, seed=SEED,
    )
    columns = ["feature", "n_target", "n_reference", "g2", "p_adjusted",
               "log_ratio", "log_ratio_low", "log_ratio_high"]
    pd.concat([key.head(8), key.tail(8)])[columns].round(3)
    """,
        check=True,
    ),
    code("""
    ax = ck.plot.keyness(key, n=12, labels=("pro-government-aligned", "opposition-aligned"))
    """),
    code("""
    ax = ck.plot.term_scatter(
        m, target="pro-government-aligned", reference="opposition-aligned", by="outlet_group",
        n_labels=20, labels=("pro-government-aligned", "opposition-aligned"),
    )
    """),
    md("""
    **Reading.** The pro-government-aligned side is marked by *terrorist(s)*,
    *rocket*, *shells*, *fired*, *injured* and *material* (damage): the
    genre of SANA's reports of "terrorist" shelling of government-held
    districts of Aleppo, with the agency's own name. The opposition-aligned
    side is marked by *regime*, *rebel-held*, *Assad*, *opposition*,
    *Russia* and the (Syrian) *Observatory* as a source, and by *TRT* and
    *world* (the name "TRT World"). Keyness mixes the vocabulary of stance
    with that of house style (outlet names, datelines): read the list, do
    not count it. The bootstrap intervals of the Log Ratio are wide for
    words that few articles repeat.

    The same contrast between governments, in their UN speeches (4 speeches
    against 6): with so few documents, the G2 p-values (which treat every
    token as independent) are far too small. The document bootstrap of 4 or
    6 speeches is crude too; read these terms as a description of these
    speeches, not as a test.
    """),
    code(
        """
    un = ck.dtm(speeches, stopwords="en")
    un_key = ck.keyness(
        un, target="Russia & Syria", reference="US, UK & France", by="camp", min_count=8,
        ci_method="bootstrap", n_boot=500, seed=SEED,
    )
    pd.concat([un_key.head(8), un_key.tail(8)])[columns].round(3)
    """,
        check=True,
    ),
    md("""
    **Reading.** Every term here is in at least 3 speeches of its side
    (`min_docs=3`, the default), yet many of the "key" words are countries
    naming themselves (*syrian*, *russia*, *france*), and their bootstrap
    intervals cross 0: one speech says them often, the others rarely. Words such as
    *unilateral* and *principles* (Russia and Syria) or *together* and
    *human* (the Western speeches) keep their intervals away from 0 and are
    the better description of the two camps' rhetoric.
    """),
    code("""
    ax = ck.plot.keyness(un_key, n=12, labels=("Russia & Syria", "US, UK & France"))
    """),
    md("""
    ## Naming: who are the armed opposition?

    `ck.naming` counts the labels given to one referent (here the armed
    opposition, from the `actor_naming` lexicon, longest match first) and
    tests whether the mix differs between groups: a chi-squared test, a
    permutation p-value that moves whole articles between groups (mentions
    within an article are not independent), and Cramér's V as the effect
    size.
    """),
    code(
        """
    names = ck.naming(aleppo_articles, by="outlet_group", seed=SEED)
    names.test.round(4)
    """,
        check=True,
    ),
    code(
        """
    names.shares.pivot(index="label", columns="outlet_group", values="share").round(2)
    """,
        check=True,
    ),
    code(
        """
    pd.concat([
        names.difference("terrorists", "pro-government-aligned", "opposition-aligned"),
        names.difference("rebels", "other", "pro-government-aligned"),
    ]).round(3)
    """,
        check=True,
    ),
    code("""
    by_outlet = ck.naming(aleppo_articles, by="outlet_name", seed=SEED, n_perm=200)
    ax = by_outlet.plot()
    """),
    md("""
    **Reading.** This is the clearest difference in the corpus: in
    pro-government-aligned outlets most labels for the armed opposition are
    "terrorists", in the two other groups most are "rebels" or
    "opposition". The permutation p-value is at its floor (1 / 1001) and
    Cramér's V is large. The per-outlet bars show the pattern holds across
    the outlets of each group, with few mentions in some outlets (see
    `by_outlet.shares["n_mentions"]`). "opposition" also matches the name of
    the political opposition (the Syrian Coalition, Etilaf, names itself
    so).

    ## Frames

    Share of articles in which each generic frame's vocabulary appears at
    least once, by outlet group, with document-bootstrap intervals; then the
    mean use (per 1,000 tokens) of the `military_legitimacy` categories.
    Notebook 3 shows that presence flags are weak frame codes on long
    articles: read these as vocabulary profiles.
    """),
    code(
        """
    fs = ck.frames(aleppo_articles, return_hits=False)
    prev = ck.prevalence(fs.scores, columns=fs.presence_columns, by="outlet_group", seed=SEED)
    prev.pivot(index="variable", columns="outlet_group", values="value").round(2)
    """,
        check=True,
    ),
    code("""
    ax = ck.plot.prevalence(prev, hue="outlet_group", xlabel="share of articles")
    """),
    md("""
    **Reading.** Pro-government-aligned Aleppo coverage rarely uses
    attribution-of-responsibility vocabulary (about 1 article in 10 against
    almost half of opposition-aligned articles) or conflict vocabulary, and
    no economic vocabulary at all (an interval of [0, 0] is the bootstrap of
    zeros, not certainty). In the military-legitimacy heatmap below (means
    per 1,000 tokens), terrorism vocabulary is about twenty times as dense
    in pro-government-aligned coverage as in the other groups, and siege
    vocabulary about a third as dense.
    """),
    code("""
    legit = ck.frames(aleppo_articles, lexicon="military_legitimacy", return_hits=False)
    legit_means = ck.prevalence(legit.scores, columns=legit.frames, by="outlet_group", seed=SEED)
    ax = ck.plot.heatmap(legit_means, index="outlet_group", columns="variable", values="value",
                         label="mean per 1,000 tokens")
    """),
    md("""
    The same scores by event, with the number of articles behind each cell.
    The Mosul cells rest on a handful of articles, so their intervals (and
    any difference from Aleppo) are not measurable here: this table is shown
    to make that visible, not to be read as a result.
    """),
    code(
        """
    city_articles = fakes[fakes["event"].notna()].reset_index(drop=True)
    city_legit = ck.frames(city_articles, lexicon="military_legitimacy", return_hits=False)
    ck.prevalence(city_legit.scores, columns=["liberation", "terrorism"], by="event",
                  seed=SEED).round(2)
    """,
        check=True,
    ),
    md("""
    And the governments' speeches, one column per category (mean per 1,000
    tokens over the two years):
    """),
    code("""
    un_legit = ck.frames(speeches, lexicon="military_legitimacy", return_hits=False)
    un_means = un_legit.scores.groupby("country")[un_legit.frames].mean()
    ax = ck.plot.heatmap(un_means, label="per 1,000 tokens (mean of 2016 and 2017)")
    """),
    md("""
    ## Agency: who kills, and who just dies?

    `ck.agency` finds the clauses around violence verbs and classifies their
    construction: `active` ("jets killed 20"), `passive_agent`, agentless
    (`passive_agentless`: "20 were killed"; `intransitive`; `nominal`).
    `agency_summary` gives each construction's share of a group's clauses,
    with a document-bootstrap interval, and the difference from the
    reference group (here `other`). Seven measures and three groups are
    compared at once: an interval that just excludes 0 is weak evidence.
    """),
    code(
        """
    clauses = ck.agency(aleppo_articles)
    agency = ck.agency_summary(clauses, by="outlet_group", reference="other", seed=SEED)
    agency[agency["measure"].isin(["passive_agentless", "agentless", "actor_agent"])][
        ["outlet_group", "measure", "n_docs", "n", "share", "low", "high",
         "diff", "diff_low", "diff_high"]
    ].round(3)
    """,
        check=True,
    ),
    code("""
    axes = ck.plot.agency(agency)
    """),
    md("""
    **Reading.** Pro-government-aligned outlets use more agentless passives
    ("were injured", typical of SANA's casualty reports) than the `other`
    outlets (0.47 against 0.34, difference interval above 0), but they also
    name an actor as the agent more often (0.32 against 0.13, e.g.
    "terrorists fired"), so their overall agentless share does not differ
    (0.58 against 0.59). Opposition-aligned outlets use slightly more
    agentless passives than `other` (0.41 against 0.34, an interval that
    barely excludes 0) and do not differ on the other two measures. The
    rule-based parser is imperfect: on held-out hand-labelled news it finds
    casualty clauses with precision 0.80 and names the agent exactly 0.59 of
    the time (`docs/agency.md`), and its errors can differ between house
    styles. Tutorial 6 shows how to validate a sample of `clauses` and
    correct these shares before relying on them.

    ## Timeline

    Articles per week by outlet group, with the events of the two battles.
    FA-KES was not collected as a continuous sample: the long gaps of 2017
    show when its authors sampled articles, not when the outlets stopped
    writing. So the timeline describes the corpus, not news volume. The
    single article of 2018 is left out.
    """),
    code("""
    events = {
        "2016-10-17": "Mosul offensive begins",
        "2016-12-13": "east Aleppo evacuation deal",
        "2016-12-22": "Aleppo retaken",
        "2017-07-10": "Mosul victory declared",
    }
    window = fakes[fakes["date"] < "2018-01-01"]
    ax = ck.plot.timeline(window, by="outlet_group", freq="W", events=events)
    """),
    md("""
    ## Summary

    * Naming differs strongly and robustly: "terrorists" in
      pro-government-aligned outlets, "rebels"/"opposition" elsewhere.
    * Vocabulary (keyness, frames) differs in line with it; frame presence
      flags are vocabulary profiles, not coded frames (notebook 3).
    * Aleppo vs Mosul cannot be compared inside FA-KES (7 Mosul articles
      since mid-2016), and the UN speeches mention the cities only a few
      times. A Mosul comparison needs a corpus collected for it.
    """),
]


FRAMING_VALIDATION = [
    md("""
    # 3. Framing methods and their validation

    Dictionary frame scores (`ck.frames`) are cheap and transparent, but are
    they frames? Two public gold sets answer that:

    * `narrative_frames`: 428 climate-change articles coded for five frames
      (Frermann et al. 2023; one article has no codes and is left out);
    * `frac_frames`: 523 sentences with one Media Frames Corpus code each.

    For each we compare the dictionary (`ck.validate_frames`: precision,
    recall, F1 with a document-bootstrap interval, and ROC AUC of the score)
    with a supervised baseline (`ck.frame_classifier`, scored by 5-fold
    `ck.cross_validate_classifier` against a majority-class baseline). All
    folds and resamples use `seed=SEED`; `docs/framing.md` reports the same
    numbers. The full data is used (the whole notebook takes seconds).
    """),
    code(SETUP),
    code(
        """
    narrative = ck.load_dataset("narrative_frames")
    codes = ["CO", "HI", "MO", "EC", "RE"]
    coded = narrative.dropna(subset=codes).reset_index(drop=True)
    print(len(narrative), "articles,", len(coded), "with codes")
    coded[codes].sum()
    """,
        check=True,
    ),
    md("""
    The lexicon's `conflict`, `human_interest`, `morality` and `economic`
    correspond to the codes `CO`, `HI`, `MO`, `EC`. Its `responsibility`
    (attribution of responsibility) has **no counterpart**: the dataset's
    `RE` is *resolution*. It is included only to show what a mismatched
    code looks like (an AUC near 0.5).
    """),
    code(
        """
    gold_columns = {"conflict": "CO", "human_interest": "HI", "morality": "MO",
                    "economic": "EC", "responsibility": "RE"}
    article_scores = ck.frames(coded, return_hits=False)
    validation = ck.validate_frames(article_scores, coded[["doc_id", *codes]],
                                    frames=gold_columns, seed=SEED)
    validation.round(3)
    """,
        check=True,
    ),
    code("""
    ax = ck.plot.prevalence(validation, x="f1", y="frame", low="f1_low", high="f1_high",
                            xlabel="F1 of frame presence against the coders (95% CI)")
    """),
    md("""
    **Reading.** On whole articles, "at least one frame word" fires far too
    often for human interest, morality and economics (precision 0.21 to
    0.36): **presence flags are not frame codes**. The scores still rank
    articles better than chance (AUC 0.63 to 0.85 for the four real
    counterparts), so a threshold fitted on a coded sample of your own
    corpus, or a classifier, does better than presence.

    The supervised baseline: tf-idf and logistic regression, one model per
    code, out-of-fold predictions from 5 folds.
    """),
    code(
        """
    labels = coded[codes].astype(int)
    article_cv = ck.cross_validate_classifier(
        ck.frame_classifier(task="multilabel", seed=SEED), coded["text"], labels,
        cv=5, seed=SEED,
    )
    article_cv.round(3)
    """,
        check=True,
    ),
    md("""
    The classifier beats the majority baseline by about 0.35 macro-F1, with
    a paired interval well above 0; a macro-F1 near 0.5 is still far from
    coder agreement. The interval covers the documents at hand for the
    fitted models, not the variability of refitting on another training set.

    ## Sentences: `frac_frames`

    FrAC codes one frame per sentence. Two lexicon frames have a
    counterpart: `economic` (code 1) and `morality` (code 3).
    """),
    code(
        """
    frac = ck.load_dataset("frac_frames")
    frac.groupby(["label", "frame"]).size().rename("sentences")
    """,
        check=True,
    ),
    code(
        """
    sentence_scores = ck.frames(frac, return_hits=False)
    frac_validation = ck.validate_frames(
        sentence_scores, frac[["doc_id", "label"]],
        frames={"economic": "label", "morality": "label"},
        codes={"economic": 1, "morality": 3}, seed=SEED,
    )
    frac_validation.round(3)
    """,
        check=True,
    ),
    code(
        """
    frac_cv = ck.cross_validate_classifier(
        ck.frame_classifier(task="multiclass", seed=SEED), frac["text"], frac["label"],
        cv=5, seed=SEED,
    )
    frac_cv.round(3)
    """,
        check=True,
    ),
    code("""
    both = pd.concat([article_cv.assign(data="narrative_frames (articles)"),
                      frac_cv.assign(data="frac_frames (sentences)")])
    ax = ck.plot.prevalence(both, x="macro_f1", y="model", hue="data",
                            xlabel="out-of-fold macro-F1 (95% CI)")
    """),
    md("""
    **Reading.** On single sentences presence is a much better indicator
    (F1 about 0.65 to 0.7): one frame word in a sentence is informative,
    one in a long article is not. The ten-way classifier reaches a
    macro-F1 near 0.5 against 0.03 for the majority class.

    **Practice.** Use dictionary frames at the sentence level, or as scores
    (per 1,000 tokens) with a threshold validated on a coded sample of your
    own corpus; report the lexicon version (`FrameScores.lexicon`) and the
    validation numbers with any result.
    """),
]


STANCE_AND_SOURCES = [
    md("""
    # 4. Sources, quotes and mentions

    Who gets to speak in an outlet's coverage, and who is talked about?
    This notebook extracts the quotes of FA-KES articles about Aleppo (June
    2016 onward), tabulates their speakers by outlet group with
    `ck.source_table`, and counts mentions of the conflict's actors with
    `ck.mentions`. Intervals resample articles with `seed=SEED`.
    """),
    code(SETUP),
    code("""
    fakes = ck.assign_groups(ck.load_dataset("fakes"), ck.outlet_groups("fakes"))
    recent = fakes[fakes["date"] >= "2016-06-01"]
    aleppo = recent[recent["text"].str.contains("aleppo", case=False)].reset_index(drop=True)
    aleppo["outlet_group"].value_counts()
    """),
    md("""
    ## Quotes

    One row per quote part, with the speaker as resolved, the speaker's type
    (`official`, `politician`, `military`, `ngo_un`, `armed_group`, `media`,
    `witness_resident`, `anonymous`, ...) and the reporting verb.
    """),
    code(
        """
    quotes = ck.quotes(aleppo)
    print(len(quotes), "quote parts,", quotes.groupby(["doc_id", "quote_id"]).ngroups, "quotes in",
          quotes["doc_id"].nunique(), "of", len(aleppo), "articles")
    quotes[["outlet", "speaker", "speaker_type", "verb", "kind", "quote"]].head(8)
    """,
        check=True,
    ),
    md("""
    The first rows already show the limits of rule-based attribution on
    real wire copy: fragments such as "States" (of "United States") or
    "of Damascus" as speakers, and quotes with no resolved speaker. Read a
    sample like this one before trusting the tables below.
    """),
    md("""
    ## Source table

    Share of quotes (and of quoted words) by speaker type in each outlet
    group. The interval resamples articles, because quotes within an
    article are not independent.
    """),
    code(
        """
    sources = ck.source_table(quotes, by="outlet_group", seed=SEED)
    sources.pivot(index="speaker", columns="outlet_group", values="share_quotes").fillna(0).round(2)
    """,
        check=True,
    ),
    code("""
    ax = ck.plot.sources(sources)
    """),
    code(
        """
    top = ck.source_table(quotes, by="outlet_group", speaker_col="speaker", seed=SEED)
    top = top[top["speaker"] != "(unresolved)"]
    top.sort_values("n_quotes", ascending=False).groupby("outlet_group").head(4)[
        ["outlet_group", "speaker", "n_docs", "n_quotes", "share_quotes",
         "share_quotes_low", "share_quotes_high"]
    ].round(3)
    """,
        check=True,
    ),
    md("""
    **Reading.** The groups quote different voices. Opposition-aligned and
    `other` outlets quote NGOs (notably the Syrian Observatory for Human
    Rights) for a large part of their quotes; pro-government-aligned outlets
    quote anonymous sources ("a source said", most of their quotes) and media
    far more, and NGOs hardly at all. Note that the merged speaker names
    still list "Syrian Observatory for Human Rights" and "Observatory"
    apart: `ck.speakers(quotes)` shows the merges and takes your aliases. Many speakers stay unresolved (`unknown`): the rules
    resolve names and roles they know, and an unresolved share that differs
    between groups can bias the comparison. Read the `unknown` row with the
    others, and check a sample of quotes before drawing conclusions.

    ## Mentions of actors

    `ck.mentions` finds every mention of the default targets (Russia, the
    USA, the coalition, the Syrian government, ISIS, the armed opposition,
    the UN, Turkey, Iran, civilians, ...) by their aliases, per sentence.
    Below: the share of articles mentioning each actor at least once, by
    outlet group, with document-bootstrap intervals.
    """),
    code(
        """
    mentions = ck.mentions(aleppo)
    print(len(mentions), "mentions")
    mentions.groupby("target")["match"].agg(lambda m: m.value_counts().head(3).to_dict())
    """,
        check=True,
    ),
    code(
        """
    per_article = (
        mentions.groupby(["doc_id", "target"]).size().unstack(fill_value=0)
        .reindex(aleppo["doc_id"], fill_value=0) > 0
    )
    per_article = per_article.reset_index().merge(aleppo[["doc_id", "outlet_group"]], on="doc_id")
    actors = [name for name in ck.Targets.default().names if name in per_article]
    mentioned = ck.prevalence(per_article, columns=actors, by="outlet_group", seed=SEED)
    mentioned.pivot(index="variable", columns="outlet_group", values="value").round(2)
    """,
        check=True,
    ),
    code("""
    ax = ck.plot.heatmap(mentioned, index="outlet_group", columns="variable", values="value",
                         fmt=".0%", label="share of articles mentioning the actor")
    """),
    md("""
    **Reading.** Civilians, the Syrian government and the armed opposition
    are mentioned in most articles of every group; the differences are in
    who else appears: opposition-aligned and `other` outlets mention Russia,
    the USA, Turkey, Iran and the UN far more often than
    pro-government-aligned outlets do. Mentions are alias matches:
    "Damascus", "Syrian regime" and even "SANA" (the state agency, credited
    as a source) count as the Syrian government, so a group's vocabulary
    and house style (see notebook 2) shape these counts. Who is mentioned
    is not what is said about them: that is the next step.

    ## Stance toward the actors

    `stance` scores each mention on its **window** (by default the clause
    around it), with every target mention masked as the word `target`, so
    that a naming choice such as "terrorists" does not score itself. The
    lexicon method gives the VADER sentiment of the window (-1 to 1) and a
    label (`favor` >= 0.05, `against` <= -0.05, else `neutral`).
    `stance_summary` averages per group and target, with intervals from
    resampling articles.
    """),
    code(
        """
    tone = ck.stance(aleppo)
    print(tone["label"].value_counts().to_dict())
    tone[["outlet", "target", "window", "score", "label"]].head(6).round(3)
    """,
        check=True,
    ),
    code(
        """
    actors = ["syrian_government", "russia", "armed_opposition", "usa", "un", "civilians"]
    by_group = ck.stance_summary(tone[tone["target"].isin(actors)], by="outlet_group", seed=SEED)
    by_group.pivot(index="target", columns="outlet_group", values="mean_score").round(2)
    """,
        check=True,
    ),
    code("""
    ax = ck.plot.prevalence(by_group, x="mean_score", y="target", hue="outlet_group",
                            low="mean_score_low", high="mean_score_high",
                            xlabel="mean lexicon score of the mention's clause (95% CI)")
    """),
    md("""
    **Reading.** Every actor gets negative windows: this is war news, and
    sentiment words are about killing and destruction whoever the target
    is. The Syrian government's windows are most negative in
    pro-government-aligned outlets (about -0.7, as negative as the
    civilians'), which is not hostility: "SANA" and
    "Damascus" appear in the agency's reports of attacks ("SANA reported
    that terrorists shelled ..."). The lexicon score is the **tone of the
    context**, not the outlet's stance toward the actor. Read the windows:
    """),
    code("""
    pro_government = tone[(tone["outlet_group"] == "pro-government-aligned")
                          & (tone["target"] == "syrian_government")]
    pro_government.nsmallest(5, "score")[["match", "window", "score"]].round(3)
    """),
    md("""
    ## How well does it measure stance? BASIL

    BASIL (`basil`, 300 articles from the New York Times, Fox News and the
    Huffington Post) records the **author's** feeling toward the main
    entities of each article (`neg`, `neu`, `pos`). Each (article, entity)
    pair is a test case: we find the entity's mentions (its full name, and
    its surname when no other entity shares it), score them, and compare.
    """),
    code(
        """
    basil = ck.load_dataset("basil")
    feelings = (basil[["doc_id", "author_feelings"]].dropna()
                .assign(pair=lambda d: d["author_feelings"].str.split(";"))
                .explode("pair").reset_index(drop=True))
    feelings[["entity", "gold"]] = feelings["pair"].str.strip().str.split("=", n=1, expand=True)
    feelings = feelings[feelings["gold"].isin(["neg", "neu", "pos"])]
    feelings["target"] = feelings["entity"].str.lower()

    names = {entity.lower(): entity.replace("_", " ") for entity in feelings["entity"].unique()}
    surnames = pd.Series({target: name.split()[-1] for target, name in names.items()
                          if len(name.split()) == 2 and name.split()[-1][0].isupper()})
    unique = surnames[~surnames.duplicated(keep=False) & ~surnames.isin(names.values())]
    targets = {target: [name, unique[target]] if target in unique.index else [name]
               for target, name in names.items()}
    print(len(feelings), "article-entity pairs:", feelings["gold"].value_counts().to_dict())
    """,
        check=True,
    ),
    code(
        """
    basil_tone = ck.stance(basil, targets=targets)
    scored = basil_tone.merge(feelings[["doc_id", "target", "gold"]], on=["doc_id", "target"])
    cases = (scored.groupby(["doc_id", "target", "gold"])
             .agg(score=("score", "mean"), windows=("window", " ".join)).reset_index())
    cases["lexicon"] = cases["score"].map(
        lambda s: "pos" if s >= 0.05 else ("neg" if s <= -0.05 else "neu"))
    print(len(cases), "pairs with a mention")
    pd.crosstab(cases["gold"], cases["lexicon"], margins=True)
    """,
        check=True,
    ),
    code(
        """
    cases.groupby("gold")["score"].agg(["count", "mean", "median"]).round(3)
    """,
        check=True,
    ),
    md("""
    The lexicon label agrees with the author's stance little better than
    chance: mean scores barely move from `neg` to `pos`, and most `neu`
    pairs get a non-neutral label. A supervised model learns from coded
    windows instead; `cross_validate_stance` scores it on 5 folds against
    the majority class (`neu`), with a paired document bootstrap for the
    difference. Unigram features keep it fast here.
    """),
    code(
        """
    supervised = ck.cross_validate_stance(
        cases["windows"], cases["gold"], model=ck.StanceClassifier(ngram_range=(1, 1), seed=SEED),
        cv=5, seed=SEED,
    )
    supervised.round(3)
    """,
        check=True,
    ),
    md("""
    **Reading.** The classifier beats always answering `neu`, but only by a
    few points of macro-F1 (the `difference` row, with its paired interval):
    far from a usable stance measure. About 100 `neg` and 14 `pos` pairs
    are too few to learn from, and the windows of a whole article mix what
    is said about the entity with everything else. Other settings (bigrams,
    another `C`) move the score by a few points either way.

    **Practice.** Neither method reads an author's stance off a news
    article: the lexicon measures the tone around a mention, and a
    classifier needs many coded examples per class from the corpus it will
    score. Code a stratified sample of your own mentions (the stance how-to
    in the documentation shows the workflow), check agreement between
    coders, and report the validation with any stance result.
    """),
]


SCALING = [
    md("""
    # 5. Scaling with Dask

    The earlier notebooks hold a corpus in one pandas DataFrame. When a
    corpus outgrows a laptop's memory, or a count takes hours, corpuskit runs
    the same analyses on a **Dask DataFrame**: partitions of the corpus are
    read and counted by worker processes, on this machine's cores or on a
    cluster, and the results are the ones pandas gives.

    This notebook starts a small local cluster, writes a sample of the
    AllSides corpus (`article_bias_prediction`: US news with a left, center
    or right label per outlet) as a partitioned Parquet corpus, reads it
    back as a Dask DataFrame and checks, step by step, that the distributed
    results equal the pandas ones: the document-term matrix, grouped counts
    and keyness, frames, a concordance, hashed counts and a matrix written
    to disk in parts. It ends with what changes on a real cluster.

    **Install** the extra: `pip install 'corpuskit[dask]'` (Dask and
    `distributed`). `docs/scaling.md` explains how each analysis is
    distributed.
    """),
    code(SETUP),
    code("""
    import tempfile
    from pathlib import Path
    """),
    md("""
    ## A local cluster

    `ck.client(n_workers=2)` starts a `LocalCluster` of two worker processes
    on this machine, one thread each (the default: tokenizing and dictionary
    matching hold Python's GIL, so processes beat threads), and returns the
    `distributed.Client`. Every Dask computation of the session now runs on
    it. In a script, start the cluster under `if __name__ == "__main__":`,
    as for any code that starts processes.
    """),
    code("""
    client = ck.client(n_workers=2)
    workers = client.scheduler_info()["workers"].values()
    print(len(workers), "workers,", [w["nthreads"] for w in workers], "threads each")
    """),
    md("""
    ## A corpus in parts

    A Dask DataFrame is read from many files, one or more per partition, and
    a file is never split: **store a large corpus as many part files**
    (Parquet parts of 50-100 MB each in practice). Here we write the first
    2,000 articles of the AllSides corpus as four Parquet files of 500
    articles into a temporary folder: small, so that the notebook runs in
    seconds, but the code is the same for 2 million.
    """),
    code("""
    allsides = ck.load_dataset("article_bias_prediction")
    keep = ["doc_id", "outlet", "date", "title", "text", "topic", "bias_text"]
    sample = allsides.head(2000)[keep]

    workdir = tempfile.TemporaryDirectory(prefix="corpuskit-dask-")
    corpus = Path(workdir.name) / "corpus"
    corpus.mkdir()
    for number, start in enumerate(range(0, len(sample), 500)):
        part = corpus / f"part-{number:03d}.parquet"
        sample.iloc[start : start + 500].to_parquet(part, index=False)
    sorted(path.name for path in corpus.iterdir())
    """),
    md("""
    `ck.read_articles_dask` lists the files `ck.read_articles` would read
    and groups consecutive files into partitions of about `blocksize` bytes
    (default 64 MB; here 1 MB, so that each of our small files becomes a
    partition). Only the first partition is read now, to learn the columns;
    the rest is read on the workers when a result is asked for. Each
    partition is read by `ck.read_articles` itself, so the columns, dtypes
    and `doc_id`s are those of the pandas reader.
    """),
    code(
        """
    ddf = ck.read_articles_dask(corpus, blocksize="1MB")
    print(ddf.npartitions, "partitions")
    ddf[["doc_id", "outlet", "date", "bias_text", "source_row"]].head(3)
    """,
        check=True,
    ),
    md("""
    `ddf.compute()` gathers the partitions into one pandas DataFrame (each
    partition keeps its own row numbers, hence `reset_index`). It equals
    `ck.read_articles(corpus)`; we keep it to compare every result below
    with pandas. On a real corpus you would not compute the whole frame.
    """),
    code(
        """
    articles = ddf.compute().reset_index(drop=True)
    print(len(articles), "articles;", "same as ck.read_articles:",
          articles.equals(ck.read_articles(corpus)))
    articles["bias_text"].value_counts()
    """,
        check=True,
    ),
    md("""
    ## The same document-term matrix

    `ck.dtm` accepts the Dask DataFrame and works in two passes over the
    partitions but tokenizes each text once: pass 1 counts every partition
    over its own features, keeps those counts on the worker, and adds up the
    features into the global vocabulary (trimmed by `min_count=` /
    `min_docfreq=` as with pandas); pass 2 moves each partition's counts to
    the global vocabulary's columns, so all parts share their columns and
    stack into one `DocTermMatrix`.
    """),
    code(
        """
    m_dask = ck.dtm(ddf, stopwords=True)
    m_pandas = ck.dtm(articles, stopwords=True)
    m_dask
    """,
        check=True,
    ),
    md("""
    Features, counts and document variables (with `n_tokens`) are identical,
    row for row:
    """),
    code(
        """
    assert m_dask.features.tolist() == m_pandas.features.tolist()
    assert (m_dask.matrix != m_pandas.matrix).nnz == 0
    assert m_dask.docvars.equals(m_pandas.docvars)
    print(m_dask.shape, f"{m_dask.matrix.nnz:,} non-zero cells, identical to pandas")
    """,
        check=True,
    ),
    md("""
    ## Grouped counts and keyness

    For keyness you need counts per group, not per document.
    `ck.group_counts_dask` counts each partition, sums it per group on the
    worker and adds the groups up: the documents x features matrix is never
    built, so this is the way to keyness on millions of documents. The
    result equals `ck.dtm(...).group("bias_text")`.
    """),
    code(
        """
    by_side = ck.group_counts_dask(ddf, by="bias_text", stopwords=True)
    assert (by_side.matrix != m_pandas.group("bias_text").matrix).nnz == 0
    by_side.docvars
    """,
        check=True,
    ),
    md("""
    `ck.keyness` takes the grouped matrix unchanged. Left-rated against
    right-rated outlets, with G2 and the Log Ratio (see notebook 2):
    """),
    code(
        """
    key = ck.keyness(by_side, target="left", reference="right", by="bias_text")
    columns = ["feature", "n_target", "n_reference", "g2", "p_adjusted", "log_ratio"]
    pd.concat([key.head(8), key.tail(8)])[columns].round(3)
    """,
        check=True,
    ),
    code("""
    ax = ck.plot.keyness(key, n=12, labels=("left", "right"))
    """),
    md("""
    **Reading.** What most sets left-rated apart from right-rated outlets in
    this sample is page furniture, not politics: *photos*, *caption*,
    *hide*, *replay*, *watched* and *videos* come from the photo galleries
    and video players kept in the scraped text of some left-rated sites
    ("Photos: Hide Caption"), and *copyright*, *reprint*, *permission*,
    *llc*, *click* and *newsletters* from the reprint notices and newsletter
    boxes of right-rated ones. *mr* and *mrs* are house style (honorifics);
    *pakistani* and *benedict* come from a few stories. The first political
    word is *illegal*, on the right (see the concordance below). As in
    notebook 2, keyness mixes stance with house style and boilerplate: read
    the list, do not count it, and strip page furniture before comparing
    outlets. The AllSides label rates an outlet, not an article.
    """),
    md("""
    ## Frames and dictionaries

    The analyses that look at one document at a time (`ck.frames`,
    `ck.lookup`, `ck.agency`, `ck.quotes`, `ck.mentions`, `ck.kwic`) run on
    every partition and return the **computed** pandas result, the same as
    on `ddf.compute()`. These tables are per document or per hit, far
    smaller than the texts, so they fit on the client.
    """),
    code(
        """
    fs = ck.frames(ddf, return_hits=False)
    pd.testing.assert_frame_equal(fs.scores, ck.frames(articles, return_hits=False).scores)
    print(type(fs).__name__, fs.scores.shape, "equal to pandas")
    """,
        check=True,
    ),
    md("""
    Being pandas, the scores go straight into the statistics of the earlier
    notebooks: the share of articles using each generic frame's vocabulary,
    by side, with document-bootstrap intervals.
    """),
    code(
        """
    prev = ck.prevalence(fs.scores, columns=fs.presence_columns, by="bias_text", seed=SEED)
    prev.pivot(index="variable", columns="bias_text", values="value").round(2)
    """,
        check=True,
    ),
    md("""
    **Reading.** The generic frames' vocabulary is used in similar shares
    of articles on the three sides, a few points apart, with bootstrap
    intervals about 8 points wide (`prev[["low", "high"]]`). Responsibility
    vocabulary is the largest gap, more frequent in left-rated than in
    center-rated articles (0.59 against 0.52), and its intervals barely
    separate; with five frames and three groups compared at once, that is
    weak evidence. Notebook 3 shows that presence flags are weak frame codes
    on long articles.

    ## Keyword in context

    `ck.kwic` on the Dask frame searches every partition and joins the
    concordances in text order. How are immigrants without papers named?
    """),
    code(
        """
    naming = ck.kwic(ddf, ["undocumented", "illegal immigrant*", "illegal alien*"], window=5)
    lines = naming.to_frame()
    pd.crosstab(lines["pattern"], lines["bias_text"], margins=True)
    """,
        check=True,
    ),
    code("""
    lines[lines["pattern"] == "illegal alien*"][["outlet", "left", "keyword", "right"]].head(6)
    """),
    md("""
    **Reading.** The naming splits along the AllSides labels: *illegal
    alien(s)* is almost only in right-rated outlets (21 of 25 hits), and so
    is most of *illegal immigrant(s)*, while *undocumented* is mostly in
    left-rated ones. The concordance shows how a term is used: the two
    left-rated hits of *illegal aliens* (Salon) quote the phrase to discuss
    it. These are hits, not articles: one article can repeat a term many
    times, so count articles (`lines.groupby("bias_text")["doc_id"].nunique()`)
    before comparing sides.

    ## Hashing: counting without a vocabulary pass

    The two-pass count gathers the whole vocabulary on the client between
    the passes. `ck.dtm_dask(..., vocabulary="hashing")` counts once
    instead: each feature goes to one of `n_features` buckets
    (`crc32(feature) % n_features`, 2^20 by default), and a bucket is named
    after its feature, or its colliding features joined by `|`. The options
    that only Dask counting has (`vocabulary=`, `n_features=`, `path=`,
    `overwrite=`, `max_nnz=`) are passed by `ck.dtm` to `ck.dtm_dask`.
    """),
    code(
        """
    hashed = ck.dtm(ddf, stopwords=True, vocabulary="hashing")
    merged = [feature for feature in hashed.features if "|" in feature]
    print(f"{m_dask.n_features:,} features in {hashed.n_features:,} buckets;",
          f"{len(merged):,} buckets hold colliding features, e.g. {merged[0]!r}")
    """,
        check=True,
    ),
    md("""
    Apart from the merged columns nothing changes: the token counts per
    document are the same, and every feature that has a bucket to itself
    has the same counts as in the two-pass matrix.
    """),
    code(
        """
    alone = [feature for feature in hashed.features if "|" not in feature]
    assert (hashed.docvars["n_tokens"] == m_dask.docvars["n_tokens"]).all()
    exact, two_pass = hashed.select(alone), m_dask.select(alone)
    assert exact.features.tolist() == two_pass.features.tolist()
    assert (exact.matrix != two_pass.matrix).nnz == 0
    print(f"{len(alone):,} features counted exactly")
    """,
        check=True,
    ),
    md("""
    Hashing trades a few merged columns for a single pass and no vocabulary
    in memory; for keyness or anything you will read feature by feature,
    prefer the two-pass count (or `group_counts_dask`).

    ## A matrix larger than memory: parts on disk

    The stacked matrix takes about 12 bytes per non-zero cell. Pass 1 knows
    the exact number of cells, so `dtm_dask` refuses, before pass 2, a
    matrix above `max_nnz` cells (200 million by default, about 2.4 GB).
    With a limit of 250,000 cells our sample is "too large":
    """),
    code(
        """
    try:
        ck.dtm(ddf, stopwords=True, max_nnz=250_000)
    except ValueError as error:
        print(error)
    """,
        check=True,
    ),
    md("""
    With `path=`, each worker writes its partition's matrix as a
    `DocTermMatrix.save` folder (`part-00000`, ...), all with the same
    features, and `ck.dtm` returns a `ck.DocTermParts`: the list of folders,
    with verbs that read them. On a cluster the folder must be on a
    filesystem every worker sees at the same path (`overwrite=True`
    replaces the parts of an earlier run). Here we also drop features used
    in fewer than 5 documents, which often brings a matrix under the limit
    by itself.
    """),
    code(
        """
    parts = ck.dtm(ddf, stopwords=True, min_docfreq=5, path=Path(workdir.name) / "dtm")
    [path.name for path in parts]
    """,
        check=True,
    ),
    md("""
    `parts.group(by)` sums the rows per group on the workers, one part at a
    time, so keyness on a matrix that never fits in memory is two lines.
    It equals grouping the trimmed matrix in memory:
    """),
    code(
        """
    trimmed = m_pandas.trim(min_docfreq=5)
    side_totals = parts.group("bias_text")
    assert (side_totals.matrix != trimmed.group("bias_text").matrix).nnz == 0
    ck.keyness(side_totals, target="left", reference="right", by="bias_text").head(5)[columns]
    """,
        check=True,
    ),
    md("""
    `parts.load(i)` reads one part as a `DocTermMatrix`, to work through the
    parts one at a time; `parts.stack()` loads them all into one matrix when
    it fits:
    """),
    code(
        """
    print(parts.load(0))
    assert (parts.stack().matrix != trimmed.matrix).nnz == 0
    """,
        check=True,
    ),
    md("""
    ## Progress

    Every Dask function of corpuskit takes `progress=`: `True` or `False`
    forces a bar, `None` (the default) shows one only in an interactive
    session, once a job has run 2 seconds (quick ones print nothing), and
    never with the environment variable `CORPUSKIT_PROGRESS=0` (set it when
    executing notebooks unattended). On a distributed client the bar is
    `distributed.progress`: a widget in Jupyter with `ipywidgets`
    (`pip install 'corpuskit[jupyter]'`), text otherwise.
    `corpuskit.scale.cluster.compute(*collections, show=...)` computes your
    own Dask collections under the same rule:
    """),
    code(
        """
    from corpuskit.scale.cluster import compute

    (n_characters,) = compute(ddf["text"].str.len().sum())
    print(f"{n_characters:,} characters of text")
    """,
        check=True,
    ),
    md("""
    For a long job, the Dask **dashboard** shows every task, each worker's
    CPU and memory, and what is waiting: open `client.dashboard_link` in a
    browser (a `LocalCluster` serves it on port 8787, or on another port
    when 8787 is taken; `dashboard_address=` chooses it).
    """),
    code("""
    print(client.dashboard_link)
    """),
    md("""
    ## On a real cluster

    Nothing in the analyses changes; only the client does. Start a scheduler
    and workers (`dask scheduler` on one machine, then
    `dask worker tcp://HOST:8786 --nthreads 1 --nworkers 8` on each of the
    others, or Dask's deployment tools: dask-jobqueue for SLURM and PBS,
    dask-kubernetes, ...) and connect to the scheduler:

    ```python
    client = ck.client("tcp://HOST:8786")
    client.get_versions(check=True)  # client, scheduler and workers agree
    ddf = ck.read_articles_dask("/shared/corpus/*.parquet")
    ```

    **What the workers need.** Every worker runs corpuskit's own functions,
    so every worker must have **corpuskit installed from the same source
    tree, at the same version**, as the client, with the `dask` extra and
    the same Python, pandas and pyarrow versions
    (`pip install '/path/to/corpuskit[dask]'` in a shared virtualenv, a
    container image built from the tree, or the job script).
    `client.get_versions(check=True)` compares the packages of the client,
    scheduler and workers. The files read by `read_articles_dask` and the
    folders written by `dtm_dask(path=...)` must be on a filesystem every
    worker sees at the same path (NFS, a cluster scratch volume); bundled
    lexicons and datasets come with the package.

    ## Closing

    Close the client and, for a local cluster, the cluster (its worker
    processes), then remove the temporary folder.
    """),
    code("""
    client.close()
    client.cluster.close()
    workdir.cleanup()
    """),
    md("""
    **In short.** Write the corpus as many part files, read it with
    `ck.read_articles_dask`, and call the functions you know: `ck.dtm`,
    `ck.frames`, `ck.lookup`, `ck.kwic` and the rest give the pandas
    results; use `ck.group_counts_dask` for keyness on group totals, and
    `ck.dtm(ddf, path=...)` with `parts.group(...)` when even the matrix
    does not fit.
    `docs/scaling.md` has the details, the memory rules and the benchmark.
    """),
]


VALIDATE = [
    md("""
    # 6. Validate before you report

    Every automated measure is wrong some of the time, and often differently
    wrong in different groups: if the agency rules miss more agentless
    clauses in one outlet's house style than in another's, the naive
    comparison of the two is biased, and its bootstrap interval, which only
    knows about the sampling of documents, is too narrow. Reviewers ask for
    validation against hand coding and a correction for measurement error.
    This notebook does the whole loop on real data:

    1. the question: agentless casualty clauses in FA-KES coverage of Aleppo,
       by outlet group (as in notebook 2), *naive*;
    2. a **validation sample** of clauses, stratified by group and predicted
       construction, and its labelling sheet;
    3. the **hand labels** read back and checked, with intercoder
       **reliability**;
    4. **accuracy** per construction and per group;
    5. **corrected shares** beside the naive ones (prediction-powered
       inference under the sample design; `docs/validation.md`).

    **Where the hand labels come from.** Labelling takes coders; this
    notebook uses real hand labels shipped with corpuskit: the casualty
    development set in `tests/devsets/casualty/` (420 news sentences drawn by
    the rule in its `README.md`, 120 of them from FA-KES, each coded by two
    coders A and B and adjudicated, `gold`). So steps 2-5 run on the clauses
    `ck.agency` finds in those 420 sentences, grouped as FA-KES and other
    news; the last section shows how to run them on the Aleppo clauses of
    step 1 once you have labelled a sample of those.
    """),
    code(SETUP),
    md("""
    ## 1. The question, naive

    FA-KES articles mentioning Aleppo, from June 2016, by outlet group; the
    share of `agentless` clauses (an agentless passive, intransitive or
    nominal naming no agent) per group, with document-bootstrap intervals
    and the difference from the `other` outlets.
    """),
    code(
        """
    fakes = ck.assign_groups(ck.load_dataset("fakes"), ck.outlet_groups("fakes"))
    fakes = fakes[fakes["date"] >= "2016-06-01"]
    aleppo = fakes[fakes["text"].str.contains("aleppo", case=False)].reset_index(drop=True)
    clauses = ck.agency(aleppo)
    naive = ck.agency_summary(clauses, by="outlet_group", reference="other", seed=SEED)
    naive[naive["measure"] == "agentless"][
        ["outlet_group", "n", "share", "low", "high", "diff", "diff_low", "diff_high"]
    ].round(3)
    """,
        check=True,
    ),
    md("""
    These intervals assume that every clause is classified correctly. The
    rules are not perfect (`docs/agency.md`), and FA-KES's wire-style casualty
    reports ("were killed in shelling") are not written like other news. How
    wrong are they, and does it change the answer?

    ## 2. A validation sample

    The development set: 420 sentences, each a "document" of its own
    (`unit="document"`), from FA-KES and from four other news corpora.
    """),
    code(
        """
    from pathlib import Path

    DEVSET = Path("..") / "tests" / "devsets" / "casualty"
    sentences = pd.read_csv(DEVSET / "sentences.csv")
    sentences["source"] = sentences["stratum"].str.startswith("fakes").map(
        {True: "FA-KES", False: "other news"}
    )
    units = sentences.rename(columns={"doc_id": "article", "item": "doc_id"})
    dev_clauses = ck.agency(units[["doc_id", "source", "text"]], unit="document")
    pd.crosstab(dev_clauses["source"], dev_clauses["construction"], margins=True)
    """,
        check=True,
    ),
    md("""
    `ck.validation_sample` draws clauses stratified by group and predicted
    construction: each stratum first gets `min_per_stratum` clauses (all of
    a smaller one), the rest of `n` goes in proportion to the stratum
    sizes. Rare constructions are over-sampled, so precision and recall are
    measurable for each; every clause carries its weight `N_h / n_h`, which
    undoes the over-sampling in everything below.
    """),
    code(
        """
    sample = ck.validation_sample(dev_clauses, n=150, by="source", min_per_stratum=10, seed=SEED)
    sample.groupby("stratum")[["stratum_size", "n_sampled", "weight"]].first().round(2)
    """,
        check=True,
    ),
    md("""
    `ck.write_sheet` writes the labelling sheet, CSV or Excel, with the
    sentence (`context`), the prediction, helper columns and one empty
    `label_<coder>` column per coder (`layout="sheets"` gives each coder a
    worksheet of their own, so no one sees the others' labels):
    """),
    code("""
    import tempfile

    workdir = tempfile.TemporaryDirectory()
    sheet_path = Path(workdir.name) / "agency-sheet.csv"
    ck.write_sheet(sample, sheet_path, coders=["A", "B", "gold"])
    shown = ["item_id", "source", "prediction", "context", "verb", "label_A"]
    pd.read_csv(sheet_path)[shown].head(3)
    """),
    md("""
    ## 3. Hand labels

    Here the coders' work is already done: the development set lists, for
    each sentence, every casualty clause with its trigger word's offset and
    its construction, by coder A, coder B and the adjudicated `gold`. A
    clause `ck.agency` found that no coder lists as a casualty clause (a
    violence verb without casualties, "opened fire", or a look-alike) is
    labelled `not_a_clause`: the corrected shares are then shares of casualty
    clauses. We fill the sheet's label columns from those files, as coders
    would, and save it.
    """),
    code("""
    def coded(coder_file: str) -> dict:
        \"\"\"(sentence, trigger offset) -> construction of one coder's casualty clauses.\"\"\"
        rows = pd.read_csv(DEVSET / coder_file)
        rows = rows[rows["casualty"] == "yes"]
        return dict(zip(zip(rows["item"], rows["trigger_start"].astype(int)), rows["construction"]))


    sheet = pd.read_csv(sheet_path, dtype=str, keep_default_na=False)
    parts = sheet["item_id"].str.split("|")
    sentence, offset = parts.str[0], parts.str[1].astype(int)
    for coder, file in [("A", "labels_a.csv"), ("B", "labels_b.csv"), ("gold", "labels_gold.csv")]:
        codes = coded(file)
        sheet[f"label_{coder}"] = [
            codes.get((s, o), "not_a_clause") for s, o in zip(sentence, offset)
        ]
    sheet.to_csv(sheet_path, index=False)
    """),
    md("""
    `ck.read_labels` reads the sheet back and checks every label cell: an
    unknown or repeated item, a missing label or one outside the label set
    raises an error naming the file, row and column. `not_a_clause` is
    allowed besides the sample's predictions (`extra_labels=`).
    `ck.reliability` gives Krippendorff's alpha of the two independent
    coders (`gold` is their adjudication, not a third coder).
    """),
    code(
        """
    labels = ck.read_labels(sheet_path, sample=sample, extra_labels=["not_a_clause"])
    print(ck.load_report(labels))
    ck.reliability(labels[labels["coder"] != "gold"]).round(3)
    """,
        check=True,
    ),
    md("""
    ## 4. Accuracy

    Precision, recall and F1 of each construction against the adjudicated
    labels, weighted by the design (so they are those of all 293 clauses,
    not of the over-sampled rare ones), with Wilson intervals on Kish's
    effective sample size (F1: stratified bootstrap).
    """),
    code(
        """
    accuracy = ck.class_accuracy(labels, coder="gold", seed=SEED)
    accuracy.pivot(index="class", columns="metric", values="estimate")[
        ["precision", "recall", "f1"]
    ].round(3)
    """,
        check=True,
    ),
    md("""
    Is the parser *differently* wrong in FA-KES and other news? Accuracy per
    group (the share of clauses whose predicted construction is right,
    `not_a_clause` counting as wrong):
    """),
    code(
        """
    ck.accuracy_by_group(labels, by="source", coder="gold").round(3)
    """,
        check=True,
    ),
    code("""
    ax = ck.plot.accuracy(ck.class_accuracy(labels, by="source", coder="gold", seed=SEED),
                          by="source")
    """),
    md("""
    ## 5. Corrected shares

    `ck.corrected_agency_summary` is `agency_summary` with the corrected
    estimate beside the naive one: `share`, `low`, `high` (document
    bootstrap, automated labels) and `share_corrected`, `low_corrected`,
    `high_corrected` (the difference estimator over the stratified sample,
    with its design variance), and likewise for the difference from the
    reference group. `n_labelled` counts the hand-labelled clauses of the
    group.
    """),
    code(
        """
    corrected = ck.corrected_agency_summary(
        dev_clauses, labels, by="source", reference="other news", coder="gold", seed=SEED
    )
    shown = corrected["measure"].isin(["agentless", "passive_agentless", "active"])
    corrected[shown][
        ["source", "measure", "n", "n_labelled", "share", "low", "high",
         "share_corrected", "low_corrected", "high_corrected"]
    ].round(3)
    """,
        check=True,
    ),
    code(
        """
    agentless = corrected[corrected["measure"] == "agentless"].set_index("source")
    columns = ["diff", "diff_low", "diff_high",
               "diff_corrected", "diff_low_corrected", "diff_high_corrected"]
    agentless.loc["FA-KES", columns].round(3)
    """,
        check=True,
    ),
    md("""
    **Reading.** The parser is right about 74% of the FA-KES clauses but
    only 38% of the clauses of other news, mostly because it takes many
    violence or injury words there for casualty clauses ("previous
    injuries", a sports report): differential error. The naive comparison
    says FA-KES has *fewer* agentless clauses than other news (difference
    -0.13, interval -0.26 to -0.01); corrected, the difference is -0.01
    (-0.20 to 0.18): the naive finding came from the measurement, not from
    the news. The corrected shares are shares of the clauses the coders
    call casualty clauses: detected clauses coded `not_a_clause` leave the
    denominator. The corrected intervals are wider than the naive ones:
    they carry the uncertainty of the validation, which the naive ones
    ignore. Two limits: clauses the parser *missed* are not in
    the result and cannot be corrected by labelling it (recall of the
    detector is measured in `docs/agency.md`), and the item term of the
    interval treats clauses as independent.

    ## Correcting the Aleppo comparison

    The corrected estimate is only valid for the clauses the sample was
    drawn from. To correct step 1, draw the sample from `clauses` (the
    Aleppo clauses), stratified by outlet group, and give the sheet to
    coders:
    """),
    code(
        """
    aleppo_sample = ck.validation_sample(clauses, n=300, by="outlet_group", seed=SEED)
    ck.write_sheet(aleppo_sample, Path(workdir.name) / "aleppo-sheet.xlsx", coders=["ann", "ben"],
                   layout="sheets")
    aleppo_sample.groupby("outlet_group")["item_id"].size()
    """,
        check=True,
    ),
    md("""
    Once they have filled it in:

    ```python
    labels = ck.read_labels("aleppo-sheet.xlsx", sample=aleppo_sample,
                            extra_labels=["not_a_clause"])
    ck.accuracy_by_group(labels, by="outlet_group", coder="ann")
    ck.corrected_agency_summary(clauses, labels, by="outlet_group", reference="other",
                                coder="ann")
    ```

    The other analyses take the same labels as `hand_labels=`
    (`ck.naming`, `ck.prevalence`, `ck.stance_summary`, `ck.source_table`),
    and a report analysis takes `labels = "sheet.csv"`: its section then shows
    the accuracy and the corrected estimates, and says plainly when a
    measure was not validated against hand labels.
    """),
    code("""
    workdir.cleanup()
    """),
]


NOTEBOOKS: dict[str, list[dict]] = {
    "01-quickstart.ipynb": QUICKSTART,
    "02-aleppo-vs-mosul.ipynb": ALEPPO_MOSUL,
    "03-framing-validation.ipynb": FRAMING_VALIDATION,
    "04-stance-and-sources.ipynb": STANCE_AND_SOURCES,
    "05-scaling-with-dask.ipynb": SCALING,
    "06-validate-before-you-report.ipynb": VALIDATE,
}


def build(name: str) -> nbformat.NotebookNode:
    """The notebook ``name`` (a key of :data:`NOTEBOOKS`), without outputs, with stable cell ids."""
    cells = [nbformat.from_dict(dict(cell)) for cell in NOTEBOOKS[name]]
    stem = name.split("-")[0]
    for number, cell in enumerate(cells):
        cell["id"] = f"nb{stem}-{number:02d}"
    notebook = new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    notebook.metadata["language_info"] = {"name": "python"}
    nbformat.validate(notebook)
    return notebook


#: seconds one cell may take before a run fails (the slowest takes a few seconds)
CELL_TIMEOUT = 180


def kernel_env(data_dir: str | Path) -> dict[str, str]:
    """The environment of a tutorial's kernel: this checkout's corpuskit, the corpora, no bars."""
    checkout = str(HERE.parent)
    paths = [checkout, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {
        **os.environ,
        "CORPUSKIT_DATA": str(data_dir),
        "PYTHONPATH": os.pathsep.join(paths),
        "CORPUSKIT_PROGRESS": "0",
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    }


def execute(
    notebook: nbformat.NotebookNode, *, kernel_dir: str | Path, data_dir: str | Path
) -> nbformat.NotebookNode:
    """Run ``notebook`` in place with the ``python3`` kernel spec found in ``kernel_dir``."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    manager = KernelManager(
        kernel_name="python3", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernel_dir)])
    )
    client = NotebookClient(
        notebook,
        km=manager,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(HERE)}},
    )
    client.execute(env=kernel_env(data_dir))
    return notebook


def as_stored(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """``notebook`` as it is stored: no warnings (stderr), no execution timestamps."""
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = [out for out in cell.outputs if out.get("name") != "stderr"]
            cell.metadata.pop("execution", None)
    return notebook


def sources(notebook: nbformat.NotebookNode) -> list[tuple]:
    """What :func:`build` decides of each cell: its id, type, source and metadata."""
    return [(cell.id, cell.cell_type, cell.source, cell.metadata) for cell in notebook.cells]


def main() -> None:
    """Write and run every notebook next to this file (``--no-execute``: sources only)."""
    from ipykernel.kernelspec import write_kernel_spec

    run = "--no-execute" not in sys.argv[1:]
    data_dir = os.environ.get("CORPUSKIT_DATA", str(HERE.parents[1] / "shared" / "corpora"))
    with tempfile.TemporaryDirectory() as kernels:
        write_kernel_spec(path=Path(kernels) / "python3")
        for name in NOTEBOOKS:
            notebook = build(name)
            if run:
                as_stored(execute(notebook, kernel_dir=kernels, data_dir=data_dir))
            nbformat.write(notebook, HERE / name)
            print(f"wrote notebooks/{name}" + (" with outputs" if run else ""))


if __name__ == "__main__":
    main()
