#!/usr/bin/python3
"""Reference implementation of METHOD §1–5 for a project's cooling systems, in plain numpy.

What an analyst would write: the hourly IT load of each cooling system's racks (§1), the heat
taken by district-heating offtakes (§5, which unloads sized dry coolers), each system's liquid loop
and air side with dry coolers and chiller trim (§3, fans v1, or sized liquid-loop coolers v2 as
docs/method.md §3 states them), the electrical
losses and aux (§2, §4), then the facility power, annual PUE and the expected peak per stage.
Every stage is computed from scratch. The input is what `bench_engine` exports for the Narvik
sample (climate, racks grouped by cooling system and load profile, system parameters, loss curves).

Usage: metmodel.py INPUT.json [--repeat N]
Prints one JSON object: per-stage PUE, facility energy and peak, and the median wall and CPU time of
one full computation (all stages) over N repeats, in ms.
"""
import json
import sys
import time

import numpy as np

KELVIN = 273.15
HOURS = 8760


def design_dry_bulb(t):
    """The 0.4 % annual dry bulb: the 35th-hottest hour (a partial sort: O(n), not a full sort)."""
    k = len(t) - 35
    return float(np.partition(t, k)[k])


def loop(cs, supply, sized_return, t_design, t, sized):
    """φ, chiller W per W and (sized) the speed per unit of Q_rej/Q_d, or (v1) fan W per W."""
    rng = cs["range_k"]
    ret = supply + rng
    phi = np.clip((ret - cs["dry_cooler_approach_k"] - t) / rng, 0.0, 1.0)
    evap = supply - cs["evaporator_offset_k"]
    lift = t + cs["condenser_approach_k"] - evap
    cop = np.where(lift > 0, np.minimum(cs["cop_cap"], cs["chiller_eta"] * (evap + KELVIN) / np.maximum(lift, 1e-9)),
                   cs["cop_cap"])
    chiller_per_w = (1.0 - phi) / cop
    if sized:
        speed = np.where(t < ret, max(0.0, sized_return - t_design) / np.maximum(ret - t, 1e-9), 1e30)
        return phi, chiller_per_w, speed
    s = np.where(t < ret, np.clip((ret - cs["fan_design_ambient_c"]) / np.maximum(ret - t, 1e-9),
                                  cs["fan_min_speed"], 1.0), 1.0)
    return phi, chiller_per_w, cs["dry_cooler_fan_coeff"] * s ** 3 * (1.0 + chiller_per_w)


def design_heat(cs, peak_liquid, t_design):
    """Q_d of the liquid loop's dry coolers: peak liquid heat + chiller power at the design ambient, on
    the loop as sized (return sized_return_c)."""
    t = np.array([t_design])
    _, ch_l, _ = loop(cs, cs["sized_return_c"] - cs["range_k"], cs["sized_return_c"], t_design, t, False)
    return peak_liquid * (1 + ch_l[0])


def sized_fans(cs, speed, q_design, rejected):
    if q_design <= 0:
        return np.zeros_like(rejected)
    s = np.clip(rejected / q_design * speed, cs["fan_min_speed"], 1.0)
    return cs["dry_cooler_fan_coeff"] * q_design * s ** 3


def loss(curve, p):
    return curve[0] + curve[1] * p + curve[2] * p * p


def evaluate(data):
    t = np.asarray(data["dry_bulb_c"], dtype=float)
    t_climate_design = design_dry_bulb(t)
    profiles = [np.asarray(u, dtype=float) for u in data["profiles"]]
    out = []
    for stage in data["stages"]:
        systems = []
        for sysload in stage["systems"]:
            it = np.zeros(HOURS)
            liquid = np.zeros(HOURS)
            for g in sysload["groups"]:  # §1: Σ P_r·u_r(h), Σ f_liq·P_r·u_r(h)
                it += g["power_w"] * profiles[g["profile"]]
                liquid += g["liquid_w"] * profiles[g["profile"]]
            systems.append((data["cooling_systems"][sysload["system"]], sysload, it, liquid))

        # §5: offtakes in order take what is left of the liquid heat (own heat pump: any system).
        left = [liquid.copy() for (_, _, _, liquid) in systems]
        for o in stage["offtakes"]:
            span = o["base_c"] - o["design_low_c"]
            demand = np.clip((o["base_c"] - t) / span, o["min_demand"], 1.0)
            wanted = o["capacity_w"] * demand
            taken = np.zeros(HOURS)
            for k, (cs, _, _, _) in enumerate(systems):
                if o["min_supply_c"] > 0 and cs["supply_c"] + cs["range_k"] < o["min_supply_c"]:
                    continue
                take = np.maximum(np.minimum(wanted - taken, left[k]), 0.0)
                taken += take
                left[k] -= take

        it_total = np.zeros(HOURS)
        cooling = np.zeros(HOURS)
        cdu_total = np.zeros(HOURS)
        for k, (cs, sysload, it, liquid) in enumerate(systems):
            air = it - liquid
            t_design = t_climate_design if cs["design_ambient_from_climate"] else cs["design_ambient_c"]
            sized = cs["fan_model"] == "sized"
            _, ch_l, fan_l = loop(cs, cs["supply_c"], cs["sized_return_c"], t_design, t, sized)
            _, ch_a, fan_a = loop(cs, cs["air_supply_c"], cs["air_supply_c"] + cs["range_k"], t_design, t, False)
            chiller = ch_l * liquid + ch_a * air
            if sized:
                # METHOD v2 (docs/method.md §3): the liquid loop's coolers reject its heat + chiller power
                # less what the offtakes took; the air side keeps the v1 fan law.
                q_l = design_heat(cs, sysload["peak_liquid_w"], t_design)
                rejected = np.maximum(liquid * (1 + ch_l) - (liquid - left[k]), 0.0)
                fans = sized_fans(cs, fan_l, q_l, rejected) + fan_a * air
            else:
                fans = fan_l * liquid + fan_a * air
            pumps = cs["facility_pump_fraction"] * (liquid + air)
            cdu = cs["cdu_pump_fraction"] * liquid
            crah = cs["crah_fan_fraction"] * air
            cooling += chiller + fans + pumps + cdu + crah
            cdu_total += cdu
            it_total += it

        # §2 and §4: UPS on IT + CDU pumps, distribution on IT, aux, transformers on everything.
        aux = data["aux_fraction"] * stage["it_capacity_w"]
        ups = loss(stage["ups_loss"], it_total + cdu_total)
        distribution = loss(stage["distribution_loss"], it_total)
        before = it_total + ups + distribution + cooling + aux
        facility = before + loss(stage["transformer_loss"], before)
        out.append({"pue": float(facility.sum() / it_total.sum()),
                    "facility_mwh": float(facility.sum() / 1e6),
                    "facility_peak_kw": float(facility.max() / 1e3)})
    return out


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 20
    with open(args[0], encoding="utf-8") as f:
        data = json.load(f)
    result = evaluate(data)  # warm-up (imports, first allocations)
    times, cpu_times = [], []
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.thread_time()
        result = evaluate(data)
        cpu_times.append((time.thread_time() - cpu_start) * 1e3)
        times.append((time.perf_counter() - start) * 1e3)
    times.sort()
    cpu_times.sort()
    print(json.dumps({"stages": result, "median_ms": times[len(times) // 2],
                      "median_cpu_ms": cpu_times[len(cpu_times) // 2], "repeat": repeat}))


if __name__ == "__main__":
    main()
