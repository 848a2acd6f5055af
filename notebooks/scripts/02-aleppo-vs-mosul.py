# %% [markdown]
# # 2. Aleppo vs Mosul across outlets
#
# Russian officials contrasted the coalition's siege of Mosul with the
# Russian-backed siege of eastern Aleppo (notebook 1). This notebook asks
# how the two cities were covered by outlets on different sides of the
# Syrian war, and by the governments speaking at the UN General Debate.
#
# Two corpora, both through `ck.load_dataset`:
#
# * **FA-KES** (`fakes`): 804 articles about the Syrian war from 15
#   outlets, grouped with the bundled mapping `ck.outlet_groups("fakes")`
#   (a research judgement, documented in `docs/framing.md`; replace it with
#   your own). We keep articles dated from June 2016 onward.
# * **UN General Debate** (`ungdc`): the 2016 and 2017 speeches of Russia,
#   Syria, the USA, the UK, France and Iraq.
#
# Every interval below resamples **documents** (articles, speeches), with
# `seed=SEED`. Each step ends with what the numbers can and cannot say.

# %%
import pandas as pd

import corpuskit as ck

SEED = 0  # every function that samples takes this seed: re-runs give the same numbers
pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

# %%
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

# %% tags=["check"]
pd.crosstab(fakes["outlet_group"], fakes["event"].fillna("neither"), margins=True)

# %% [markdown]
# **What FA-KES can and cannot say.** Since June 2016, 271 FA-KES
# articles mention Aleppo, but only 7 mention Mosul (11 in the whole
# corpus), 2 or 3 per outlet group. No statistic can compare the two
# cities' coverage *within* FA-KES: a group's "Mosul coverage" would be
# one or two articles. So the FA-KES analyses below compare **outlet
# groups on Aleppo** (articles mentioning Aleppo, with or without Mosul);
# the Aleppo vs Mosul contrast is taken up with the UN speeches, where it
# is also thin, and stated as such. `corpuskit demo` asks the same two
# questions, and every comparison warns (a `SmallSampleWarning`) when a
# side has fewer than 20 documents.

# %%
aleppo_articles = fakes[fakes["event"].isin(["aleppo", "both"])].reset_index(drop=True)
aleppo_articles["outlet_group"].value_counts()

# %%
ungdc = ck.load_dataset("ungdc")
camps = {"RUS": "Russia & Syria", "SYR": "Russia & Syria", "USA": "US, UK & France",
         "GBR": "US, UK & France", "FRA": "US, UK & France", "IRQ": "Iraq"}
speeches = ungdc[ungdc["year"].isin([2016, 2017]) & ungdc["country_iso3"].isin(camps)]
speeches = speeches.assign(camp=speeches["country_iso3"].map(camps)).reset_index(drop=True)
speeches.assign(
    aleppo=speeches["text"].str.count("Aleppo"), mosul=speeches["text"].str.count("Mosul")
)[["country", "year", "speaker", "camp", "aleppo", "mosul"]]

# %% tags=["check"]
cities = ck.kwic(speeches, ["Aleppo", "Mosul"], window=8)
cities.to_frame()[["country", "year", "left", "keyword", "right"]]

# %% [markdown]
# The speeches barely name either city: a handful of mentions in twelve
# speeches. In the contexts above, the Syrian and Russian statements speak
# of Aleppo as freed from terrorists; France speaks of Aleppo as a
# martyred city; Iraq speaks of Mosul's liberation. The General Debate is
# a statement of each government's whole foreign policy, so the
# comparisons below are of the speeches' overall vocabulary, not of their
# coverage of the two cities.
#
# ## Keyness: which words set the groups apart?
#
# Keyness compares word frequencies between two sets of documents: G2
# (log-likelihood) for evidence, Log Ratio (log2 of the ratio of relative
# frequencies) as the effect size, with a **document-bootstrap** interval
# (`ci_method="bootstrap"`), and Benjamini-Hochberg adjusted p-values for
# the thousands of words tested. First, FA-KES Aleppo coverage,
# pro-government-aligned against opposition-aligned outlets.

# %% tags=["check"]
m = ck.dtm(aleppo_articles, stopwords="en", min_count=3)
key = ck.keyness(
    m, target="pro-government-aligned", reference="opposition-aligned", by="outlet_group",
    ci_method="bootstrap", n_boot=500, seed=SEED,
)
columns = ["feature", "n_target", "n_reference", "g2", "p_adjusted",
           "log_ratio", "log_ratio_low", "log_ratio_high"]
pd.concat([key.head(8), key.tail(8)])[columns].round(3)

# %%
ax = ck.plot.keyness(key, n=12, labels=("pro-government-aligned", "opposition-aligned"))

# %%
ax = ck.plot.term_scatter(
    m, target="pro-government-aligned", reference="opposition-aligned", by="outlet_group",
    n_labels=20, labels=("pro-government-aligned", "opposition-aligned"),
)

# %% [markdown]
# **Reading.** The pro-government-aligned side is marked by *terrorist(s)*,
# *rocket*, *shells*, *fired*, *injured* and *material* (damage): the
# genre of SANA's reports of "terrorist" shelling of government-held
# districts of Aleppo, with the agency's own name. The opposition-aligned
# side is marked by *regime*, *rebel-held*, *Assad*, *opposition*,
# *Russia* and the (Syrian) *Observatory* as a source, and by *TRT* and
# *world* (the name "TRT World"). Keyness mixes the vocabulary of stance
# with that of house style (outlet names, datelines): read the list, do
# not count it. The bootstrap intervals of the Log Ratio are wide for
# words that few articles repeat.
#
# The same contrast between governments, in their UN speeches (4 speeches
# against 6): with so few documents, the G2 p-values (which treat every
# token as independent) are far too small. The document bootstrap of 4 or
# 6 speeches is crude too; read these terms as a description of these
# speeches, not as a test.

# %% tags=["check"]
un = ck.dtm(speeches, stopwords="en")
un_key = ck.keyness(
    un, target="Russia & Syria", reference="US, UK & France", by="camp", min_count=8,
    ci_method="bootstrap", n_boot=500, seed=SEED,
)
pd.concat([un_key.head(8), un_key.tail(8)])[columns].round(3)

# %% [markdown]
# **Reading.** Every term here is in at least 3 speeches of its side
# (`min_docs=3`, the default), yet many of the "key" words are countries
# naming themselves (*syrian*, *russia*, *france*), and their bootstrap
# intervals cross 0: one speech says them often, the others rarely. Words such as
# *unilateral* and *principles* (Russia and Syria) or *together* and
# *human* (the Western speeches) keep their intervals away from 0 and are
# the better description of the two camps' rhetoric.

# %%
ax = ck.plot.keyness(un_key, n=12, labels=("Russia & Syria", "US, UK & France"))

# %% [markdown]
# ## Naming: who are the armed opposition?
#
# `ck.naming` counts the labels given to one referent (here the armed
# opposition, from the `actor_naming` lexicon, longest match first) and
# tests whether the mix differs between groups: a chi-squared test, a
# permutation p-value that moves whole articles between groups (mentions
# within an article are not independent), and Cramér's V as the effect
# size.

# %% tags=["check"]
names = ck.naming(aleppo_articles, by="outlet_group", seed=SEED)
names.test.round(4)

# %% tags=["check"]
names.shares.pivot(index="label", columns="outlet_group", values="share").round(2)

# %% tags=["check"]
pd.concat([
    names.difference("terrorists", "pro-government-aligned", "opposition-aligned"),
    names.difference("rebels", "other", "pro-government-aligned"),
]).round(3)

# %%
by_outlet = ck.naming(aleppo_articles, by="outlet_name", seed=SEED, n_perm=200)
ax = by_outlet.plot()

# %% [markdown]
# **Reading.** This is the clearest difference in the corpus: in
# pro-government-aligned outlets most labels for the armed opposition are
# "terrorists", in the two other groups most are "rebels" or
# "opposition". The permutation p-value is at its floor (1 / 1001) and
# Cramér's V is large. The per-outlet bars show the pattern holds across
# the outlets of each group, with few mentions in some outlets (see
# `by_outlet.shares["n_mentions"]`). "opposition" also matches the name of
# the political opposition (the Syrian Coalition, Etilaf, names itself
# so). Whom each label names is read from its sentence (`names.hits`, with
# a `reason`): right for about 0.84 of hits on held-out news
# (sixth naming hold-out, 218 hits, scored once; 0.82 on the fifth, 0.84
# on the fourth; `docs/framing.md`): hits resolved by a name are right about 0.95, those
# resolved from another actor in the sentence or a label's default about
# 0.7. A label its sentence leaves `unknown` is counted for
# the armed opposition, so read `names.hits` before quoting a share.
#
# ## Frames
#
# Share of articles in which each generic frame's vocabulary appears at
# least once, by outlet group, with document-bootstrap intervals; then the
# mean use (per 1,000 tokens) of the `military_legitimacy` categories.
# Notebook 3 shows that presence flags are weak frame codes on long
# articles: read these as vocabulary profiles.

# %% tags=["check"]
fs = ck.frames(aleppo_articles, return_hits=False)
prev = ck.prevalence(fs.scores, columns=fs.presence_columns, by="outlet_group", seed=SEED)
prev.pivot(index="variable", columns="outlet_group", values="value").round(2)

# %%
ax = ck.plot.prevalence(prev, hue="outlet_group", xlabel="share of articles")

# %% [markdown]
# **Reading.** Pro-government-aligned Aleppo coverage rarely uses
# attribution-of-responsibility vocabulary (about 1 article in 10 against
# almost half of opposition-aligned articles) or conflict vocabulary, and
# no economic vocabulary at all (an interval of [0, 0] is the bootstrap of
# zeros, not certainty). In the military-legitimacy heatmap below (means
# per 1,000 tokens), terrorism vocabulary is about twenty times as dense
# in pro-government-aligned coverage as in the other groups, and siege
# vocabulary about a third as dense.

# %%
legit = ck.frames(aleppo_articles, lexicon="military_legitimacy", return_hits=False)
legit_means = ck.prevalence(legit.scores, columns=legit.frames, by="outlet_group", seed=SEED)
ax = ck.plot.heatmap(legit_means, index="outlet_group", columns="variable", values="value",
                     label="mean per 1,000 tokens")

# %% [markdown]
# The same scores by event, with the number of articles behind each cell.
# The Mosul cells rest on a handful of articles, so their intervals (and
# any difference from Aleppo) are not measurable here: this table is shown
# to make that visible, not to be read as a result.

# %% tags=["check"]
city_articles = fakes[fakes["event"].notna()].reset_index(drop=True)
city_legit = ck.frames(city_articles, lexicon="military_legitimacy", return_hits=False)
ck.prevalence(city_legit.scores, columns=["liberation", "terrorism"], by="event",
              seed=SEED).round(2)

# %% [markdown]
# And the governments' speeches, one column per category (mean per 1,000
# tokens over the two years):

# %%
un_legit = ck.frames(speeches, lexicon="military_legitimacy", return_hits=False)
un_means = un_legit.scores.groupby("country")[un_legit.frames].mean()
ax = ck.plot.heatmap(un_means, label="per 1,000 tokens (mean of 2016 and 2017)")

# %% [markdown]
# ## Agency: who kills, and who just dies?
#
# `ck.agency` finds the clauses around violence verbs and classifies their
# construction: `active` ("jets killed 20"), `passive_agent`, agentless
# (`passive_agentless`: "20 were killed"; `intransitive`; `nominal`).
# `agency_summary` gives each construction's share of a group's clauses,
# with a document-bootstrap interval, and the difference from the
# reference group (here `other`). Seven measures and three groups are
# compared at once: an interval that just excludes 0 is weak evidence.

# %% tags=["check"]
clauses = ck.agency(aleppo_articles)
agency = ck.agency_summary(clauses, by="outlet_group", reference="other", seed=SEED)
agency[agency["measure"].isin(["passive_agentless", "agentless", "actor_agent"])][
    ["outlet_group", "measure", "n_docs", "n", "share", "low", "high",
     "diff", "diff_low", "diff_high"]
].round(3)

# %%
axes = ck.plot.agency(agency)

# %% [markdown]
# **Reading.** Pro-government-aligned outlets use more agentless passives
# ("were injured", typical of SANA's casualty reports) than the `other`
# outlets (half of their clauses against 0.33, difference interval above
# 0), but they also name an actor as the agent more often (0.23 against
# 0.10, e.g.
# "terrorists fired"), so their overall agentless share does not differ
# (0.63 against 0.61). Opposition-aligned outlets use slightly more
# agentless passives than `other` (0.40 against 0.33, an interval that
# barely excludes 0) and do not differ on the other two measures. The
# rule-based parser is imperfect: on the eighth casualty hold-out of
# hand-labelled news (210 sentences, 120 clauses, scored once after the
# last rule change) it finds casualty clauses with precision 0.90 and
# recall 0.91, and names the agent as written exactly 0.72 of the time on
# 47 clauses with an agent (0.63 on the seventh; 0.71, 249 of 350, across the
# eight fresh hold-outs; the agent's actor is right 0.80; the accuracy
# table in `docs/methods.md`): agents vary a lot between samples, and the errors
# can differ between house styles, so hand-check a sample of agents before
# reporting who is named. Tutorial 6 shows how to validate
# a sample of `clauses` and correct these shares before relying on them.
#
# ## Timeline
#
# Articles per week by outlet group, with the events of the two battles.
# FA-KES was not collected as a continuous sample: the long gaps of 2017
# show when its authors sampled articles, not when the outlets stopped
# writing. So the timeline describes the corpus, not news volume. The
# single article of 2018 is left out.

# %%
events = {
    "2016-10-17": "Mosul offensive begins",
    "2016-12-13": "east Aleppo evacuation deal",
    "2016-12-22": "Aleppo retaken",
    "2017-07-10": "Mosul victory declared",
}
window = fakes[fakes["date"] < "2018-01-01"]
ax = ck.plot.timeline(window, by="outlet_group", freq="W", events=events)

# %% [markdown]
# ## Summary
#
# * Naming differs strongly and robustly: "terrorists" in
#   pro-government-aligned outlets, "rebels"/"opposition" elsewhere.
# * Vocabulary (keyness, frames) differs in line with it; frame presence
#   flags are vocabulary profiles, not coded frames (notebook 3).
# * Aleppo vs Mosul cannot be compared inside FA-KES (7 Mosul articles
#   since mid-2016), and the UN speeches mention the cities only a few
#   times. A Mosul comparison needs a corpus collected for it.
