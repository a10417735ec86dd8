#!/usr/bin/env bash
# The OCI image operators run (a CI job, a Kubernetes init container): built
# with podman FROM scratch, from the release binary and exactly what it needs:
# the shared libraries `ldd` names (glibc, whose NSS for files and DNS is built
# into libc.so.6 since 2.34; libgcc_s; the loader), /etc/nsswitch.conf, the CA
# bundle (for sslrootcert=system), a passwd/group entry for user 65532, the
# license notices, and no shell. Entrypoint `flowadmin`, user 65532, OCI labels.
# Tagged localhost/flowadmin:<version> and :latest.
#   scripts/image.sh            the dist binary (runs scripts/dist.sh first)
#   scripts/image.sh BINARY     another build of the same code (the CI smoke test
#                               passes target/release/flowadmin)
# Prints the image's size; refuses one over 30 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
name="flowadmin-$version-x86_64-unknown-linux-gnu"
bin="${1:-}"
if [ -z "$bin" ]; then
  scripts/dist.sh >&2
  bin="dist/$name/flowadmin"
fi
[ -x "$bin" ] || { echo "error: no binary at $bin" >&2; exit 2; }
. scripts/podman-env.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/usr/local/bin" "$root/etc/ssl/certs" "$root/home/nonroot" "$root/tmp" \
  "$root/usr/share/doc/flowadmin"
chmod 1777 "$root/tmp"
# A stripped copy: the smoke test's release build keeps its symbols.
strip -o "$root/usr/local/bin/flowadmin" "$bin"
# Exactly the libraries the binary loads, at the paths it asks for.
libs=$(ldd "$bin" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}')
for lib in $libs; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$root/etc/nsswitch.conf"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
chown 65532:65532 "$root/home/nonroot"
# Notices: flowadmin's licenses and its crates', then what the image adds.
cp LICENSE-MIT LICENSE-APACHE "$root/usr/share/doc/flowadmin/"
if [ -f "dist/$name/THIRD-PARTY-NOTICES.md" ]; then
  cp "dist/$name/THIRD-PARTY-NOTICES.md" "$root/usr/share/doc/flowadmin/"
fi
{
  echo "# Notices of what the image adds to flowadmin"
  echo
  for pkg in libc6 libgcc-s1 ca-certificates; do
    echo "- $pkg $(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || echo '(version unknown)'), from Debian; its copyright and license: /usr/share/doc/$pkg/copyright"
  done
  echo
  echo "glibc is LGPL-2.1-or-later, libgcc_s GPL-3.0 with the GCC Runtime Library Exception,"
  echo "the CA bundle MPL-2.0 (Mozilla's). Their sources: Debian's source packages of those versions."
} > "$root/usr/share/doc/flowadmin/IMAGE-NOTICES.md"
for pkg in libc6 libgcc-s1 ca-certificates; do
  if [ -f "/usr/share/doc/$pkg/copyright" ]; then
    mkdir -p "$root/usr/share/doc/$pkg"
    cp "/usr/share/doc/$pkg/copyright" "$root/usr/share/doc/$pkg/copyright"
  fi
done

revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
cat > "$work/Containerfile" <<CONTAINERFILE
FROM scratch
COPY rootfs/ /
USER 65532:65532
ENV HOME=/home/nonroot
WORKDIR /home/nonroot
LABEL org.opencontainers.image.title="flowadmin" \\
      org.opencontainers.image.description="Administer Langflow and Flowfile deployments offline" \\
      org.opencontainers.image.version="$version" \\
      org.opencontainers.image.revision="$revision" \\
      org.opencontainers.image.source="https://github.com/flowadmin/flowadmin" \\
      org.opencontainers.image.licenses="MIT OR Apache-2.0"
ENTRYPOINT ["/usr/local/bin/flowadmin"]
CONTAINERFILE
podman build -q --timestamp "$(git log -1 --format=%ct 2>/dev/null || echo 0)" \
  -t "localhost/flowadmin:$version" -t localhost/flowadmin:latest -f "$work/Containerfile" "$work" >/dev/null
size=$(podman image inspect --format '{{.Size}}' "localhost/flowadmin:$version")
echo "image:    localhost/flowadmin:$version (and :latest), $((size / 1024)) KiB"
if [ "$size" -gt $((30 * 1000 * 1000)) ]; then
  echo "error: the image is over 30 MB" >&2
  exit 1
fi
