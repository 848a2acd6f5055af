# %% [markdown]
# # 5. Scaling with Dask
#
# The earlier notebooks hold a corpus in one pandas DataFrame. When a
# corpus outgrows a laptop's memory, or a count takes hours, corpuskit runs
# the same analyses on a **Dask DataFrame**: partitions of the corpus are
# read and counted by worker processes, on this machine's cores or on a
# cluster, and the results are the ones pandas gives.
#
# This notebook starts a small local cluster, writes a sample of the
# AllSides corpus (`article_bias_prediction`: US news with a left, center
# or right label per outlet) as a partitioned Parquet corpus, reads it
# back as a Dask DataFrame and checks, step by step, that the distributed
# results equal the pandas ones: the document-term matrix, grouped counts
# and keyness, frames, a concordance, hashed counts and a matrix written
# to disk in parts. It ends with what changes on a real cluster.
#
# **Install** the extra: `pip install 'corpuskit[dask]'` (Dask and
# `distributed`). `docs/scaling.md` explains how each analysis is
# distributed.

# %%
import pandas as pd

import corpuskit as ck

SEED = 0  # every function that samples takes this seed: re-runs give the same numbers
pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

# %%
import tempfile
from pathlib import Path

# %% [markdown]
# ## A local cluster
#
# `ck.client(n_workers=2)` starts a `LocalCluster` of two worker processes
# on this machine, one thread each (the default: tokenizing and dictionary
# matching hold Python's GIL, so processes beat threads), and returns the
# `distributed.Client`. Every Dask computation of the session now runs on
# it. In a script, start the cluster under `if __name__ == "__main__":`,
# as for any code that starts processes.

# %%
client = ck.client(n_workers=2)
workers = client.scheduler_info()["workers"].values()
print(len(workers), "workers,", [w["nthreads"] for w in workers], "threads each")

# %% [markdown]
# ## A corpus in parts
#
# A Dask DataFrame is read from many files, one or more per partition, and
# a file is never split: **store a large corpus as many part files**
# (Parquet parts of 50-100 MB each in practice). Here we write the first
# 2,000 articles of the AllSides corpus as four Parquet files of 500
# articles into a temporary folder: small, so that the notebook runs in
# seconds, but the code is the same for 2 million.

# %%
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

# %% [markdown]
# `ck.dask.read_articles` lists the files `ck.read_articles` would read
# and groups consecutive files into partitions of about `blocksize` bytes
# (default 64 MB; here 1 MB, so that each of our small files becomes a
# partition). Only the first partition is read now, to learn the columns;
# the rest is read on the workers when a result is asked for. Each
# partition is read by `ck.read_articles` itself, so the columns, dtypes
# and `doc_id`s are those of the pandas reader.

# %% tags=["check"]
ddf = ck.dask.read_articles(corpus, blocksize="1MB")
print(ddf.npartitions, "partitions")
ddf[["doc_id", "outlet", "date", "bias_text", "source_row"]].head(3)

# %% [markdown]
# `ddf.compute()` gathers the partitions into one pandas DataFrame (each
# partition keeps its own row numbers, hence `reset_index`). It equals
# `ck.read_articles(corpus)`; we keep it to compare every result below
# with pandas. On a real corpus you would not compute the whole frame.

# %% tags=["check"]
articles = ddf.compute().reset_index(drop=True)
print(len(articles), "articles;", "same as ck.read_articles:",
      articles.equals(ck.read_articles(corpus)))
articles["bias_text"].value_counts()

# %% [markdown]
# ## The same document-term matrix
#
# `ck.dask.dtm` takes the Dask DataFrame and works in two passes over the
# partitions but tokenizes each text once: pass 1 counts every partition
# over its own features, keeps those counts on the worker, and adds up the
# features into the global vocabulary (trimmed by `min_count=` /
# `min_docfreq=` as with pandas); pass 2 moves each partition's counts to
# the global vocabulary's columns, so all parts share their columns and
# stack into one `DocTermMatrix`.

# %% tags=["check"]
m_dask = ck.dask.dtm(ddf, stopwords=True)
m_pandas = ck.dtm(articles, stopwords=True)
m_dask

# %% [markdown]
# Features, counts and document variables (with `n_tokens`) are identical,
# row for row:

# %% tags=["check"]
assert m_dask.features.tolist() == m_pandas.features.tolist()
assert (m_dask.matrix != m_pandas.matrix).nnz == 0
assert m_dask.docvars.equals(m_pandas.docvars)
print(m_dask.shape, f"{m_dask.matrix.nnz:,} non-zero cells, identical to pandas")

# %% [markdown]
# ## Grouped counts and keyness
#
# For keyness you need counts per group, not per document.
# `ck.dask.group_counts` counts each partition, sums it per group on the
# worker and adds the groups up: the documents x features matrix is never
# built, so this is the way to keyness on millions of documents. The
# result equals `ck.dtm(...).group("bias_text")`.

# %% tags=["check"]
by_side = ck.dask.group_counts(ddf, by="bias_text", stopwords=True)
assert (by_side.matrix != m_pandas.group("bias_text").matrix).nnz == 0
by_side.docvars

# %% [markdown]
# `ck.keyness` takes the grouped matrix unchanged. Left-rated against
# right-rated outlets, with G2 and the Log Ratio (see notebook 2):

# %% tags=["check"]
key = ck.keyness(by_side, target="left", reference="right", by="bias_text")
columns = ["feature", "n_target", "n_reference", "g2", "p_adjusted", "log_ratio"]
pd.concat([key.head(8), key.tail(8)])[columns].round(3)

# %%
ax = ck.plot.keyness(key, n=12, labels=("left", "right"))

# %% [markdown]
# **Reading.** What most sets left-rated apart from right-rated outlets in
# this sample is page furniture, not politics: *photos*, *caption*,
# *hide*, *replay*, *watched* and *videos* come from the photo galleries
# and video players kept in the scraped text of some left-rated sites
# ("Photos: Hide Caption"), and *copyright*, *reprint*, *permission*,
# *llc*, *click* and *newsletters* from the reprint notices and newsletter
# boxes of right-rated ones. *mr* and *mrs* are house style (honorifics);
# *pakistani* and *benedict* come from a few stories. The first political
# word is *illegal*, on the right (see the concordance below). As in
# notebook 2, keyness mixes stance with house style and boilerplate: read
# the list, do not count it, and strip page furniture before comparing
# outlets. The AllSides label rates an outlet, not an article.

# %% [markdown]
# ## Frames and dictionaries
#
# The analyses that look at one document at a time (`ck.dask.frames`,
# `ck.dask.lookup`, `ck.dask.agency`, `ck.dask.quotes`, `ck.dask.mentions`,
# `ck.dask.kwic`, `ck.dask.naming`: the `ck.dask` twin of each pandas verb,
# with the same options) run on every partition and return the **computed** pandas result, the same as
# on `ddf.compute()`. These tables are per document or per hit, far
# smaller than the texts, so they fit on the client.

# %% tags=["check"]
fs = ck.dask.frames(ddf, return_hits=False)
pd.testing.assert_frame_equal(fs.scores, ck.frames(articles, return_hits=False).scores)
print(type(fs).__name__, fs.scores.shape, "equal to pandas")

# %% [markdown]
# Being pandas, the scores go straight into the statistics of the earlier
# notebooks: the share of articles using each generic frame's vocabulary,
# by side, with document-bootstrap intervals.

# %% tags=["check"]
prev = ck.prevalence(fs.scores, columns=fs.presence_columns, by="bias_text", seed=SEED)
prev.pivot(index="variable", columns="bias_text", values="value").round(2)

# %% [markdown]
# **Reading.** The generic frames' vocabulary is used in similar shares
# of articles on the three sides, a few points apart, with bootstrap
# intervals about 8 points wide (`prev[["low", "high"]]`). Responsibility
# vocabulary is the largest gap, more frequent in left-rated than in
# center-rated articles (0.59 against 0.52), and its intervals barely
# separate; with five frames and three groups compared at once, that is
# weak evidence. Notebook 3 shows that presence flags are weak frame codes
# on long articles.
#
# ## Keyword in context
#
# `ck.dask.kwic` on the Dask frame searches every partition and joins the
# concordances in text order. How are immigrants without papers named?

# %% tags=["check"]
naming = ck.dask.kwic(ddf, ["undocumented", "illegal immigrant*", "illegal alien*"], window=5)
lines = naming.to_frame()
pd.crosstab(lines["pattern"], lines["bias_text"], margins=True)

# %%
lines[lines["pattern"] == "illegal alien*"][["outlet", "left", "keyword", "right"]].head(6)

# %% [markdown]
# **Reading.** The naming splits along the AllSides labels: *illegal
# alien(s)* is almost only in right-rated outlets (21 of 25 hits), and so
# is most of *illegal immigrant(s)*, while *undocumented* is mostly in
# left-rated ones. The concordance shows how a term is used: the two
# left-rated hits of *illegal aliens* (Salon) quote the phrase to discuss
# it. These are hits, not articles: one article can repeat a term many
# times, so count articles (`lines.groupby("bias_text")["doc_id"].nunique()`)
# before comparing sides.
#
# ## Hashing: counting without a vocabulary pass
#
# The two-pass count gathers the whole vocabulary on the client between
# the passes. `ck.dask.dtm(..., vocabulary="hashing")` counts once
# instead: each feature goes to one of `n_features` buckets
# (`crc32(feature) % n_features`, 2^20 by default), and a bucket is named
# after its feature, or its colliding features joined by `|`. The options
# that only Dask counting has (`vocabulary=`, `n_features=`, `path=`,
# `overwrite=`, `max_nnz=`) are options of `ck.dask.dtm` only.

# %% tags=["check"]
hashed = ck.dask.dtm(ddf, stopwords=True, vocabulary="hashing")
merged = [feature for feature in hashed.features if "|" in feature]
print(f"{m_dask.n_features:,} features in {hashed.n_features:,} buckets;",
      f"{len(merged):,} buckets hold colliding features, e.g. {merged[0]!r}")

# %% [markdown]
# Apart from the merged columns nothing changes: the token counts per
# document are the same, and every feature that has a bucket to itself
# has the same counts as in the two-pass matrix.

# %% tags=["check"]
alone = [feature for feature in hashed.features if "|" not in feature]
assert (hashed.docvars["n_tokens"] == m_dask.docvars["n_tokens"]).all()
exact, two_pass = hashed.select(alone), m_dask.select(alone)
assert exact.features.tolist() == two_pass.features.tolist()
assert (exact.matrix != two_pass.matrix).nnz == 0
print(f"{len(alone):,} features counted exactly")

# %% [markdown]
# Hashing trades a few merged columns for a single pass and no vocabulary
# in memory; for keyness or anything you will read feature by feature,
# prefer the two-pass count (or `ck.dask.group_counts`).
#
# ## A matrix larger than memory: parts on disk
#
# The stacked matrix takes about 12 bytes per non-zero cell. Pass 1 knows
# the exact number of cells, so `ck.dask.dtm` refuses, before pass 2, a
# matrix above `max_nnz` cells (200 million by default, about 2.4 GB).
# With a limit of 250,000 cells our sample is "too large":

# %% tags=["check"]
try:
    ck.dask.dtm(ddf, stopwords=True, max_nnz=250_000)
except ValueError as error:
    print(error)

# %% [markdown]
# With `path=`, each worker writes its partition's matrix as a
# `DocTermMatrix.save` folder (`part-00000`, ...), all with the same
# features, and `ck.dtm` returns a `ck.DocTermParts`: the list of folders,
# with verbs that read them. On a cluster the folder must be on a
# filesystem every worker sees at the same path (`overwrite=True`
# replaces the parts of an earlier run). Here we also drop features used
# in fewer than 5 documents, which often brings a matrix under the limit
# by itself.

# %% tags=["check"]
parts = ck.dask.dtm(ddf, stopwords=True, min_docfreq=5, path=Path(workdir.name) / "dtm")
[path.name for path in parts]

# %% [markdown]
# `parts.group(by)` sums the rows per group on the workers, one part at a
# time, so keyness on a matrix that never fits in memory is two lines.
# It equals grouping the trimmed matrix in memory:

# %% tags=["check"]
trimmed = m_pandas.trim(min_docfreq=5)
side_totals = parts.group("bias_text")
assert (side_totals.matrix != trimmed.group("bias_text").matrix).nnz == 0
ck.keyness(side_totals, target="left", reference="right", by="bias_text").head(5)[columns]

# %% [markdown]
# `parts.load(i)` reads one part as a `DocTermMatrix`, to work through the
# parts one at a time; `parts.stack()` loads them all into one matrix when
# it fits:

# %% tags=["check"]
print(parts.load(0))
assert (parts.stack().matrix != trimmed.matrix).nnz == 0

# %% [markdown]
# ## Progress
#
# Every Dask function of corpuskit takes `progress=`: `True` or `False`
# forces a bar, `None` (the default) shows one only in an interactive
# session, once a job has run 2 seconds (quick ones print nothing), and
# never with the environment variable `CORPUSKIT_PROGRESS=0` (set it when
# executing notebooks unattended). On a distributed client the bar is
# `distributed.progress`: a widget in Jupyter with `ipywidgets`
# (`pip install 'corpuskit[jupyter]'`), text otherwise.
# `corpuskit.scale.cluster.compute(*collections, show=...)` computes your
# own Dask collections under the same rule:

# %% tags=["check"]
from corpuskit.scale.cluster import compute

(n_characters,) = compute(ddf["text"].str.len().sum())
print(f"{n_characters:,} characters of text")

# %% [markdown]
# For a long job, the Dask **dashboard** shows every task, each worker's
# CPU and memory, and what is waiting: open `client.dashboard_link` in a
# browser (a `LocalCluster` serves it on port 8787, or on another port
# when 8787 is taken; `dashboard_address=` chooses it).

# %%
print(client.dashboard_link)

# %% [markdown]
# ## On a real cluster
#
# Nothing in the analyses changes; only the client does. Start a scheduler
# and workers (`dask scheduler` on one machine, then
# `dask worker tcp://HOST:8786 --nthreads 1 --nworkers 8` on each of the
# others, or Dask's deployment tools: dask-jobqueue for SLURM and PBS,
# dask-kubernetes, ...) and connect to the scheduler:
#
# ```python
# client = ck.client("tcp://HOST:8786")
# client.get_versions(check=True)  # client, scheduler and workers agree
# ddf = ck.dask.read_articles("/shared/corpus/*.parquet")
# ```
#
# **What the workers need.** Every worker runs corpuskit's own functions,
# so every worker must have **corpuskit installed from the same source
# tree, at the same version**, as the client, with the `dask` extra and
# the same Python, pandas and pyarrow versions
# (`pip install '/path/to/corpuskit[dask]'` in a shared virtualenv, a
# container image built from the tree, or the job script).
# `client.get_versions(check=True)` compares the packages of the client,
# scheduler and workers. The files read by `ck.dask.read_articles` and the
# folders written by `ck.dask.dtm(path=...)` must be on a filesystem every
# worker sees at the same path (NFS, a cluster scratch volume); bundled
# lexicons and datasets come with the package.
#
# ## Closing
#
# Close the client and, for a local cluster, the cluster (its worker
# processes), then remove the temporary folder.

# %%
client.close()
client.cluster.close()
workdir.cleanup()

# %% [markdown]
# **In short.** Write the corpus as many part files, read it with
# `ck.dask.read_articles`, and call the functions you know under `ck.dask`:
# `ck.dask.dtm`, `ck.dask.frames`, `ck.dask.lookup`, `ck.dask.kwic` and the
# rest give the pandas results; use `ck.dask.group_counts` for keyness on group totals, and
# `ck.dask.dtm(ddf, path=...)` with `parts.group(...)` when even the matrix
# does not fit.
# `docs/scaling.md` has the details, the memory rules and the benchmark.
