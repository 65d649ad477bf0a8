# Shell helpers shared by the set-up scripts (sourced; each script defines `say`).

# find_python X.Y: a working python of that version from PATH or pyenv, or fail clearly.
find_python() {
  local want="$1" roots c
  roots="${PYENV_ROOT:-$HOME/.pyenv}"
  command -v pyenv >/dev/null 2>&1 && roots="$(pyenv root) $roots"
  for c in "python$want" $(for r in $roots; do ls -d "$r/versions/$want".*/bin/python 2>/dev/null; done); do
    if "$c" -c "import sys; sys.exit(sys.version_info[:2] != tuple(map(int, '$want'.split('.'))))" \
        >/dev/null 2>&1; then
      command -v "$c"
      return 0
    fi
  done
  say "Python $want is required but was not found on PATH or under pyenv ($roots)."
  say "Install it (for example 'pyenv install $want') and run this again."
  return 1
}
