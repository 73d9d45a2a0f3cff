"""stance: who in news coverage says what, with what stance, and how outlets differ.

The pipeline runs in one direction, each stage a module:

    articles -> segment -> attribution -> classify -> aggregate -> charts + report

Heavy libraries (pandas, scikit-learn, matplotlib, nltk) are imported only by
the stages that need them, so ``stance --help`` and input errors return at once.
"""

__version__ = "0.1.0"
