#!/usr/bin/env bash
# Train the screening model (run as `make train-screening`).
#
#   bash training/train_screening.sh [--export] [--layers FILE] [--data DIR] [train.py options]
#
# Creates training/.venv (Python 3.11, CPU torch) if missing, exports the int8 ONNX encoder when
# it is absent or --export is given (from fine-tuned transformer layers with --layers FILE,
# written on a GPU by finetune_encoder.py; see the model notes), then trains the heads, writes
# the runtime assets under councillor_safety/screening/model/assets/ and prints validation
# metrics. Embeddings are cached in training/cache/ by text, encoder and CPU kernels, so that a
# retrain encodes only the texts it has not seen on this kind of server (the first run encodes
# all of them: 10–20 minutes on two cores).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
python_bin="${PYTHON311:-/root/.pyenv/versions/3.11.7/bin/python3.11}"
venv="$here/.venv"
assets="$repo/councillor_safety/screening/model/assets"

export_encoder=0
layers=""
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --export) export_encoder=1 ;;
    --layers)
      [[ $# -ge 2 ]] || { echo "--layers needs a file (finetune_encoder.py's output)" >&2; exit 2; }
      layers="$2"; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done

if [[ ! -x "$venv/bin/python" ]]; then
  echo "creating $venv"
  "$python_bin" -m venv "$venv"
  # torch first, pinned, so that pip takes the CPU wheel and never a CUDA build
  "$venv/bin/pip" install --quiet "torch==2.13.0"
  "$venv/bin/pip" install --quiet -r "$here/requirements.txt"
fi

if [[ -n "$layers" ]]; then
  "$venv/bin/python" "$here/finetune_bundle.py" merge "$here/cache/finetuned" "$layers"
  "$venv/bin/python" "$here/export_encoder.py" --model-dir "$here/cache/finetuned" --out-dir "$assets"
elif [[ $export_encoder -eq 1 || ! -f "$assets/encoder-int8.onnx" ]]; then
  "$venv/bin/python" "$here/export_encoder.py" --out-dir "$assets"
fi

cd "$repo"
OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}" "$venv/bin/python" "$here/train.py" "${args[@]}"
