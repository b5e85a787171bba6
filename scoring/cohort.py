"""Cohort comparison: where a profile stands among peers of its age band and occupation class.

Scoring stays pure: the store passes the peers in (stored assessments, as Assessment
objects or their to_dict() JSON); only those sharing the cohort key are compared.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Iterable, Mapping, Optional

from scoring.rules import Rules


def cohort_key(v: Mapping[str, Any], rules: Rules) -> dict[str, Any]:
    label = rules.cohort.age_bands[-1].label
    for band in rules.cohort.age_bands:
        if v["age"] <= band.max_age:
            label = band.label
            break
    return {"age_band": label, "occupation_class": v["occupation_class"]}


def _key_and_metrics(peer: Any) -> tuple[Optional[dict], Mapping[str, float]]:
    """An Assessment or its stored to_dict() JSON."""
    if isinstance(peer, Mapping):
        return peer.get("cohort_key"), peer.get("metrics") or {}
    return peer.cohort_key, peer.metrics


def percentile(sorted_values: list[float], x: float) -> float:
    """Share of peers below ``x`` (ties count half), in percent."""
    below = bisect_left(sorted_values, x)
    equal = bisect_right(sorted_values, x) - below
    return 100.0 * (below + 0.5 * equal) / len(sorted_values)


def compare(key: dict[str, Any], metrics: Mapping[str, float],
            peers: Iterable[Any], rules: Rules) -> dict[str, Any]:
    """Per metric: peer median and percentile; standouts beyond the rules' percentiles."""
    c = rules.cohort
    columns: dict[str, list[float]] = {name: [] for name in c.metrics}
    n = 0
    for peer in peers:
        peer_key, peer_metrics = _key_and_metrics(peer)
        if peer_key != key:
            continue
        n += 1
        for name in c.metrics:
            if name in peer_metrics:
                columns[name].append(float(peer_metrics[name]))
    result: dict[str, Any] = {"key": dict(key), "peers": n, "metrics": {}, "standouts": []}
    if n < c.min_peers:
        result["note"] = f"only {n} peers in this cohort; {c.min_peers} needed to compare"
        return result
    for name, values in columns.items():
        if not values or name not in metrics:
            continue
        values.sort()
        mid = len(values) // 2
        median = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
        pct = percentile(values, metrics[name])
        result["metrics"][name] = {"value": metrics[name], "peer_median": median,
                                   "percentile": round(pct, 1)}
        if pct <= c.standout_low_percentile or pct >= c.standout_high_percentile:
            direction = "above" if pct >= c.standout_high_percentile else "below"
            result["standouts"].append({
                "metric": name, "direction": direction, "percentile": round(pct, 1),
                "text": f"{name.replace('_', ' ')} {metrics[name]:,.0f} is {direction} most peers "
                        f"(median {median:,.0f}, percentile {pct:.0f})"})
    return result
