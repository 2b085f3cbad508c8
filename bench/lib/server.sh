# Shared by the benchmarks that drive a running server. Expects JAVA_HOME, JAVA_OPTS, JAR and an `app` function that
# runs a command of the packaged application against the benchmark's database.

# An API key for a new account: api_key NAME ROLE [more issue-api-key options]. The key is the token on its own line
# (cr_<id>.<secret>); the command's log lines (migrations on a first start of a new version, say) can come after it,
# so it is picked out, not taken as the last line. Stops the benchmark when none was issued.
api_key() {
  local token
  token=$(app issue-api-key --name "$1" --role "$2" "${@:3}" 2>/dev/null \
    | grep -E '^cr_[A-Za-z0-9]+\.[A-Za-z0-9_-]+$' | tail -1)
  [ -n "$token" ] || { echo "no API key issued for the benchmark" >&2; exit 1; }
  echo "$token"
}

# Starts the server: start_server LOG PORT [more options]; sets SERVER (its pid, killed when the benchmark exits) and
# returns once it reports healthy.
start_server() {
  local log=$1 port=$2
  shift 2
  "$JAVA_HOME/bin/java" $JAVA_OPTS -jar "$JAR" --server.port="$port" "$@" > "$log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && return 0
    sleep 1
  done
  echo "the server did not report healthy within 120 s (see $log)" >&2
  exit 1
}
