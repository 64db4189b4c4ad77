"""`python -m generator` is the same program as `creditsite`."""

from generator.cli import main

if __name__ == "__main__":
    main()
