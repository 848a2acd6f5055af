# %% [markdown]
# # 6. Validate before you report
#
# Every automated measure is wrong some of the time, and often differently
# wrong in different groups: if the agency rules miss more agentless
# clauses in one outlet's house style than in another's, the naive
# comparison of the two is biased, and its bootstrap interval, which only
# knows about the sampling of documents, is too narrow. Reviewers ask for
# validation against hand coding and a correction for measurement error.
# This notebook does the whole loop on real data:
#
# 1. the question: agentless casualty clauses in FA-KES coverage of Aleppo,
#    by outlet group (as in notebook 2), *naive*;
# 2. a **validation sample** of clauses, stratified by group and predicted
#    construction, and its labelling sheet;
# 3. the **hand labels** read back and checked, with intercoder
#    **reliability**;
# 4. **accuracy** per construction and per group;
# 5. **corrected shares** beside the naive ones (prediction-powered
#    inference under the sample design; `docs/validation.md`).
#
# **Where the hand labels come from.** Labelling takes coders; this
# notebook uses real hand labels shipped with corpuskit: the casualty
# development set in `tests/devsets/casualty/` (420 news sentences drawn by
# the rule in its `README.md`, 120 of them from FA-KES, each coded by two
# coders A and B and adjudicated, `gold`). So steps 2-5 run on the clauses
# `ck.agency` finds in those 420 sentences, grouped as FA-KES and other
# news; the last section shows how to run them on the Aleppo clauses of
# step 1 once you have labelled a sample of those.

# %%
import pandas as pd

import corpuskit as ck

SEED = 0  # every function that samples takes this seed: re-runs give the same numbers
pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

# %% [markdown]
# ## 1. The question, naive
#
# FA-KES articles mentioning Aleppo, from June 2016, by outlet group; the
# share of `agentless` clauses (an agentless passive, intransitive or
# nominal naming no agent) per group, with document-bootstrap intervals
# and the difference from the `other` outlets.

# %% tags=["check"]
fakes = ck.assign_groups(ck.load_dataset("fakes"), ck.outlet_groups("fakes"))
fakes = fakes[fakes["date"] >= "2016-06-01"]
aleppo = fakes[fakes["text"].str.contains("aleppo", case=False)].reset_index(drop=True)
clauses = ck.agency(aleppo)
naive = ck.agency_summary(clauses, by="outlet_group", reference="other", seed=SEED)
naive[naive["measure"] == "agentless"][
    ["outlet_group", "n", "share", "low", "high", "diff", "diff_low", "diff_high"]
].round(3)

# %% [markdown]
# These intervals assume that every clause is classified correctly. The
# rules are not perfect (`docs/agency.md`), and FA-KES's wire-style casualty
# reports ("were killed in shelling") are not written like other news. How
# wrong are they, and does it change the answer?
#
# ## 2. A validation sample
#
# The development set: 420 sentences, each a "document" of its own
# (`unit="document"`), from FA-KES and from four other news corpora.

# %% tags=["check"]
from pathlib import Path

DEVSET = Path("..") / "tests" / "devsets" / "casualty"
sentences = pd.read_csv(DEVSET / "sentences.csv")
sentences["source"] = sentences["stratum"].str.startswith("fakes").map(
    {True: "FA-KES", False: "other news"}
)
units = sentences.rename(columns={"doc_id": "article", "item": "doc_id"})
dev_clauses = ck.agency(units[["doc_id", "source", "text"]], unit="document")
pd.crosstab(dev_clauses["source"], dev_clauses["construction"], margins=True)

# %% [markdown]
# `ck.validation_sample` draws clauses stratified by group and predicted
# construction: each stratum first gets `min_per_stratum` clauses (all of
# a smaller one), the rest of `n` goes in proportion to the stratum
# sizes. Rare constructions are over-sampled, so precision and recall are
# measurable for each; every clause carries its weight `N_h / n_h`, which
# undoes the over-sampling in everything below.

# %% tags=["check"]
sample = ck.validation_sample(dev_clauses, n=150, by="source", min_per_stratum=10, seed=SEED)
sample.groupby("stratum")[["stratum_size", "n_sampled", "weight"]].first().round(2)

# %% [markdown]
# `ck.write_sheet` writes the labelling sheet, CSV or Excel, with the
# sentence (`context`), the prediction, helper columns and one empty
# `label_<coder>` column per coder (`layout="sheets"` gives each coder a
# worksheet of their own, so no one sees the others' labels):

# %%
import tempfile

workdir = tempfile.TemporaryDirectory()
sheet_path = Path(workdir.name) / "agency-sheet.csv"
ck.write_sheet(sample, sheet_path, coders=["A", "B", "gold"])
shown = ["item_id", "source", "prediction", "context", "verb", "label_A"]
pd.read_csv(sheet_path)[shown].head(3)


# %% [markdown]
# ## 3. Hand labels
#
# Here the coders' work is already done: the development set lists, for
# each sentence, every casualty clause with its trigger word's offset and
# its construction, by coder A, coder B and the adjudicated `gold`. A
# clause `ck.agency` found that no coder lists as a casualty clause (a
# violence verb without casualties, "opened fire", or a look-alike) is
# labelled `not_a_clause`: the corrected shares are then shares of casualty
# clauses. We fill the sheet's label columns from those files, as coders
# would, and save it.

# %%
def coded(coder_file: str) -> dict:
    """(sentence, trigger offset) -> construction of one coder's casualty clauses."""
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

# %% [markdown]
# `ck.read_labels` reads the sheet back and checks every label cell: an
# unknown or repeated item, a missing label or one outside the label set
# raises an error naming the file, row and column. `not_a_clause` is
# allowed besides the sample's predictions (`extra_labels=`).
# `ck.reliability` gives Krippendorff's alpha of the two independent
# coders (`gold` is their adjudication, not a third coder).

# %% tags=["check"]
labels = ck.read_labels(sheet_path, sample=sample, extra_labels=["not_a_clause"])
print(ck.load_report(labels))
ck.reliability(labels[labels["coder"] != "gold"]).round(3)

# %% [markdown]
# ## 4. Accuracy
#
# Precision, recall and F1 of each construction against the adjudicated
# labels, weighted by the design (so they are those of all 235 clauses,
# not of the over-sampled rare ones), with Wilson intervals on Kish's
# effective sample size (F1: stratified bootstrap).

# %% tags=["check"]
accuracy = ck.class_accuracy(labels, coder="gold", seed=SEED)
accuracy.pivot(index="class", columns="metric", values="estimate")[
    ["precision", "recall", "f1"]
].round(3)

# %% [markdown]
# Is the parser *differently* wrong in FA-KES and other news? Accuracy per
# group (the share of clauses whose predicted construction is right,
# `not_a_clause` counting as wrong):

# %% tags=["check"]
ck.accuracy_by_group(labels, by="source", coder="gold").round(3)

# %%
ax = ck.plot.accuracy(ck.class_accuracy(labels, by="source", coder="gold", seed=SEED),
                      by="source")

# %% [markdown]
# ## 5. Corrected shares
#
# `ck.corrected_agency_summary` is `agency_summary` with the corrected
# estimate beside the naive one: `share`, `low`, `high` (document
# bootstrap, automated labels) and `share_corrected`, `low_corrected`,
# `high_corrected` (the difference estimator over the stratified sample,
# with its design variance), and likewise for the difference from the
# reference group. `n_labelled` counts the hand-labelled clauses of the
# group.

# %% tags=["check"]
corrected = ck.corrected_agency_summary(
    dev_clauses, labels, by="source", reference="other news", coder="gold", seed=SEED
)
shown = corrected["measure"].isin(["agentless", "passive_agentless", "active"])
corrected[shown][
    ["source", "measure", "n", "n_labelled", "share", "low", "high",
     "share_corrected", "low_corrected", "high_corrected"]
].round(3)

# %% tags=["check"]
agentless = corrected[corrected["measure"] == "agentless"].set_index("source")
columns = ["diff", "diff_low", "diff_high",
           "diff_corrected", "diff_low_corrected", "diff_high_corrected"]
agentless.loc["FA-KES", columns].round(3)

# %% [markdown]
# **Reading.** The parser is right about 97% of the FA-KES clauses and
# 85% of the clauses of other news; most of its errors in other news are
# violence words it takes for casualty clauses where the coders see none
# (a word that describes someone rather than reports a death or an
# injury). The two intervals barely overlap (0.91 to 0.99 against 0.75 to 0.92):
# on about 70 labelled clauses per group, differential error is possible
# but not established. (These sentences include the tuning half the rules
# were fitted to, so both figures flatter the parser; the accuracy table in
# `docs/methods.md` gives held-out ones.) The naive comparison finds no
# clear difference in agentless clauses between FA-KES and other news
# (difference -0.08, interval -0.22 to 0.07), and neither does the
# corrected one: FA-KES has fewer (-0.10), but the interval, -0.23 to
# 0.03, includes 0. The correction moves the estimate because several of the
# parser's errors in other news are clauses it reads as active (with an
# agent): corrected, the active share of other news falls from 0.24 to
# 0.19 and its agentless share rises from 0.69 to 0.74. Read this as an illustration of
# the method on a few hundred sentences, not as a finding about the news.
# The corrected shares are shares of the clauses the coders call casualty
# clauses: detected clauses coded `not_a_clause` leave the denominator.
# The corrected intervals carry the uncertainty of the validation, which
# the naive ones ignore, yet they are not always wider: here they are for
# other news, but FA-KES's are slightly narrower (few errors to correct
# there, and a different estimator of the item variance than the naive
# document bootstrap). Two limits: clauses the parser *missed* are not in
# the result and cannot be corrected by labelling it (recall of the
# detector is measured in `docs/agency.md`), and the item term of the
# interval treats clauses as independent.
#
# ## Correcting the Aleppo comparison
#
# The corrected estimate is only valid for the clauses the sample was
# drawn from. To correct step 1, draw the sample from `clauses` (the
# Aleppo clauses), stratified by outlet group, and give the sheet to
# coders:

# %% tags=["check"]
aleppo_sample = ck.validation_sample(clauses, n=300, by="outlet_group", seed=SEED)
ck.write_sheet(aleppo_sample, Path(workdir.name) / "aleppo-sheet.xlsx", coders=["ann", "ben"],
               layout="sheets")
aleppo_sample.groupby("outlet_group")["item_id"].size()

# %% [markdown]
# Once they have filled it in:
#
# ```python
# labels = ck.read_labels("aleppo-sheet.xlsx", sample=aleppo_sample,
#                         extra_labels=["not_a_clause"])
# ck.accuracy_by_group(labels, by="outlet_group", coder="ann")
# ck.corrected_agency_summary(clauses, labels, by="outlet_group", reference="other",
#                             coder="ann")
# ```
#
# The other analyses take the same labels as `hand_labels=`
# (`ck.naming`, `ck.prevalence`, `ck.stance_summary`, `ck.source_table`),
# and a report analysis takes `labels = "sheet.csv"`: its section then shows
# the accuracy and the corrected estimates, and says plainly when a
# measure was not validated against hand labels.

# %%
workdir.cleanup()
