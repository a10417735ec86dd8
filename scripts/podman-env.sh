# Sourced by the image scripts: podman with runc (crun fails on this kind of
# machine's cgroups) and no default ulimits, from a containers.conf of our own;
# installs Debian's podman and runc when missing.
if ! command -v podman >/dev/null 2>&1 || ! command -v runc >/dev/null 2>&1; then
  echo "== installing podman and runc (Debian packages)" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc >/dev/null
fi
podman_conf="${TMPDIR:-/tmp}/flowadmin-containers.conf"
printf '[containers]\ndefault_ulimits = []\n\n[engine]\nruntime = "runc"\n' > "$podman_conf"
export CONTAINERS_CONF="$podman_conf"
