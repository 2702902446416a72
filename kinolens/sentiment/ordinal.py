"""Ordinal regression (cumulative logit, "proportional odds") for the authors' 1–10 ratings.

P(rating ≤ k | x) = σ(θ_k − w·x): one weight vector `w` and nine ordered thresholds θ.
The model respects the order of the ratings (a 9 is closer to a 10 than to a 2) where a
ridge fit treats them as points on a line, and it is fit here with L-BFGS over a sparse
matrix (scipy, which scikit-learn already needs). Only `w·x` is used downstream: it is
the `rating` base score of the sentiment model, so inference stays a dot product.
"""
from __future__ import annotations

import numpy as np

LEVELS = 10


def fit_ordinal(X, ratings: np.ndarray, alpha: float = 0.3, max_iter: int = 500) -> tuple[np.ndarray, np.ndarray]:
    """Weights (V,) and thresholds (LEVELS - 1,) for ratings 1..LEVELS (rounded, clipped)."""
    from scipy.optimize import minimize

    y = np.clip(np.round(ratings), 1, LEVELS).astype(int) - 1
    n_features = X.shape[1]

    def loss_and_grad(p):
        w, theta = p[:n_features], _thresholds(p[n_features:])
        z = X @ w
        upper = _sigmoid(np.r_[theta, np.inf][y] - z)
        lower = _sigmoid(np.r_[-np.inf, theta][y] - z)
        prob = np.maximum(upper - lower, 1e-12)
        d_upper, d_lower = upper * (1 - upper) / prob, lower * (1 - lower) / prob
        grad_w = X.T @ (d_upper - d_lower) + alpha * w
        grad_theta = np.zeros(LEVELS - 1)
        np.add.at(grad_theta, y[y < LEVELS - 1], -d_upper[y < LEVELS - 1])
        np.add.at(grad_theta, y[y > 0] - 1, d_lower[y > 0])
        # θ = cumsum(d0, exp(d1), exp(d2), …): chain rule back to the free parameters
        tail = np.cumsum(grad_theta[::-1])[::-1]
        grad_free = np.r_[tail[0], tail[1:] * np.exp(p[n_features + 1:])]
        loss = -np.log(prob).sum() + alpha / 2 * (w @ w)
        return loss, np.r_[grad_w, grad_free]

    start = np.r_[np.zeros(n_features), -4.0, np.zeros(LEVELS - 2)]
    result = minimize(loss_and_grad, start, jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    return result.x[:n_features], _thresholds(result.x[n_features:])


def _thresholds(free: np.ndarray) -> np.ndarray:
    return np.cumsum(np.r_[free[0], np.exp(free[1:])])


def _sigmoid(z):
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-z))
