# %% [markdown]
# # 4. Sources, quotes and mentions
#
# Who gets to speak in an outlet's coverage, and who is talked about?
# This notebook extracts the quotes of FA-KES articles about Aleppo (June
# 2016 onward), tabulates their speakers by outlet group with
# `ck.source_table`, and counts mentions of the conflict's actors with
# `ck.mentions`. Intervals resample articles with `seed=SEED`.

# %%
import pandas as pd

import corpuskit as ck

SEED = 0  # every function that samples takes this seed: re-runs give the same numbers
pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)

# %%
fakes = ck.assign_groups(ck.load_dataset("fakes"), ck.outlet_groups("fakes"))
recent = fakes[fakes["date"] >= "2016-06-01"]
aleppo = recent[recent["text"].str.contains("aleppo", case=False)].reset_index(drop=True)
aleppo["outlet_group"].value_counts()

# %% [markdown]
# ## Quotes
#
# One row per quote part, with the speaker as resolved, the speaker's type
# (`official`, `politician`, `military`, `ngo_un`, `armed_group`, `media`,
# `witness_resident`, `anonymous`, ...) and the reporting verb.

# %% tags=["check"]
quotes = ck.quotes(aleppo)
print(len(quotes), "quote parts,", quotes.groupby(["doc_id", "quote_id"]).ngroups, "quotes in",
      quotes["doc_id"].nunique(), "of", len(aleppo), "articles")
quotes[["outlet", "speaker", "speaker_type", "verb", "kind", "quote"]].head(8)

# %% [markdown]
# The first rows already show the limits of rule-based attribution on
# real wire copy: fragments such as "States" (of "United States") or
# "of Damascus" as speakers, and quotes with no resolved speaker. Read a
# sample like this one before trusting the tables below.

# %% [markdown]
# ## Source table
#
# Share of quotes (and of quoted words) by speaker type in each outlet
# group. The interval resamples articles, because quotes within an
# article are not independent.

# %% tags=["check"]
sources = ck.source_table(quotes, by="outlet_group", seed=SEED)
sources.pivot(index="speaker", columns="outlet_group", values="share_quotes").fillna(0).round(2)

# %%
ax = ck.plot.sources(sources)

# %% tags=["check"]
top = ck.source_table(quotes, by="outlet_group", speaker_col="speaker", seed=SEED)
top = top[top["speaker"] != "(unresolved)"]
top.sort_values("n_quotes", ascending=False).groupby("outlet_group").head(4)[
    ["outlet_group", "speaker", "n_docs", "n_quotes", "share_quotes",
     "share_quotes_low", "share_quotes_high"]
].round(3)

# %% [markdown]
# **Reading.** The groups quote different voices. Opposition-aligned and
# `other` outlets quote NGOs (notably the Syrian Observatory for Human
# Rights) for a large part of their quotes; pro-government-aligned outlets
# quote anonymous sources ("a source said", most of their quotes) and media
# far more, and NGOs hardly at all. Note that the merged speaker names
# still list "Syrian Observatory for Human Rights" and "Observatory"
# apart: `ck.speakers(quotes)` shows the merges and takes your aliases.
# Many speakers stay unresolved (`unknown`): the rules resolve names and
# roles they know, and an unresolved share that differs
# between groups can bias the comparison. Read the `unknown` row with the
# others, and check a sample of quotes before drawing conclusions. On news
# the rules were not tuned on (`docs/methods.md`), the speaker is right for
# 0.66 to 0.82 of found quotes and the type for 0.56 to 0.74 on the
# nineteenth to twenty-sixth hold-outs (40 US and wire articles each, no
# set had used them, each scored once), and a tenth to a quarter of quotes
# are typed `unknown`. Where the rules leave a named speaker `unknown`, a
# learned fallback may type it (`speaker_type_source == "model"`); it is
# right for about half of the types it gives, so compare the table with and
# without those rows. A difference of a few
# points between groups is within the rules' error, and the speakers at
# the bottom of the list above, each quoted in 4 to 9 articles, are not
# findings on their own.

# %% [markdown]
# ### How sure is each speaker? `speaker_source`
#
# `speaker_source` says how each speaker was found: `name` (named in the
# quote's own attribution), `pronoun`, `description` ("a source said", "the
# monitoring group said") or `carried` (from the quote before). On fresh
# news (`docs/quotes.md`) named and pronoun speakers are right 0.78 to 0.90
# of the time, descriptions 0.25 to 0.51. How the groups' quotes are
# attributed:

# %% tags=["check"]
routes = quotes.groupby("outlet_group")["speaker_source"].value_counts(normalize=True, dropna=False)
routes.unstack().fillna(0).round(2)

# %% [markdown]
# The routes are not spread evenly: most quotes of the pro-government-aligned
# outlets come through a description ("a source said"), most of the
# others' through a name. Keeping only the surer
# speakers is therefore a sensitivity check, not a cleaner default:

# %% tags=["check"]
sure = quotes[quotes["speaker_source"].isin(["name", "pronoun"])]
print(sure.groupby("outlet_group").size().to_dict(), "of", quotes.groupby("outlet_group").size().to_dict())
sure_sources = ck.source_table(sure, by="outlet_group", seed=SEED)
sure_sources.pivot(index="speaker", columns="outlet_group", values="share_quotes").fillna(0).round(2)

# %% [markdown]
# Restricted to named and pronoun speakers, the pro-government-aligned group
# keeps a sixth of its quotes and its anonymous sources disappear (an
# anonymous source is a description by definition), so the contrast the
# full table shows, anonymous sources against NGOs, cannot be read off the
# restricted one. Report the full table with the route shares beside it,
# and read the restricted one as a check on the named voices only.
#
# ## Mentions of actors
#
# `ck.mentions` finds every mention of the default targets (Russia, the
# USA, the coalition, the Syrian government, ISIS, the armed opposition,
# the UN, Turkey, Iran, civilians, ...) by their aliases, per sentence.
# Below: the share of articles mentioning each actor at least once, by
# outlet group, with document-bootstrap intervals.

# %% tags=["check"]
mentions = ck.mentions(aleppo)
print(len(mentions), "mentions")
mentions.groupby("target")["match"].agg(lambda m: m.value_counts().head(3).to_dict())

# %% tags=["check"]
per_article = (
    mentions.groupby(["doc_id", "target"]).size().unstack(fill_value=0)
    .reindex(aleppo["doc_id"], fill_value=0) > 0
)
per_article = per_article.reset_index().merge(aleppo[["doc_id", "outlet_group"]], on="doc_id")
actors = [name for name in ck.Targets.default().names if name in per_article]
mentioned = ck.prevalence(per_article, columns=actors, by="outlet_group", seed=SEED)
mentioned.pivot(index="variable", columns="outlet_group", values="value").round(2)

# %%
ax = ck.plot.heatmap(mentioned, index="outlet_group", columns="variable", values="value",
                     fmt=".0%", label="share of articles mentioning the actor")

# %% [markdown]
# **Reading.** Civilians, the Syrian government and the armed opposition
# are mentioned in most articles of every group; the differences are in
# who else appears: opposition-aligned and `other` outlets mention Russia,
# the USA, Turkey, Iran and the UN far more often than
# pro-government-aligned outlets do. Mentions are alias matches:
# "Damascus", "Syrian regime" and even "SANA" (the state agency, credited
# as a source) count as the Syrian government, so a group's vocabulary
# and house style (see notebook 2) shape these counts. Who is mentioned
# is not what is said about them: that is the next step.
#
# ## Stance toward the actors
#
# `stance` scores each mention on its **window** (by default the clause
# around it), with every target mention masked as the word `target`, so
# that a naming choice such as "terrorists" does not score itself. The
# lexicon method gives the VADER sentiment of the window (-1 to 1) and a
# label (`favor` >= 0.05, `against` <= -0.05, else `neutral`).
# `stance_summary` averages per group and target, with intervals from
# resampling articles.

# %% tags=["check"]
tone = ck.stance(aleppo)
print(tone["label"].value_counts().to_dict())
tone[["outlet", "target", "window", "score", "label"]].head(6).round(3)

# %% tags=["check"]
actors = ["syrian_government", "russia", "armed_opposition", "usa", "un", "civilians"]
by_group = ck.stance_summary(tone[tone["target"].isin(actors)], by="outlet_group", seed=SEED)
by_group.pivot(index="target", columns="outlet_group", values="mean_score").round(2)

# %%
ax = ck.plot.prevalence(by_group, x="mean_score", y="target", hue="outlet_group",
                        low="mean_score_low", high="mean_score_high",
                        xlabel="mean lexicon score of the mention's clause (95% CI)")

# %% [markdown]
# **Reading.** Every actor gets negative windows: this is war news, and
# sentiment words are about killing and destruction whoever the target
# is. The Syrian government's windows are most negative in
# pro-government-aligned outlets (about -0.7, as negative as the
# civilians'), which is not hostility: "SANA" and
# "Damascus" appear in the agency's reports of attacks ("SANA reported
# that terrorists shelled ..."). The lexicon score is the **tone of the
# context**, not the outlet's stance toward the actor. Read the windows:

# %%
pro_government = tone[(tone["outlet_group"] == "pro-government-aligned")
                      & (tone["target"] == "syrian_government")]
pro_government.nsmallest(5, "score")[["match", "window", "score"]].round(3)

# %% [markdown]
# ## How well does it measure stance? BASIL
#
# BASIL (`basil`, 300 articles from the New York Times, Fox News and the
# Huffington Post) records the **author's** feeling toward the main
# entities of each article (`neg`, `neu`, `pos`). Each (article, entity)
# pair is a test case: we find the entity's mentions (its full name, and
# its surname when no other entity shares it), score them, and compare.

# %% tags=["check"]
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

# %% tags=["check"]
basil_tone = ck.stance(basil, targets=targets)
scored = basil_tone.merge(feelings[["doc_id", "target", "gold"]], on=["doc_id", "target"])
cases = (scored.groupby(["doc_id", "target", "gold"])
         .agg(score=("score", "mean"), windows=("window", " ".join)).reset_index())
cases["lexicon"] = cases["score"].map(
    lambda s: "pos" if s >= 0.05 else ("neg" if s <= -0.05 else "neu"))
print(len(cases), "pairs with a mention")
pd.crosstab(cases["gold"], cases["lexicon"], margins=True)

# %% tags=["check"]
cases.groupby("gold")["score"].agg(["count", "mean", "median"]).round(3)

# %% [markdown]
# The lexicon label agrees with the author's stance little better than
# chance: mean scores barely move from `neg` to `pos`, and most `neu`
# pairs get a non-neutral label. A supervised model learns from coded
# windows instead; `cross_validate_stance` scores it on 5 folds against
# the majority class (`neu`), with a paired document bootstrap for the
# difference. Unigram features keep it fast here.

# %% tags=["check"]
supervised = ck.cross_validate_stance(
    cases["windows"], labels=cases["gold"], model=ck.StanceClassifier(ngram_range=(1, 1), seed=SEED),
    cv=5, seed=SEED,
)
supervised.round(3)

# %% [markdown]
# **Reading.** The classifier beats always answering `neu`, but only by a
# few points of macro-F1 (the `difference` row, with its paired interval):
# far from a usable stance measure. About 100 `neg` and 14 `pos` pairs
# are too few to learn from, and the windows of a whole article mix what
# is said about the entity with everything else. Other settings (bigrams,
# another `C`) move the score by a few points either way.
#
# **Practice.** Neither method reads an author's stance off a news
# article: the lexicon measures the tone around a mention, and a
# classifier needs many coded examples per class from the corpus it will
# score. Code a stratified sample of your own mentions (the stance how-to
# in the documentation shows the workflow), check agreement between
# coders, and report the validation with any stance result.
