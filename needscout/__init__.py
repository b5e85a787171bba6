"""NeedScout: a conversational needs-discovery assistant for insurance."""

__version__ = "0.1.0"
