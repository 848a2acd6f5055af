"""Similarity of documents and groups, text reuse between articles, and topic models.

- :mod:`corpuskit.docsim.vectors`: document x document similarity
  (:func:`similarity`) and nearest neighbours (:func:`nearest`), built on
  :mod:`~corpuskit.docsim.inputs` (the vectors compared),
  :mod:`~corpuskit.docsim.metrics` (the formulas, in blocks of rows) and
  :mod:`~corpuskit.docsim.pairs` (pair tables);
- :mod:`corpuskit.docsim.centroids`: similarity of group centroids with
  document-bootstrap intervals (:func:`group_similarity`);
- :mod:`corpuskit.docsim.reuse`: passages shared between articles, found by
  hashed word shingles (:func:`reuse`, :func:`reuse_summary`), built on
  :mod:`~corpuskit.docsim.shingles`, :mod:`~corpuskit.docsim.passages` and
  :mod:`~corpuskit.docsim.direction`, its result in
  :mod:`~corpuskit.docsim.reuse_result` (:class:`ReuseResult`, :func:`reuse_summary`);
- :mod:`corpuskit.docsim.topics`: NMF and LDA topic models through
  scikit-learn (:func:`topics`, :func:`select_n_topics`), fitted into a
  :class:`~corpuskit.docsim.topic_model.TopicModel`.
"""
