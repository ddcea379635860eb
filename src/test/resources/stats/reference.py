#!/usr/bin/env python3
"""Independent reference values for org.regenpath.shared.stats (Python 3 standard library only).

Run: python3 src/test/resources/stats/reference.py > src/test/resources/stats/reference-values.txt

Nothing here shares code or libraries with the Java under test:
- Clopper-Pearson: the bounds are the roots of the exact binomial tail sums, found by bisection in 60-digit
  decimal arithmetic (no incomplete beta function at all): lower bound p with P(X >= x | n, p) = 0.025,
  upper bound p with P(X <= x | n, p) = 0.025 (Clopper CJ, Pearson ES, Biometrika 1934;26:404-413).
- Wilson: the closed formula in 60-digit decimal arithmetic.
- Kaplan-Meier: the product-limit estimate and Greenwood's sum in exact fractions, then the log-log limits
  S^exp(+-z*se) with se = sqrt(sum d/(n(n-d))) / |log S| (Kalbfleisch & Prentice 2002, section 1.3).
- Quantiles: statistics.quantiles(method="inclusive"), which is Hyndman & Fan's type 7 (R's default).
"""
from decimal import Decimal, getcontext
from fractions import Fraction
import math
import statistics

getcontext().prec = 60
Z = statistics.NormalDist().inv_cdf(0.975)
ALPHA_HALF = Decimal("0.025")


def binom_upper_tail(x, n, p):
    """P(X >= x) for X ~ Binomial(n, p), exactly in decimals."""
    q = 1 - p
    return sum(Decimal(math.comb(n, k)) * p ** k * q ** (n - k) for k in range(x, n + 1))


def bisect(f, target, increasing):
    lo, hi = Decimal(0), Decimal(1)
    for _ in range(200):
        mid = (lo + hi) / 2
        value = f(mid)
        if (value < target) == increasing:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def clopper_pearson(x, n):
    lower = Decimal(0) if x == 0 else bisect(lambda p: binom_upper_tail(x, n, p), ALPHA_HALF, True)
    # P(X <= x) = 1 - P(X >= x + 1) falls as p rises.
    upper = Decimal(1) if x == n else bisect(lambda p: 1 - binom_upper_tail(x + 1, n, p), ALPHA_HALF, False)
    return lower, upper


def wilson(x, n):
    z = Decimal(repr(Z))
    nn = Decimal(n)
    p = Decimal(x) / nn
    z2 = z * z
    den = 1 + z2 / nn
    centre = (p + z2 / (2 * nn)) / den
    half = z * (p * (1 - p) / nn + z2 / (4 * nn * nn)).sqrt() / den
    return (Decimal(0) if x == 0 else centre - half), (Decimal(1) if x == n else centre + half)


def kaplan_meier(obs):
    """obs: list of (time, event 1 / censored 0). Rows (t, at risk, events, S, Greenwood var, lower, upper).

    Ties: every event at t counts in d, and a censoring at t is still at risk at t (events before censorings).
    The median (below) is the first event time with S <= 0.5, its limits where the lower / upper limit reach 0.5.
    """
    rows = []
    s = Fraction(1)
    greenwood = Fraction(0)
    for t in sorted({t for t, e in obs if e}):
        n = sum(1 for u, _ in obs if u >= t)
        d = sum(1 for u, e in obs if u == t and e)
        s *= Fraction(n - d, n)
        if s == 0:
            rows.append((t, n, d, 0.0, None, None, None))
            continue
        greenwood += Fraction(d, n * (n - d))
        var = float(s * s * greenwood)
        log_s = math.log(float(s))
        if log_s == 0:
            lower = upper = None
        else:
            se = math.sqrt(float(greenwood)) / abs(log_s)
            lower = float(s) ** math.exp(Z * se)
            upper = float(s) ** math.exp(-Z * se)
        rows.append((t, n, d, float(s), var, lower, upper))
    return rows


def median(rows, column):
    """The first event time whose value in column (S, lower, upper) is at most 0.5; a curve at 0 counts as 0."""
    for row in rows:
        value = 0.0 if row[3] == 0 else row[column]
        if value <= 0.5:
            return row[0]
    return None


def fmt(v):
    return "null" if v is None else repr(float(v))


def main():
    print("# clopper-pearson x n lower upper")
    for x, n in [(0, 1), (1, 1), (0, 10), (1, 10), (5, 10), (10, 10), (3, 17), (81, 263), (0, 50), (49, 50)]:
        lo, up = clopper_pearson(x, n)
        print("cp", x, n, fmt(lo), fmt(up))
    print("# wilson x n lower upper")
    for x, n in [(0, 1), (1, 1), (0, 10), (1, 10), (5, 10), (81, 263), (15, 148), (49, 50)]:
        lo, up = wilson(x, n)
        print("wilson", x, n, fmt(lo), fmt(up))
    datasets = {
        # Freireich EJ et al., Blood 1963;21:699-716: remission times (weeks) of the 6-MP arm, + = censored, as
        # printed in Kalbfleisch & Prentice and Collett.
        "freireich-6mp": [(6, 1), (6, 1), (6, 1), (6, 0), (7, 1), (9, 0), (10, 1), (10, 0), (11, 0), (13, 1),
                          (16, 1), (17, 0), (19, 0), (20, 0), (22, 1), (23, 1), (25, 0), (32, 0), (32, 0),
                          (34, 0), (35, 0)],
        # Ties of events and censorings at one time, and a last observation that is an event (S falls to 0).
        "ties-to-zero": [(1, 1), (2, 1), (2, 1), (2, 0), (3, 0), (4, 1), (4, 0), (5, 1)],
        "all-censored": [(1, 0), (2, 0), (3, 0)],
        "single-event": [(7, 1)],
        "single-censored": [(7, 0)],
    }
    for name, obs in datasets.items():
        print("# km", name, "time atRisk events survival greenwoodVariance lower upper")
        rows = kaplan_meier(obs)
        for t, n, d, s, var, lower, upper in rows:
            print("km", name, t, n, d, fmt(s), fmt(var), fmt(lower), fmt(upper))
        print("median", name, fmt(median(rows, 3)), fmt(median(rows, 5)), fmt(median(rows, 6)))
    samples = {
        "odd": [7.0, 1.0, 3.0, 5.0, 9.0],
        "even": [2.5, 0.0, 10.0, 4.0, 6.0, 8.0],
        "ties": [3.0, 3.0, 3.0, 1.0, 8.0, 8.0, 2.0],
        "two": [1.0, 4.0],
    }
    print("# quantiles name q1 median q3 (Hyndman-Fan type 7)")
    for name, xs in samples.items():
        q1, med, q3 = statistics.quantiles(xs, n=4, method="inclusive")
        print("q", name, fmt(q1), fmt(med), fmt(q3))


if __name__ == "__main__":
    main()
