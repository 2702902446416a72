"""Sentiment: a review's verdict, calibrated probabilities, a 1–10 rating and evidence."""
