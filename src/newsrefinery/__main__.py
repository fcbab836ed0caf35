"""`python -m newsrefinery` is the `newsrefinery` command."""

from .cli import main

main()
