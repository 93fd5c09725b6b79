# Shared by the benchmarks' run.sh scripts (sourced): the bench-only Python environment of the
# peers Loopline is measured against. Python is never a runtime dependency of Loopline.
# ensure_venv <venv dir> <requirements file> <install log> <module to import>...
# The venv is keyed on the requirements and on the interpreter, since a new python3 breaks it;
# the key is written last, so its absence means an unfinished install.
ensure_venv() {
  local venv="$1" requirements="$2" install_log="$3"
  shift 3
  local stamp="$venv/.requirements-sha256" key started=$SECONDS
  command -v python3 >/dev/null || die "python3 is not on PATH; install Python 3.11+ with venv"
  key="$( (cat "$requirements"; python3 --version) | sha256sum | cut -d' ' -f1)"
  if [[ -x "$venv/bin/python" && "$(cat "$stamp" 2>/dev/null)" == "$key" ]]; then
    log "python environment up to date: $venv"
    return
  fi
  log "creating $venv from $(basename "$requirements") (first run only, about 30 s; log: $install_log)..."
  mkdir -p "$(dirname "$venv")"
  rm -rf "$venv"
  python3 -m venv "$venv" >"$install_log" 2>&1 ||
    { tail -n 20 "$install_log" >&2; die "python3 -m venv failed (Debian: apt-get install python3-venv)"; }
  log "installing the peers' pinned libraries ($*)..."
  "$venv/bin/python" -m pip install --no-input --disable-pip-version-check \
    --requirement "$requirements" >>"$install_log" 2>&1 ||
    { tail -n 20 "$install_log" >&2; die "pip install failed; full output in $install_log"; }
  local imports
  imports="$(IFS=,; echo "$*")"
  "$venv/bin/python" -c "import ${imports//,/, }" >>"$install_log" 2>&1 ||
    die "the peers' libraries do not import in $venv; see $install_log"
  echo "$key" >"$stamp"
  log "python environment ready in $((SECONDS - started))s"
}
