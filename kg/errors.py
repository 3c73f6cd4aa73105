"""The project's errors: each message says what went wrong and how to fix it."""


class KGError(Exception):
    """Base class of newskg's errors."""


class InputError(KGError):
    """An input file or record could not be read."""


class StoreError(KGError):
    """The graph store is missing, locked or damaged."""


class ModelError(KGError):
    """The spaCy pipeline could not be loaded."""


class QueryError(KGError):
    """A SPARQL query is malformed or not allowed."""
