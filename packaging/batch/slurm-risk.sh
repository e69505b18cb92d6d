#!/bin/bash
# A Monte Carlo study too large for one machine, as a Slurm job array: each array task runs one
# shard of the runs; the shards merge into the file a single run would have written.
#
#   sbatch --array=0-99 slurm-risk.sh campus.fjordplan results/ 100000
#   fjordplan-cli merge risk.json results/risk-*.json        (after the array has finished)
#
# Each task takes its shard index from SLURM_ARRAY_TASK_ID (fjordplan-cli --shard N), so the same
# script serves every task; --array=1-100 works too (SLURM_ARRAY_TASK_MIN is subtracted). A sweep is
# split the same way: replace the risk line with
#   fjordplan-cli sweep "$project" --param NAME=FROM:TO:STEP ... --shard "$shards" --out "$outdir/sweep-$task.csv"
# and merge into a .csv.
#SBATCH --job-name=fjordplan-risk
#SBATCH --cpus-per-task=8
#SBATCH --mem=4G
#SBATCH --time=01:00:00
set -euo pipefail

project=${1:?usage: slurm-risk.sh PROJECT.fjordplan OUTDIR [RUNS] [SEED]}
outdir=${2:?usage: slurm-risk.sh PROJECT.fjordplan OUTDIR [RUNS] [SEED]}
runs=${3:-100000}
seed=${4:-1} # every task must use the same seed, or merge refuses the shards
shards=${SLURM_ARRAY_TASK_COUNT:?run as a job array: sbatch --array=0-N slurm-risk.sh ...}
task=${SLURM_ARRAY_TASK_ID:?run as a job array: sbatch --array=0-N slurm-risk.sh ...}

mkdir -p "$outdir"
exec "${FJORDPLAN_CLI:-fjordplan-cli}" risk "$project" --runs "$runs" --seed "$seed" \
    --threads "${SLURM_CPUS_PER_TASK:-0}" --shard "$shards" --out "$outdir/risk-$task.json"
