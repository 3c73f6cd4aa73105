"""newskg: an event-centric knowledge graph built from news articles.

    build(paths, store=...)   read, annotate, extract, resolve and store a corpus
    read_paths(paths)         the ingest stage alone
"""
__version__ = "0.1.0"

__all__ = ["__version__", "build", "read_paths"]


def __getattr__(name: str):
    # stages load spaCy and the gazetteer: import them only when asked for
    if name == "build":
        from kg.pipeline import build
        return build
    if name == "read_paths":
        from kg.ingest import read_paths
        return read_paths
    raise AttributeError(name)
