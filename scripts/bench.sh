#!/usr/bin/env bash
# Every benchmark in full; each prints its figures beside the baseline measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
"$VENV/bin/pip" install -q -e '.[test]'
export PATH="$PWD/$VENV/bin:$PATH" HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
export CREDSTACK_CACHE_DIR="${CREDSTACK_CACHE_DIR:-$PWD/.cache/credstack}"
if [ -f ../shared/tools/skills_eval.py ]; then
  echo "== skill extraction quality (../shared/tools/skills_eval.py)"
  python ../shared/tools/skills_eval.py --exe "$PWD/$VENV/bin/credstack"
fi
for bench in skills_bench postings_bench stack_bench resume_bench api_bench catalog_report; do
  echo "== bench/$bench.py"
  python "bench/$bench.py"
done
