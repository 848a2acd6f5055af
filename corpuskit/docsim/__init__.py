"""Similarity of documents and groups, text reuse between articles, and topic models.

- :mod:`corpuskit.docsim.vectors`: document x document similarity
  (:func:`similarity`), nearest neighbours (:func:`nearest`) and similarity of
  group centroids with document-bootstrap intervals (:func:`group_similarity`);
- :mod:`corpuskit.docsim.reuse`: passages shared between articles, found by
  hashed word shingles (:func:`reuse`, :func:`reuse_summary`);
- :mod:`corpuskit.docsim.topics`: NMF and LDA topic models through
  scikit-learn (:func:`topics`, :func:`select_n_topics`).
"""
