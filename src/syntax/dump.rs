//! `ast.dump()`-compatible printing of the AST (used by `pyth parse` and the tests).
