#!/usr/bin/env bash
# The release archive operators install: flowadmin built with --locked in the
# `dist` profile (whole-program LTO, one codegen unit, stripped), with its
# completions (bash, zsh, fish, elvish, powershell), man pages, README, the
# license files and the third-party notices of everything the binary holds,
# as dist/flowadmin-<version>-x86_64-unknown-linux-gnu.tar.gz plus
# dist/SHA256SUMS. Reproducible: files sorted, owner 0, mtimes the commit's.
# Prints the archive's and the binary's size and the newest glibc symbol
# version the binary needs.
#   scripts/dist.sh                     (FLOWADMIN_DIST_PROFILE=release for a quick one)
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${FLOWADMIN_DIST_PROFILE:-dist}"
target=x86_64-unknown-linux-gnu
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
name="flowadmin-$version-$target"
echo "== building flowadmin $version (profile $profile)" >&2
cargo build --locked --profile "$profile" --bin flowadmin >&2
bin="target/$profile/flowadmin"
[ "$profile" = dist ] || strip -o "target/$profile/flowadmin.stripped" "$bin"
[ "$profile" = dist ] || bin="target/$profile/flowadmin.stripped"

# The glibc floor: the newest GLIBC_x.y symbol version the binary asks for.
glibc=$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
case "$(printf '%s\n2.36\n' "$glibc" | sort -V | tail -n 1)" in
  2.36) ;;
  *) echo "error: the binary needs glibc $glibc, newer than 2.36 (Debian 12)" >&2; exit 1 ;;
esac

# Third-party notices, from the crates the binary links (cargo about).
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
about="$cache/tools-dist/bin/cargo-about"
if [ ! -x "$about" ]; then
  echo "== installing cargo-about into $cache/tools-dist" >&2
  cargo install -q --locked cargo-about@0.9.3 --features cli --root "$cache/tools-dist" >&2
fi

stage="dist/$name"
rm -rf "$stage" "dist/$name.tar.gz"
mkdir -p "$stage"
cp "$bin" "$stage/flowadmin"
cp -r completions man README.md LICENSE-MIT LICENSE-APACHE "$stage/"
"$about" generate --locked --fail -c about.toml about.hbs > "$stage/THIRD-PARTY-NOTICES.md" 2>/dev/null \
  || { echo "error: cargo about could not make the notices (a license not in about.toml's accepted list?)" >&2; exit 1; }

# Reproducible: sorted, numeric owner 0, every mtime the commit's.
epoch=$(git log -1 --format=%ct 2>/dev/null || echo 0)
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
  -C dist -cf - "$name" | gzip -9n > "dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" > SHA256SUMS)
size() { du -k "$1" | cut -f1; }
echo "archive:  dist/$name.tar.gz ($(size "dist/$name.tar.gz") KiB; binary $(size "$stage/flowadmin") KiB)"
echo "checksum: dist/SHA256SUMS"
# Which distributions' glibc covers that floor.
covered=""
for d in "Debian 11:2.31" "Debian 12:2.36" "Ubuntu 20.04:2.31" "Ubuntu 22.04:2.35" "Ubuntu 24.04:2.39" \
         "RHEL/Rocky/Alma 8:2.28" "RHEL/Rocky/Alma 9:2.34" "Amazon Linux 2023:2.34"; do
  have=${d##*:}
  [ "$(printf '%s\n%s\n' "$glibc" "$have" | sort -V | head -n 1)" = "$glibc" ] && covered="$covered, ${d%%:*}"
done
echo "glibc:    needs GLIBC_$glibc or newer: runs on${covered#,}"
echo "version:  $("$stage/flowadmin" --version)"
