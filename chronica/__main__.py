"""``python -m chronica ARGS``: the ``chronica`` command run from this copy of the package — a worktree or a
checkout on ``PYTHONPATH`` — rather than from wherever the console script was installed."""

from chronica.cli import main

if __name__ == "__main__":
    main()
