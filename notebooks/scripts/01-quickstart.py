# %% [markdown]
# # 1. Quick start: one wire article, end to end
#
# The article that started corpuskit: a TASS report of 27 March 2017 in which
# Russia's foreign minister Sergey Lavrov contrasts the US-led coalition's
# operation in Mosul with the Russian-backed operation in eastern Aleppo.
# This notebook loads it, cuts it into tokens and sentences, finds its
# quotes and their speaker, scores its frames with the bundled lexicons and
# shows every form of *liberat-* in context.
#
# **Data.** The article is not part of the repository. It is read from the
# `seeds` folder that sits beside the corpora folder named by the
# environment variable `CORPUSKIT_DATA` (set `CORPUSKIT_SEEDS` to point
# elsewhere). Nothing here samples, but `SEED` is defined as in every
# notebook.

# %%
import pandas as pd

import corpuskit as ck

SEED = 0  # every function that samples takes this seed: re-runs give the same numbers
pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

# %%
import os
from pathlib import Path


def seeds_folder() -> Path:
    """$CORPUSKIT_SEEDS, else the 'seeds' folder beside the corpora."""
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

# %% [markdown]
# ## Load
#
# `ck.read_articles` reads a plain-text file into one row of the article
# schema. The wire dateline `MOSCOW, March 27. /TASS/.` gives the outlet,
# the dateline city and a date without a year: `date_precision` says
# `month-day` and `date` stays empty (`NaT`) rather than guessing a year.

# %% tags=["check"]
article = ck.read_articles(ARTICLE)
article[["doc_id", "outlet", "dateline", "date_raw", "date_precision", "date"]]

# %%
article[["title", "lede"]].T

# %% [markdown]
# When the year is known from elsewhere, `year=` completes the date (and the
# precision becomes `day`). The load report counts what was read and
# skipped, so nothing is dropped silently.

# %% tags=["check"]
dated = ck.read_articles(ARTICLE, year=2017)
print(dated.loc[0, "date"].date(), dated.loc[0, "date_precision"])
print(ck.load_report(dated))

# %% [markdown]
# ## Tokens and sentences
#
# `ck.tokens` keeps each token's character offsets and the document
# metadata. The default rule lower-cases, keeps hyphenated words
# (`us-led`) and drops the possessive `'s`. `stopwords="en"` removes
# function words.

# %% tags=["check"]
toks = ck.tokens(article)
content = ck.tokens(article, stopwords="en")
print(len(toks[0]), "tokens,", len(content[0]), "without stopwords")
print(content[0][:15])

# %%
toks.to_frame().head(8)

# %% tags=["check"]
sents = ck.sentences(article)
print(len(sents), "sentences")
sents[["sentence", "start", "end", "text"]].head(5)

# %% [markdown]
# ## Quotes
#
# `ck.quotes` finds direct quotes (in quotation marks) and indirect speech
# (`X said ...`, `in his words`), in the headline and lede as well as the
# body, and resolves the speaker from names, role descriptions ("the
# Russian top diplomat") and pronouns. A quote split by its attribution
# keeps one `quote_id` with several parts.

# %%
quotes = ck.quotes(article)
quotes[["quote_id", "part", "field", "speaker_mention", "verb", "kind", "quote"]]

# %% [markdown]
# Every quote, direct or indirect, is attributed to the same speaker:

# %% tags=["check"]
print(quotes["speaker"].value_counts().to_dict())
print(quotes.groupby("kind")["quote_id"].nunique().to_dict(), "quotes by kind")

# %% [markdown]
# The article is one voice: all of it is Lavrov's framing, reported by a
# Russian state agency. Notebook 4 measures such source balance across
# whole outlets.
#
# ## Frames and lexicons
#
# `ck.frames` scores a text on the five generic news frames (Semetko &
# Valkenburg 2000) as vocabulary counts per 1,000 tokens; `.hits` shows
# the words behind each score. These are lexical indicators, not a
# coder's judgement: notebook 3 measures how well they agree with coders.

# %% tags=["check"]
fs = ck.frames(article)
print(fs.lexicon)
fs.scores[[*fs.frames, "n_tokens"]].round(2)

# %%
fs.hits[["frame", "match", "start", "end"]]

# %% [markdown]
# The bundled lexicons (`ck.list_lexicons()`) target this kind of
# coverage. `ck.lookup` counts any `Dictionary` in a text and can return
# every match; `level=1` collapses the categories of `actor_naming` to
# their top level (who is being named).

# %%
ck.list_lexicons()[["name", "version", "n_categories", "n_entries"]]

# %% tags=["check"]
legitimacy, matches = ck.lookup(
    article, ck.lexicon("military_legitimacy"), return_matches=True
)
print(matches[["category", "match"]].to_string(index=False))

# %%
docvars = [column for column in article.columns if column not in ("text", "title", "lede")]
naming = ck.lookup(article, ck.lexicon("actor_naming"), level=1).drop(columns=docvars)
humanitarian = ck.lookup(article, ck.lexicon("humanitarian")).drop(columns=docvars)
print(naming.iloc[0].to_dict())
print(humanitarian.iloc[0].to_dict())

# %% [markdown]
# ## Keyword in context
#
# `ck.kwic` lists every hit of a pattern with its context (here in the
# body, `text`; the headline's "liberate" is in `title`). Liberation is
# the word Lavrov uses for both cities: Moscow "stands for the liberation"
# of Mosul and wants it liberated "from terrorists", while in eastern
# Aleppo, he says, humanitarian corridors meant there was "no need to
# employ force on a large-scale to liberate" the city.

# %% tags=["check"]
liberation = ck.kwic(article, "liberat*", window=6)
liberation.to_frame()[["left", "keyword", "right"]]

# %% [markdown]
# A `Kwic` also renders as an HTML concordance in a notebook (keyword
# highlighted and aligned):

# %%
liberation

# %% [markdown]
# Next: notebook 2 runs the same tools over hundreds of articles and
# compares outlets.
