//! The lexer: logos raw tokens plus an indentation layer yielding LALRPOP triples.
